<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
  <table>
      <tr>
          <td>The WowTables reservation for {{ $data['cust_name'] }} for {{ $data['no_of_people'] }} guests at {{ $data['time'] }} on {{ $data['date'] }} has been cancelled
              <br/>Regards,
              <br/>WowTables Concierge
              <br/>9619551387</td>
      </tr>
</table>
</body>
</html>


<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"
    "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- So that mobile will display zoomed in -->
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <!-- enable media queries for windows phone 8 -->
    <meta name="format-detection" content="telephone=no">
    <!-- disable auto telephone linking in iOS -->
    <title>Website uptime monitor - Simple Business Tools</title>

    <!-- Included CSS for non gmail clients -->
    <style type="text/css">

        * {
            font-family: 'Nunito', sans-serif;
        }

        a{
            text-decoration: none;
            color:orange
        }

    </style>


</head>
<body bgcolor="#C5C5C5"
      leftmargin="0"
      topmargin="0"
      marginwidth="0"
      marginheight="0">

<table width="600" border="0" cellpadding="0" cellspacing="0" align="center" id="container">
    <tr>
        <td bgcolor="#ffffff">
            <h4 align="center">Uptime monitor</h4>
            <h4 align="center">{{$event->monitor->url}} certificate expires soon</h4>
        </td>
    </tr>
    <tr>
        <td bgcolor="#ffffff">

        </td>
    </tr>
    <tr>
        <td align="center" bgcolor="#ffffff">
            <p><a href="https://simplebusinesstools.app">Simple business tools</a></p>
        </td>
    </tr>
</table>

</body>
</html>

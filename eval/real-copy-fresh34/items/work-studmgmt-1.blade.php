<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Unblock Confirmation | Helvetic Airline</title>
    <link rel="stylesheet" href="bower_components/bootstrap/dist/css/bootstrap.min.css">
    <link rel="stylesheet" href="dist/css/style.css">
    <script src="bower_components/jquery/dist/jquery.min.js"></script>
</head>
<body>
<div class="container mail-page">
    <div class="row col-md-12">
        <table>
            <tr>
                <th>Student ID:</th>
                <th>Name:</th>
                <th>Department</th>
            </tr>
        </table>
    </div>
    <div class="row col-md-12">
        <p>You have been dismissed because the GPA is under 5.0</p>
    </div>
    <div class="row col-md-12">
        <table class="dismiss-result">
            <tr>
                <th colspan="2">Result</th>
            </tr>
            <tr>
                <td>Subject</td>
                <td>Mark</td>
            </tr>
            <tr>
                <td>GPA</td>
                <td>Mark</td>
            </tr>
        </table>
    </div>
    <div class="row col-md-12">
        <p>Any question, contact Student Issue Support Department at: 1900-1111</p>
    </div>
</div>
</body>
</html>

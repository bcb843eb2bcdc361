<!DOCTYPE html>
<html>
<head>
    <title>Low Balance</title>
    <link href="https://fonts.googleapis.com/css?family=Lato:100" rel="stylesheet" type="text/css">
</head>
<body>
<div class="container">
    <div class="content">
        <div class="title">
            <p>Account balance of {{$vendor_name}} is {{$current_balance}}
            </p>
            <p style="color: red"></p>
        </div>
    </div>
</div>
</body>
</html>
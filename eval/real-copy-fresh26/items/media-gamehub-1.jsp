<%@page contentType="text/html" pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html>
<head>
    <link href="img/favicon.ico" rel="shortcut icon"/>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <title>Account Banned</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            text-align: center;
            margin: 50px;
            background-color: #f8d7da;
            color: #721c24;
        }
        h1 {
            color: #721c24;
        }
        p {
            font-size: 18px;
        }
        .btn {
            padding: 10px 20px;
            font-size: 16px;
            color: white;
            background-color: #007bff;
            border: none;
            border-radius: 5px;
            cursor: pointer;
            text-decoration: none;
        }
        .btn:hover {
            background-color: #0056b3;
        }
    </style>
</head>
<body>
    <h1>Account Banned</h1>
    <p>Sorry, your account has been banned based on your behavior.</p>
    <a class="btn" href="ReadGameHome">Return to Home</a>
</body>
</html>

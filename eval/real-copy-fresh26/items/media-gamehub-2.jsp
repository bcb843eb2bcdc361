<%@page contentType="text/html" pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html>
<head>
    <link href="img/favicon.ico" rel="shortcut icon"/>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <title>Error - System Issue</title>
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
    <h1>System Error</h1>
    <p>Sorry for this inconvenience. We will fix this issue soon.</p>
    <a class="btn" href="ReadGameHome">Return to Home</a>
</body>
</html>

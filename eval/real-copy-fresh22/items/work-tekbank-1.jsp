<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>Login Failed</title>
    <link rel="stylesheet" type="text/css" href="styles.css">
</head>
<body>
    <div class="container">
        <h2 class="login-fail">Login Failed</h2>
        <p class="message">Invalid account number or password. Please try again.</p>
        <div class="button">
            <a href="customer_login.html">
                <button type="button">Back to Login</button>
            </a>
        </div>
    </div>
</body>
</html>

<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>Insufficient Funds</title>
    <link rel="stylesheet" type="text/css" href="styles.css">
    
</head>
<body>
  <div class ="container" > <h1>Transaction Failed</h1>
    <p class="message">You have insufficient funds to complete this transaction.</p>
    <div class="button">
        <a href="customer_dashboard.jsp">
            <button type="button">Back to Dashboard</button>
        </a>
    </div>
    </div>
    
</body>
</html>

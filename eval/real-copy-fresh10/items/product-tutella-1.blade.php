<!DOCTYPE html>
<html>
<head>
</head>
<body>
    <div style="text-align: center; width: 500px; margin: 0 auto; font-family: 'Source Sans Pro',sans-serif">
        <div style='height: 150px; display: flex; flex-direction: column; justify-content: space-between; padding-bottom: 20px; margin-bottom: 20px;  border-bottom: 2px solid #eee'>
            <div><img style="height: 30px; width: auto;" src="https://tutella-api-domain.tutella.io/tutella-logo.png"/></div>
            <div style='font-weight: bold'>Your account has been suspended!</div>
            <div style='font-weight: normal; font-size: 14px'>
                Please pay your overdue amount in order to be able to continue to use the platform. Once you have payed your overdue amount, your account will be reactivated and we will send you a confirmation email.
            </div>
        </div>
        <div>
            <span style='font-weight: bold; font-size: 12px;'>
                Visit Our Page
            </span>
        </div>
    </div>
</body>

</html>
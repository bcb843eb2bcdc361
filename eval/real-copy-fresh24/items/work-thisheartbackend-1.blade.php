<!DOCTYPE html>
<html>
<head>
	<title>ThisHeart</title>
</head>

<body>

	<style>
        header{
            text-align: center;
        }
    </style>
    <div class="container">
        <header>
           
            <p align="center">
            <img src="http://thisheart.co:8000/images/logo.png" style="vertical-align:middle;max-width:45px;height:auto;border-width:0;margin:0px auto;" alt="ThisHeart" >
            </p>
            <h2 align="center">{{"Payment failure"}}</h2>
        </header>
        <div class="body">
            
            Hello From ThisHeart,<br>
            There is a problem with the card you used to pay up or subscribe to your ThisHeart account. <br>
            We required a valid card when you pay for access ThisHeart application. 

            If you don't update your card information next 30 days, your ThisHeart account <br>
            will be canceled. To update your payment information and restart your ThisHeart account <br>
            please follow these steps:
            <br>
            <br>
            1. Go to https://thisheart.co/
            2. Log in your ThisHeart account
            3. Click on your update profile
            4. Click on a change Package plan
            5. Select your plan 
            6. Follow the on-screen instructions to update your card or choose a different one. 
            <br>
            Thank you for trying ThisHeart and enjoying thisheart.co.

            <br>
            <br>
            Thanks again for your payment and if you have any question, please write <br> 
            an email to us at info@thisheart.co </p>
            <br>


            <br>
            <p>Thanks</p>
            <p>The ThisHeart Team</p>
            <br>
            <br>
            <p align="center">This email was sent from a notification-only address. Please do not reply</p>
            <br>
            <br>
            <br>
            <p align="center"><a href="https://thisheart.co/termscondition">Terms of use</a> | <a href="https://thisheart.co/privacypolicy">Privacy Policy</a></p>
            <p align="center">ThisHeart</p>
            <br>
            <br>
            <hr style="border:0px;border-bottom: 1px dashed #ccc;">

        </div>
        <footer>

        </footer>

    </div>



</body>
</html>
<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <style>
        /* Add custom classes and styles that you want inlined here */
    </style>
</head>
<body class="bg-light">
<div class="container">
    <div class="card my-10">
        <div class="card-body">
            <div class="row m-0 p-0 bg-primary fw-700 ;" style="background-color:#004AAD;">
                <div class="col-lg-12 py-2 fw-700"  style="background-color:#004AAD ;">
                    <div class="stack-row gap-2 mt-2">
                        <a href="https://www.roboloanz.com/?brand=RL"><img class="img-fluid w-40" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/robo-loans-white-logo.png" style=" background-color: #004AAD; padding-left:10px;"></a>
                    </div>
                </div>
            </div>
            <hr>
            <div class="space-y-2 mt-6">
                <p class="text-gray-700">
                    Dear ${name},
                </p>
                <p class="text-gray-700">
                    We truly appreciate your interest in our services and the time you took to apply.
                </p>
                <p class="text-gray-700">
                    <b>We regret to inform you that after carefully reviewing your application for a ${loanType} with reference number ${applicationNumber}, we are currently unable to approve it.</b></p>
                <p class="text-gray-700">
                    Please note that our decision is based on the information available to us as of now.
                </p>
                <p class="text-gray-700">
                   If your circumstances changes or improve in the future, we encourage you to reapply with us.
                </p>
                <div class="mt-3">
                    <p class="text-gray-700">
                        Got Any Questions? Please get in touch with our customer care support.
                    </p>
                    <p class="text-gray-700">
                        Mail us at: <a href="mailto:contact@roboloanz.com"> contact@roboloanz.com</a>
                    </p>
                    <p class="text-gray-700">
                        Contact us: <a href="tel:+919765732526"> +919765732526</a>
                    </p>
                    <p class="text-gray-700">
                        Best Regards,
                    </p>
                    <p class="text-gray-700">
                        Roboloanz Team.
                    </p>
                    <p class="text-gray-700">
                        <a  href="https://www.roboloanz.com/" target="_blank">www.roboloanz.com.</a>
                    </p>
                </div>
            </div>
            <hr class="bg-dark" style="border: none;color: #4a5568; border-top: 1px solid black;margin: 20px 0;">
            <p style="color: #000; text-align: center; justify-content-cente;">
                <strong class="text-gray-700 text-center">
                    Also, Unblock best offers and products for you
                </strong>
            </p>
            <div class="" style="border-radius: 4px;">
                <a href="https://www.roboloanz.com/?brand=RL"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/offer-1.png" style=" padding-bottom: 16px;border-radius: 4px;"></a>
                <a href="https://www.roboloanz.com/?brand=RL"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/offer-2.png" style=" padding-bottom: 16px;border-radius: 4px;"></a>
            </div>
            <div class="justify-content-center text-center ">
                <a class="w-40 justify-content-center" href="https://www.roboloanz.com/?brand=RL"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/robo-loans-blue-logo.png" style="width:40%;"></a>
            </div>
            <div class=" mt-1 text-dark rounded" style="border-radius: 4px; padding:20px;">
                <p class="py-2 px-2 text-dark">
                    <a class="text-dark" href="https://www.roboloanz.com/?brand=RL" style="text-color:black;">Personal Loan | Business Loan | Startup Funding | Gold Loan | Home Loan | Loan Against Property | Medical Loan | Export Credit | Machinery Loan | Bill Discounting</a>
                </p>
            </div>
        </div>
    </div>
</div>
</body>
</html>
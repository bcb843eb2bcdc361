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
            <div class="row m-0 p-0">
                <div class="col-lg-4 bg-light py-2">
                    <div class="stack-row gap-2 mt-2">
                        <a href="https://www.efundzz.com/"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/efundzz-logo.png" style=" padding-left:10px;"></a>
                    </div>
                </div>
                <div class="col-lg-8 bg-orange-500 py-2 justify-content-center text-center">
                    <div class="stack-row gap-1 text-right ml-t" style="padding-top:4px">
                        <p class="text-light">Follow us on</p>
                        <a href="https://www.facebook.com/efundzz/"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/facebook.png" style=" padding-left:10px; width:66.66%"></a>
                        <a href="https://twitter.com/efundzz1?t=CHKb2rAMEtWNyMprjB5paw&s=09&brand=EF"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/twitter.png" style=" padding-left:10px; width:66.66%"></a>
                        <a href="https://www.instagram.com/efundzzservices/"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/instagram.png" style=" padding-left:10px; width:66.66%"></a>
                    </div>
                </div>
            </div>
            <hr>
            <div class="space-y-3 mt-6">
                <p class="text-gray-700">
                    Dear ${name},
                </p>
                <p class="text-gray-700">
                    We truly appreciate your interest in our services and the time you took to apply.
                </p>
                <p class="text-gray-700">
                    <b>We regret to inform you that after carefully reviewing your application for a ${loanType} with reference number ${applicationNumber}, we are currently unable to approve it.</b></p>
                <p class="text-gray-700">
                <p class="text-gray-700">
                    Please note that our decision is based on the information available to us as of now.
                </p>
                <p class="text-gray-700">If your circumstances changes or improve in the future, we encourage you to reapply with us.
                </p>
                <div class="mt-2">
                    <p class="text-gray-700 py-2">
                        Got Any Questions? Please get in touch with our customer care support.
                    </p>
                    <p class="text-gray-700">
                        Mail us at: <a href="mailto:info@efundzz.com"> info@efundzz.com</a>
                    </p>
                    <p class="text-gray-700">
                        Contact us: <a href="tel:+91 9081797979"> +91 9081797979</a>
                    </p>
                    <p class="text-gray-700">
                        Warm Regards.
                    </p>
                    <p class="text-gray-700">
                        EFUNDZZ Team.
                    </p>
                    <p class="text-gray-700">
                        <a  href="https://www.efundzz.com/" target="_blank">www.efundzz.com</a>
                    </p>
                </div>
            </div>
            <hr class="bg-dark" style="border: none;color: #4a5568; border-top: 1px solid black;margin: 20px 0;">
            <p style="color: #000; text-align: center; justify-content-cente;">
                <strong class="text-gray-700 text-center">
                    Also, Unblock best offers and products for you
                </strong>
            </p>
            <div class="gap-2" style="border-radius: 4px;">
                <a href="https://www.efundzz.com/"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/offer-1.png" style=" padding-bottom: 16px;border-radius: 4px;"></a>
                <a href="https://www.efundzz.com/"><img class="img-fluid" src="https://s3.eu-west-1.amazonaws.com/com.efundzz.assets/offer-2.png" style=" padding-bottom: 16px;border-radius: 4px;"></a>
            </div>
            <div class="bg-orange-500 mt-1 text-whitw rounded" style="border-radius: 4px; padding:20px;">
                <p class="py-2 px-2 text-white">
                    <a class="text-white" href="https://www.efundzz.com/" style="text-color:white;">Personal Loan | Business Loan | Startup Funding | Gold Loan | Home Loan | Loan Against Property | Medical Loan | Export Credit | Machinery Loan | Bill Discounting</a>
                </p>
            </div>
        </div>
    </div>
</div>
</body>
</html>
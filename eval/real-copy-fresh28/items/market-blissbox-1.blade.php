<!DOCTYPE html>
<!--
To change this license header, choose License Headers in Project Properties.
To change this template file, choose Tools | Templates
and open the template in the editor.
-->
<html>
<head>

    <title>Subcribe</title>

    <style>
        body{
            font-family: 'Quicksand', serif;
            color:black;

        }
        table{
            padding-left: 15px;
            padding-right: 15px;
        }
        img{
            width: 90%;
        }
        #invoice-header{
            font-size: 200%;
        }
        .label{
            font-size: 90%;
        }
        .below-label{
            font-size: 100%;
        }
        body{
        }
    </style>

    <link href="https://fonts.googleapis.com/css?family=Quicksand" rel="stylesheet">
</head>
<body>

<table>
    <tbody>
    <tr>
        <td>
            <div id="header" style="text-align: center;"><img style="width: 50%;" src="https://storage.googleapis.com/blissbox-175105.appspot.com/Email%20Template/blissbox.png" alt="Logo.png" /><hr id="header-divider" style="height: 3px; width: 100%; background: linear-gradient(90deg, #ffce51, #f4821e, #dc1c4d, #f8a491, #d76eab, #9752a0, #53489e, #0776bd, #7fc6ee, #7fc6ee, #35c2d6, #05ac89, #7ecdc3);" /></div>
        </td>
    </tr>
    <tr>
        <td>
            <div id="page-top">
                <h1 id="invoice-header" style="text-align: center;"><strong>Welcome to Blissbox</strong></h1>
                <br />
                <p>Blissbox is Live !!!</p>
                <p>It's time for celebration.</p>
                <p>We are pleased to announce the launch of our <a href="https://www.blissbox.asia">website</a>!</p>
                <p>Thank you for subscribing to our newsletter.</p>
                <p>You will find hereby a Promo Code, enjoy a 5% discount on your first purchase.</p>
                <table class="table-responsive" style="margin-left: 10px; margin-right: 10px; border-collapse: collapse;" border="1px solid" width="100%">
                    <tbody>
                    <tr>
                        <th style="padding: 5px;" width="50%">Promo Code</th>
                    </tr>
                    <tr>
                        <td style="padding: 5px;" width="50%" align="center">H9V2G83UPW23LZ5TMVR9</td>
                    </tr>
                    </tbody>
                </table>
                <p>Should you require any further information, please contact our <a href="mailto:support@blissbox.asia">support team</a>.</p>
                <p>Thank you.</p>
                <p>Have a great day!</p>
                <p>Blissbox Team</p>
            </div>
            <hr id="header-divider" style="height: 3px; width: 100%; background: linear-gradient(90deg, #ffce51, #f4821e, #dc1c4d, #f8a491, #d76eab, #9752a0, #53489e, #0776bd, #7fc6ee, #7fc6ee, #35c2d6, #05ac89, #7ecdc3);" /></td>
    </tr>
    </tbody>
</table>
</table>
</body>
</html>
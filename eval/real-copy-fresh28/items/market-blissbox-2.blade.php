<!DOCTYPE html>
<!--
To change this license header, choose License Headers in Project Properties.
To change this template file, choose Tools | Templates
and open the template in the editor.
-->
<html>
<head>

    <title>Newsletters</title>

    <link href="https://fonts.googleapis.com/css?family=Quicksand" rel="stylesheet">

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
</head>
<body>

<table>
    <tr>
        <td>
            <div id="header" style="text-align: center;">
                <img style="width:50%;" src="https://storage.googleapis.com/blissbox-175105.appspot.com/Email%20Template/blissbox.png" alt="Logo.png">
                <hr id="header-divider" style="height: 3px;
                            width: 100%;
                            background: linear-gradient(90deg, rgb(255, 206, 81), rgb(244, 130, 30), rgb(220, 28, 77), rgb(248, 164, 145), rgb(215, 110, 171), rgb(151, 82, 160), rgb(83, 72, 158), rgb(7, 118, 189), rgb(127, 198, 238), rgb(127, 198, 238), rgb(53, 194, 214), rgb(5, 172, 137), rgb(126, 205, 195));">
            </div>
        </td>
    </tr>
    <tr>
        <td>
            <div id="page-top">
                <h1 id="invoice-header" style="text-align: center;"><strong>Thank you for subscribing to Blissbox Newsletter.</strong></h1>
                <br />
                <p style="font-size: 18px; text-align: center">You can enjoy a promotion with the promo code below.</p>
                <h3 style="font-size: 24px; font-weight: 700; text-align: center">9p5xXFDnpLiB</h3>
            </div>
            <hr id="header-divider" style="height: 3px;
                        width: 100%;
                        background: linear-gradient(90deg, rgb(255, 206, 81), rgb(244, 130, 30), rgb(220, 28, 77), rgb(248, 164, 145), rgb(215, 110, 171), rgb(151, 82, 160), rgb(83, 72, 158), rgb(7, 118, 189), rgb(127, 198, 238), rgb(127, 198, 238), rgb(53, 194, 214), rgb(5, 172, 137), rgb(126, 205, 195));">
        </td>
    </tr>
</table>
</body>
</html>
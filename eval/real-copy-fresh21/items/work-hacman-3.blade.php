<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
</head>
<body>
<p>
    Hi {{ $user->given_name }},<br />
    I am afraid your choice of profile photo has been rejected.<br />
    Member photos are needed for identification as they allow other members to identify you.<br />
    <br />
    Please make sure the photo you upload is a clear image of your face, if necessary please crop the image so your face is not too small.<br />
    Please also make sure you're the only person in the image and it's not too dark.<br />
    If in doubt please upload a passport style photo.<br />
    <br />
    If you require further information please email the board, <a href="board@hacman.org.uk">board@hacman.org.uk</a><br />
    <br />
    <br />
    <br />
    <small>This is an automated email sent by the Hackspace Manchester Member System</small>
</p>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
    <title>Listing In Deal Dead Status</title>
</head>
<body>
    <h2> Dear {{ $user->first_name }},</h2>
    <p>We regret to inform you that the property owner of the property you had committed to has rejected our negotiations due to being out bid or the property was sold before we could start negotiating.</p>
    <p>We will be pushing your funds back to your account within the next three business days.</p>
    <p>Thank you for your patience. Please feel free to browse our other options.</p>
    <br>
    <b>Regards,</b><br>
    <b>Property Management Tool</b>

</body>
</html>

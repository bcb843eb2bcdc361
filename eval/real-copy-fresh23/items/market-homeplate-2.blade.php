<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width,
    initial-scale=1.0">
    <title>{{ $subject }}</title>
    <link rel=" stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css">
</head>

<body>
    <p>Dear {{ $userName }},</p>
    <p><strong>Order ID: {{ $order_id }}</strong></p>
    <p>Chef {{ $chefName }} has Rejected all the food Items from his side.</p>
    <br>
    <br>
    <br>

    <br>
    <br>
    <br>

    <p style="margin: 0px; padding: 0px">Regards,</p>
    <p style="margin: 0px; padding: 0px">Homeplate Team</p>
    <img src="{{ env('filePath') . 'storage/admin/new_logos/main-logo-mail.png' }}" class="object-fit-cover img-fluid"
        width="80" alt="">
    <!-- <p style="margin: 0px; padding: 0px">support@homeplate.ca</p> -->

</body>

</html>

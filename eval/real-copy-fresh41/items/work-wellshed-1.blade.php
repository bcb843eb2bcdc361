<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Reservation Unavailable</title>
    <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0-alpha3/dist/css/bootstrap.min.css" rel="stylesheet">

</head>
<body>
<div class="container mt-5">
    <div class="card shadow">
        <div class="card-header bg-danger text-white">
            <h4 class="mb-0">No More Reservation Slots Available</h4>
        </div>
        <div class="card-body text-center">
            <p class="fs-5">We’re sorry, but all reservation slots for this promo code have been filled.</p>
            <p>Stay tuned for more exciting offers and promotions. Thank you for your interest!</p>
        </div>
    </div>
</div>
</body>
</html>

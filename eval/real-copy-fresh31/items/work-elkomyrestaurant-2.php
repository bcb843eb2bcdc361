<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Reservation Successful</title>
    <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
    <div class="container mt-5 text-center">
        <h2 class="text-success">🎉 Reservation Successful!</h2>
        <p>Your table has been successfully reserved.</p>
        <a href="reservation_list.php" class="btn btn-primary">View Reservations</a>
    </div>
</body>
</html>

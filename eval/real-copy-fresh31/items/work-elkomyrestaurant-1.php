<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Reservation Failed</title>
    <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
    <div class="container mt-5 text-center">
        <h2 class="text-danger">❌ Reservation Failed!</h2>
        <p>The table is not available for the selected date and time.</p>
        <a href="reservation_form.php" class="btn btn-warning">Try Again</a>
    </div>
</body>
</html>

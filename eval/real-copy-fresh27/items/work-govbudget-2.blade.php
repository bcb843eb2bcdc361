<!-- resources/views/emails/wait_for_approval.blade.php -->
<!DOCTYPE html>
<html>
<head>
    <title>Registration Pending Approval</title>
</head>
<body>
    <h1>Hello, {{ $name }}</h1>
    <p>Your registration is successful. Please wait for the admin to approve your account.</p>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
    <title>Course Enrollment Successful</title>
</head>
<body style="font-family: Arial, sans-serif; background-color: #f4f4f9; margin: 0; padding: 0;">
<div style="max-width: 600px; margin: 20px auto; background: #fff; padding: 20px; border-radius: 10px; box-shadow: 0 2px 5px rgba(0,0,0,0.1);">
    <h2 style="text-align: center; color: #4CAF50;">Welcome to the Course, {{ $studentName }}!</h2>
    <p style="font-size: 16px; color: #333;">Congratulations! You have successfully joined the <strong>{{ $courseName }}</strong> course.</p>

    <p style="font-size: 16px; color: #333;">We are excited to have you on board and can't wait to see the amazing progress you will make. Access the course materials and start your learning journey today!</p>

    <p style="font-size: 16px; color: #333;">If you have any questions or need assistance, feel free to contact our support team.</p>

    <p style="font-size: 16px; color: #333;">Best Regards,<br>Your Learning Team</p>


</div>
</body>
</html>

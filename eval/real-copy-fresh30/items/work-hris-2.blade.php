<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <title>Account Rejected</title>
    <style>
        body {
            font-family: 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif;
            line-height: 1.6;
            color: #333;
            max-width: 600px;
            margin: 0 auto;
            padding: 20px;
            background-color: #f5f7fa;
        }
        .container {
            background-color: #ffffff;
            border-radius: 10px;
            box-shadow: 0 4px 12px rgba(0, 0, 0, 0.05);
            overflow: hidden;
        }
        .header {
            background: linear-gradient(135deg, #dc3545, #b02a37);
            padding: 30px;
            text-align: center;
            color: white;
        }
        .header h1 {
            margin: 0;
            font-size: 24px;
            font-weight: 600;
        }
        .content {
            padding: 30px;
        }
        .content p {
            margin-bottom: 16px;
            color: #444;
        }
        .danger {
            background-color: #fff5f5;
            border-left: 4px solid #dc3545;
            padding: 20px;
            border-radius: 0 8px 8px 0;
            margin: 20px 0;
        }
        .danger h3 {
            margin-top: 0;
            color: #dc3545;
            font-size: 18px;
        }
        .danger p {
            margin: 8px 0;
        }
        .danger strong {
            color: #dc3545;
        }
        .footer {
            background-color: #f8f9fa;
            padding: 20px;
            text-align: center;
            font-size: 12px;
            color: #6c757d;
            border-top: 1px solid #e9ecef;
        }
        .signature {
            margin-top: 20px;
            padding-top: 15px;
            border-top: 1px solid #eee;
        }
        .status-badge {
            display: inline-block;
            padding: 4px 12px;
            border-radius: 20px;
            font-size: 12px;
            font-weight: bold;
            background-color: #f8d7da;
            color: #842029;
        }
    </style>
</head>
<body>
    <div class="container">
        <div class="header">
            <h1>Account Rejected</h1>
        </div>

        <div class="content">
            <p>Dear <strong>{{ $userName }}</strong>,</p>

            <p>Your account registration has been <span class="status-badge">REJECTED</span>.</p>

            <div class="danger">
                <h3>Account Details</h3>
                <p><strong>Full Name:</strong> {{ $fullName }}</p>
                <p><strong>Email:</strong> {{ $email }}</p>
                <p><strong>Role:</strong> {{ $role }}</p>
                <p><strong>Processed By:</strong> {{ $approverName }}</p>
            </div>

            <p>If you believe this was a mistake or you need assistance, please contact the HR department for clarification.</p>

            <div class="signature">
                <p>Best regards,</p>
                <p><strong>HR Department</strong><br>
                Human Resources Information System</p>
            </div>
        </div>

        <div class="footer">
            <p>This is an automated email from the HRIS System. Please do not reply to this email.</p>
            <p>&copy; {{ date('Y') }} HRIS System. All rights reserved.</p>
        </div>
    </div>
</body>
</html>


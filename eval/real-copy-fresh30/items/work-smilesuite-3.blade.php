<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Appointment Request Update - {{ $appointment->clinic->name }}</title>
    <style>
        body {
            font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
            line-height: 1.6;
            color: #333;
            max-width: 600px;
            margin: 0 auto;
            padding: 20px;
            background-color: #f8fafc;
        }
        .container {
            background-color: white;
            border-radius: 12px;
            padding: 40px;
            box-shadow: 0 4px 6px rgba(0, 0, 0, 0.1);
        }
        .header {
            text-align: center;
            margin-bottom: 30px;
        }
        .logo {
            width: 80px;
            height: 80px;
            margin-bottom: 20px;
        }
        .title {
            color: #dc2626;
            font-size: 24px;
            font-weight: bold;
            margin-bottom: 10px;
        }
        .subtitle {
            color: #6b7280;
            font-size: 16px;
        }
        .content {
            margin-bottom: 30px;
        }
        .appointment-details {
            background-color: #f3f4f6;
            border: 2px solid #e5e7eb;
            border-radius: 8px;
            padding: 20px;
            margin: 20px 0;
        }
        .detail-row {
            display: flex;
            justify-content: space-between;
            margin-bottom: 10px;
            padding-bottom: 8px;
            border-bottom: 1px solid #e5e7eb;
        }
        .detail-row:last-child {
            border-bottom: none;
            margin-bottom: 0;
        }
        .detail-label {
            font-weight: 600;
            color: #374151;
        }
        .detail-value {
            color: #1f2937;
        }
        .denial-reason {
            background-color: #fef2f2;
            border: 2px solid #dc2626;
            border-radius: 8px;
            padding: 20px;
            margin: 20px 0;
        }
        .next-steps {
            background-color: #eff6ff;
            border-left: 4px solid #3b82f6;
            padding: 15px;
            margin: 20px 0;
        }
        .contact-info {
            background-color: #f0fdf4;
            border: 1px solid #bbf7d0;
            border-radius: 6px;
            padding: 15px;
            margin: 20px 0;
        }
        .alternative-options {
            background-color: #fef3c7;
            border: 1px solid #f59e0b;
            border-radius: 6px;
            padding: 15px;
            margin: 20px 0;
            color: #92400e;
        }
        .footer {
            text-align: center;
            margin-top: 30px;
            padding-top: 20px;
            border-top: 1px solid #e5e7eb;
            color: #6b7280;
            font-size: 14px;
        }
    </style>
</head>
<body>
    <div class="container">
        <div class="header">
            <img src="{{ asset('images/smile-suite-logo.png') }}" alt="Smile Suite" class="logo">
            <div class="title">Appointment Request Update 📋</div>
            <div class="subtitle">{{ $appointment->clinic->name }}</div>
        </div>

        <div class="content">
            <p>Dear {{ $patient->first_name }},</p>

            <p>We regret to inform you that your appointment request at <strong>{{ $appointment->clinic->name }}</strong> for {{ \Carbon\Carbon::parse($appointment->scheduled_at)->format('F j, Y \a\t g:i A') }} could not be approved at this time.</p>

            <div class="appointment-details">
                <h3 style="margin-top: 0; color: #1e40af;">📅 Your Requested Appointment</h3>
                <div class="detail-row">
                    <span class="detail-label">Date & Time:</span>
                    <span class="detail-value">{{ \Carbon\Carbon::parse($appointment->scheduled_at)->format('F j, Y \a\t g:i A') }}</span>
                </div>
                <div class="detail-row">
                    <span class="detail-label">Service:</span>
                    <span class="detail-value">{{ $appointment->reason }}</span>
                </div>
                @if($appointment->service)
                <div class="detail-row">
                    <span class="detail-label">Service Details:</span>
                    <span class="detail-value">{{ $appointment->service->name }}</span>
                </div>
                @endif
            </div>

            <div class="denial-reason">
                <h3 style="margin-top: 0; color: #dc2626;">❌ Reason for Denial</h3>
                <p>
                    @if($reason)
                        {{ $reason }}
                    @else
                        Unfortunately, we are unable to accommodate your requested time slot.
                    @endif
                </p>
            </div>

            <div class="next-steps">
                <h4 style="margin-top: 0; color: #1e40af;">🔄 Next Steps</h4>
                <p>We encourage you to:</p>
                <ol style="margin: 10px 0; padding-left: 20px;">
                    <li><strong>Submit a new request</strong> for a different date/time</li>
                    <li><strong>Contact us directly</strong> to discuss available options</li>
                    <li><strong>Call us</strong> to speak with our scheduling team</li>
                </ol>
            </div>

            <div class="contact-info">
                <h4 style="margin-top: 0; color: #059669;">📞 Contact Information</h4>
                <p><strong>Phone:</strong> {{ $appointment->clinic->contact_number }}<br>
                <strong>Email:</strong> {{ $appointment->clinic->email }}<br>
                <strong>Address:</strong> {{ $appointment->clinic->street_address }}, {{ $appointment->clinic->address_details }}</p>
            </div>

            <div class="alternative-options">
                <h4 style="margin-top: 0;">💡 Alternative Options</h4>
                <ul style="margin: 10px 0; padding-left: 20px;">
                    <li>Try booking for different days or times</li>
                    <li>Consider our walk-in hours (if available)</li>
                    <li>Contact us to discuss urgent dental needs</li>
                </ul>
            </div>

            <p>We apologize for any inconvenience and look forward to serving you in the future.</p>

            <p>Thank you for your understanding.</p>

            <p>Best regards,<br>
            <strong>{{ $appointment->clinic->name }} Team</strong></p>
        </div>

        <div class="footer">
            <p>© {{ date('Y') }} Smile Suite. All rights reserved.</p>
            <p><em>You can submit a new appointment request anytime through our online booking system.</em></p>
        </div>
    </div>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333; background-color: #f4f4f4; margin: 0; padding: 20px;">
    <div style="max-width: 600px; margin: 0 auto; background: white; border-radius: 10px; overflow: hidden; box-shadow: 0 5px 20px rgba(0,0,0,0.1);">
        <div style="background: linear-gradient(135deg, #dc3545, #c82333); color: white; padding: 30px; text-align: center;">
            <img src="{{ asset('images/logo/bezlogo.jpg') }}" alt="Bez Tower and Residences Logo" style="max-width: 130px; height: auto; margin-bottom: 12px; border-radius: 8px; background: #fff; padding: 6px;">
            <h1 style="margin: 0;">⚠️ Payment Rejected</h1>
            <p style="margin: 10px 0 0 0;">Bez Tower and Residences</p>
        </div>
        
        <div style="padding: 30px;">
            @php
                $reservedRooms = $payment->booking->rooms->isNotEmpty() ? $payment->booking->rooms : collect([$payment->booking->room])->filter();
            @endphp
            <p>Dear {{ $payment->booking->guest->name }},</p>
            
            <p>We regret to inform you that your payment could not be verified and has been rejected.</p>
            
            <div style="background: #f9f9f9; border-left: 4px solid #dc3545; padding: 20px; border-radius: 8px; margin: 20px 0;">
            <h2 style="color: #dc3545; margin-top: 0;">Payment Details</h2>
            <table style="width: 100%; border-collapse: collapse;">
                <tr>
                    <td style="padding: 8px 0; color: #666;">Booking Reference:</td>
                    <td style="padding: 8px 0; font-weight: bold;">{{ $payment->booking->booking_reference }}</td>
                </tr>
                <tr>
                    <td style="padding: 8px 0; color: #666;">Payment Reference:</td>
                    <td style="padding: 8px 0; font-weight: bold;">{{ $payment->payment_reference }}</td>
                </tr>
                <tr>
                    <td style="padding: 8px 0; color: #666;">Amount:</td>
                    <td style="padding: 8px 0; font-weight: bold; color: #dc3545;">₱{{ number_format($payment->amount, 2) }}</td>
                </tr>
                <tr>
                    <td style="padding: 8px 0; color: #666;">Payment Method:</td>
                    <td style="padding: 8px 0; font-weight: bold;">{{ strtoupper($payment->payment_method) }}</td>
                </tr>
            </table>
        </div>
        
        <div style="background: #fff3cd; border-left: 4px solid #ffc107; padding: 15px; margin: 20px 0; border-radius: 4px;">
            <h3 style="margin-top: 0; color: #856404;">Reason for Rejection:</h3>
            <p style="margin-bottom: 0;">{{ $reason }}</p>
        </div>
        
            <div style="background: #f9f9f9; border-left: 4px solid #4caf50; padding: 20px; border-radius: 8px; margin: 20px 0;">
                <h2 style="color: #4caf50; margin-top: 0;">Booking Information</h2>
            <table style="width: 100%; border-collapse: collapse;">
                <tr>
                    <td style="padding: 8px 0; color: #666;">Booking Reference:</td>
                    <td style="padding: 8px 0; font-weight: bold;">{{ $payment->booking->booking_reference }}</td>
                </tr>
                <tr>
                    <td style="padding: 8px 0; color: #666;">Room(s):</td>
                    <td style="padding: 8px 0; font-weight: bold;">
                        @foreach($reservedRooms as $reservedRoom)
                            {{ $reservedRoom->roomType->name }}@if(!$loop->last), @endif
                        @endforeach
                    </td>
                </tr>
                <tr>
                    <td style="padding: 8px 0; color: #666;">Check-in:</td>
                    <td style="padding: 8px 0; font-weight: bold;">{{ $payment->booking->check_in_date->format('F d, Y') }}</td>
                </tr>
                <tr>
                    <td style="padding: 8px 0; color: #666;">Check-out:</td>
                    <td style="padding: 8px 0; font-weight: bold;">{{ $payment->booking->check_out_date->format('F d, Y') }}</td>
                </tr>
                <tr>
                    <td style="padding: 8px 0; color: #666;">Nights:</td>
                    <td style="padding: 8px 0; font-weight: bold;">{{ $payment->booking->total_nights }}</td>
                </tr>
                <tr>
                    <td style="padding: 8px 0; color: #666;">Guests:</td>
                    <td style="padding: 8px 0; font-weight: bold;">{{ $payment->booking->number_of_guests }} Guest(s)</td>
                </tr>
            </table>
        </div>

            <div style="background: #f9f9f9; border-left: 4px solid #4caf50; padding: 20px; border-radius: 8px; margin: 20px 0;">
                <h2 style="color: #4caf50; margin-top: 0;">Total Amount Breakdown</h2>
            <table style="width: 100%; border-collapse: collapse;">
                <tr>
                    <td style="padding: 8px 0; color: #666;">Room Charges ({{ $payment->booking->total_nights }} night(s) × ₱{{ number_format($payment->booking->room->roomType->price_per_night, 2) }}):</td>
                    <td style="padding: 8px 0; text-align: right;">₱{{ number_format($payment->booking->subtotal, 2) }}</td>
                </tr>
                
                @if($payment->booking->extras && $payment->booking->extras->count() > 0)
                    <tr>
                        <td colspan="2" style="padding: 12px 0; font-weight: bold; background: #f9f9f9; border-radius: 4px; padding-left: 8px;">Additional Services/Extras:</td>
                    </tr>
                    @foreach($payment->booking->extras as $extra)
                    <tr>
                        <td style="padding: 5px 0 5px 20px; color: #666;">{{ $extra->name }} ({{ $extra->pivot->quantity }} × ₱{{ number_format($extra->pivot->price_at_booking, 2) }}):</td>
                        <td style="padding: 5px 0; text-align: right;">₱{{ number_format($extra->pivot->quantity * $extra->pivot->price_at_booking, 2) }}</td>
                    </tr>
                    @endforeach
                    <tr>
                        <td style="padding: 8px 0; font-weight: bold;">Subtotal Extras:</td>
                        <td style="padding: 8px 0; text-align: right; font-weight: bold;">₱{{ number_format($payment->booking->extras_total, 2) }}</td>
                    </tr>
                @endif

                <tr style="background: #fff3cd; border-top: 2px solid #C9A961;">
                    <td style="padding: 12px 8px; font-weight: bold; font-size: 16px; color: #2c2c2c;">TOTAL AMOUNT:</td>
                    <td style="padding: 12px 8px; font-weight: bold; font-size: 16px; text-align: right; color: #dc3545;">₱{{ number_format($payment->booking->total_amount, 2) }}</td>
                </tr>
            </table>
        </div>
        <div style="background: white; padding: 20px; border-radius: 8px; margin: 20px 0;">
          

        </div>
        
        <p style="margin-top: 30px;">
            Best regards,<br>
            <strong>BezTower and Residences</strong>
        </p>
    </div>
    
    <div style="text-align: center; padding: 20px; color: #666; font-size: 0.875rem;">
        <p>This is an automated email. Please do not reply to this message.</p>
    </div>
</body>
</html>

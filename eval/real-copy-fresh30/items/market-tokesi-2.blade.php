<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Order Delivered</title>
</head>
<body style="margin: 0; padding: 0; font-family: 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; background-color: #f4f4f4;">
    <table width="100%" cellpadding="0" cellspacing="0" style="background-color: #f4f4f4; padding: 40px 0;">
        <tr>
            <td align="center">
                <!-- Main Container -->
                <table width="600" cellpadding="0" cellspacing="0" style="background-color: #ffffff; border-radius: 8px; overflow: hidden; box-shadow: 0 4px 6px rgba(0,0,0,0.1);">
                    
                    <!-- Header -->
                    <tr>
                        <td style="background: linear-gradient(135deg, #11998e 0%, #38ef7d 100%); padding: 40px 30px; text-align: center;">
                            <div style="font-size: 48px; margin-bottom: 10px;">✅</div>
                            <h1 style="color: #ffffff; margin: 0; font-size: 28px; font-weight: 600;">Your Order Has Been Delivered!</h1>
                        </td>
                    </tr>

                    <!-- Content -->
                    <tr>
                        <td style="padding: 40px 30px;">
                            <p style="color: #333333; font-size: 16px; line-height: 1.6; margin: 0 0 20px;">
                                Hello <strong>{{ $order->full_name }}</strong>,
                            </p>
                            
                            <p style="color: #555555; font-size: 15px; line-height: 1.6; margin: 0 0 30px;">
                                Great news! Your order <strong>#{{ $order->order_number }}</strong> has been successfully delivered.
                            </p>

                            <!-- Delivery Confirmation Box -->
                            <table width="100%" cellpadding="0" cellspacing="0" style="background: linear-gradient(135deg, #e0f7fa 0%, #e8f5e9 100%); border-radius: 6px; margin-bottom: 30px;">
                                <tr>
                                    <td style="padding: 25px; text-align: center;">
                                        <div style="font-size: 36px; margin-bottom: 10px;">📦</div>
                                        <h2 style="color: #00796b; font-size: 20px; margin: 0 0 10px; font-weight: 600;">Delivery Confirmed</h2>
                                        <p style="color: #555555; font-size: 14px; margin: 0;">
                                            Delivered on {{ $order->delivered_at->format('F j, Y') }} at {{ $order->delivered_at->format('g:i A') }}
                                        </p>
                                    </td>
                                </tr>
                            </table>

                            <!-- Delivery Address -->
                            <table width="100%" cellpadding="0" cellspacing="0" style="border: 1px solid #e0e0e0; border-radius: 6px; margin-bottom: 30px;">
                                <tr>
                                    <td style="padding: 20px;">
                                        <h3 style="color: #333333; font-size: 16px; margin: 0 0 15px; font-weight: 600;">Delivered To</h3>
                                        <p style="color: #555555; font-size: 14px; line-height: 1.6; margin: 0;">
                                            {{ $order->full_name }}<br>
                                            {{ $order->shipping_address }}<br>
                                            {{ $order->city }}, {{ $order->state }} {{ $order->zipcode }}<br>
                                            {{ $order->country }}
                                        </p>
                                    </td>
                                </tr>
                            </table>

                            <!-- Order Items -->
                            <h3 style="color: #333333; font-size: 16px; margin: 0 0 15px; font-weight: 600;">Items in Your Order</h3>
                            @foreach($order->items as $item)
                            <table width="100%" cellpadding="0" cellspacing="0" style="border-bottom: 1px solid #e0e0e0; padding: 15px 0;">
                                <tr>
                                    <td width="80" style="padding-right: 15px;">
                                        @php
                                            $snapshot = $item->getProductSnapshot();
                                            $imagePath = $snapshot['image'] ?? 'default-product.png';
                                        @endphp
                                        <img src="{{ asset('storage/' . $imagePath) }}" alt="{{ $item->product_name }}" style="width: 70px; height: 70px; object-fit: cover; border-radius: 4px;">
                                    </td>
                                    <td>
                                        <p style="color: #333333; font-size: 14px; font-weight: 600; margin: 0 0 5px;">{{ $item->product_name }}</p>
                                        <p style="color: #666666; font-size: 13px; margin: 0;">Quantity: {{ $item->quantity }}</p>
                                    </td>
                                    <td style="text-align: right; color: #333333; font-size: 14px; font-weight: 600;">
                                        £{{ number_format($item->subtotal, 2) }}
                                    </td>
                                </tr>
                            </table>
                            @endforeach

                            <!-- Order Summary -->
                            <table width="100%" cellpadding="0" cellspacing="0" style="margin-top: 25px; padding-top: 20px; border-top: 2px solid #e0e0e0;">
                                <tr>
                                    <td style="color: #666666; font-size: 14px; padding: 5px 0;">Subtotal:</td>
                                    <td style="color: #333333; font-size: 14px; text-align: right; padding: 5px 0;">£{{ number_format($order->subtotal, 2) }}</td>
                                </tr>
                                <tr>
                                    <td style="color: #666666; font-size: 14px; padding: 5px 0;">Shipping:</td>
                                    <td style="color: #333333; font-size: 14px; text-align: right; padding: 5px 0;">£{{ number_format($order->shipping_cost, 2) }}</td>
                                </tr>
                                @if($order->discount_amount > 0)
                                <tr>
                                    <td style="color: #28a745; font-size: 14px; padding: 5px 0;">Discount:</td>
                                    <td style="color: #28a745; font-size: 14px; text-align: right; padding: 5px 0;">-£{{ number_format($order->discount_amount, 2) }}</td>
                                </tr>
                                @endif
                                <tr>
                                    <td style="color: #333333; font-size: 16px; font-weight: 700; padding: 15px 0 5px;">Total:</td>
                                    <td style="color: #333333; font-size: 16px; font-weight: 700; text-align: right; padding: 15px 0 5px;">£{{ number_format($order->total, 2) }}</td>
                                </tr>
                            </table>

                            <!-- Feedback Section -->
                            <div style="margin-top: 40px; padding: 25px; background-color: #fff3e0; border-radius: 6px; text-align: center;">
                                <h3 style="color: #333333; font-size: 18px; margin: 0 0 10px; font-weight: 600;">How was your experience?</h3>
                                <p style="color: #666666; font-size: 14px; margin: 0 0 20px;">We'd love to hear your feedback!</p>
                                <a href="mailto:{{ config('mail.from.address') }}?subject=Feedback for Order {{ $order->order_number }}" style="display: inline-block; background: linear-gradient(135deg, #ff6f00 0%, #ff8f00 100%); color: #ffffff; text-decoration: none; padding: 12px 28px; border-radius: 6px; font-weight: 600; font-size: 14px;">
                                    Share Your Feedback
                                </a>
                            </div>

                            <!-- Help Section -->
                            <div style="margin-top: 30px; padding: 20px; background-color: #f8f9fa; border-radius: 6px; text-align: center;">
                                <p style="color: #555555; font-size: 14px; margin: 0 0 10px;">Questions or concerns?</p>
                                <p style="color: #666666; font-size: 13px; margin: 0;">
                                    Contact us at <a href="mailto:{{ config('mail.from.address') }}" style="color: #00796b; text-decoration: none;">{{ config('mail.from.address') }}</a>
                                </p>
                            </div>
                        </td>
                    </tr>

                    <!-- Footer -->
                    <tr>
                        <td style="background-color: #f8f9fa; padding: 30px; text-align: center; border-top: 1px solid #e0e0e0;">
                            <p style="color: #999999; font-size: 12px; margin: 0 0 10px;">
                                © {{ date('Y') }} {{ config('app.name') }}. All rights reserved.
                            </p>
                            <p style="color: #999999; font-size: 12px; margin: 0;">
                                This email was sent to {{ $order->email }}
                            </p>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>
</body>
</html>
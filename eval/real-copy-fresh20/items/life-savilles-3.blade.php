
<div style="font-family: Helvetica,Arial,sans-serif;min-width:1000px;overflow:auto;line-height:2">
  <div style="margin:50px auto;width:70%;padding:20px 0">
    <div style="border-bottom:1px solid #eee">
      <a href="" style="font-size:1.4em;color: #00466a;text-decoration:none;font-weight:600">Savilles Dry cleaners</a>
    </div>
    <p style="font-size:1.1em">Dear {{ $user['name'] }},</p>
    <p>Welcome to Savilles Dry Cleaning & Laundry! We're thrilled to have you on board. </p>
    <p>To get started, simply click on the link below to access your account and book your first collection:</p>
    <p><a href="{{ route('checkout') }}">Booking Page</a></p>
    <p>Our user-friendly interface will guide you through the process of selecting your preferred date, time, and collection location. Should you need any assistance or have questions, our support team is here to help. Feel free to reach out at 01932863248</p>
    <p>Thank you for choosing Savilles Dry Cleaning & Laundry. We're excited to provide you with top-notch dry cleaning services.</p>
    <p style="font-size:0.9em;"> Best Regards,<br />Savilles Dry Cleaning & Laundry</p>
  </div>
</div>  
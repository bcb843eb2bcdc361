
<div style="font-family: Helvetica,Arial,sans-serif;min-width:1000px;overflow:auto;line-height:2">
  <div style="margin:50px auto;width:70%;padding:20px 0">
    <div style="border-bottom:1px solid #eee">
      <a href="" style="font-size:1.4em;color: #00466a;text-decoration:none;font-weight:600">Savilles Dry cleaners</a>
    </div>
    <p style="font-size:1.1em">Dear {{ $user['name'] }},</p>
    <p>We want to provide you with an update on your dry cleaning order and confirm the successful collected.</p>
    <p><b>Order Update:</b></p>
    <p>We have received your garments for dry cleaning and our team is now carefully tending to them. We will keep you informed about the progress of your order and notify you as soon as it is ready for delivery or collection.</p>
    <p>If you have any questions regarding the order status or need further assistance, please don't hesitate to reach out to us at 01932863248. We are here to ensure a smooth and satisfying experience for you.</p>
    <p>Thank you for choosing Savilles Dry Cleaning & Laundry!</p>
    <p style="font-size:0.9em;"> Best Regards,<br />Savilles Dry Cleaning & Laundry</p>
  </div>
</div>
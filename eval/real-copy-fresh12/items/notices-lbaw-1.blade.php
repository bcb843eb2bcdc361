<h2>Hello, {{ $mailData['name'] }}!</h2>
<p>After reviewing your unban appeal, we decided to stay with our decision. This means that your account has now been
    banned.</p>

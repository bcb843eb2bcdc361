<p>
    <h3> Hi, {{ $name }}! </h3>

    <br>
 Thanks for signing up to manage your property. During your free trial, you can use all the features of The Property
Manager.
<br><br>
Should you need help with setting up your property or using any of the application's features, feel free to send us a
message through the messenger chatbot, located at the bottom left corner, available at any given time.
    <br>
    <br>
    Go to your property through this link <a href="https://thepropertymanager.online/login">here</a> and use the
    credentials below. For the security of your account, please change your password immediately.
    <br>
    <br>
    Default credentials:
    <br>
    Email: {{ $email }}
    <br>
    Password: {{ $password }}

    <br><br>

    Hope to hear from you soon!
    <br><br>

    Cheers,<br>
    Landley Bernardo, CTO
</p>
<h3>Hello {{$username}}</h3>
<p>Welcome to <a href="https://w0bm.com">w0bm.com</a>.</p>
<p>To activate your account please click this <a href="https://w0bm.com/activate/{{$activation_token}}">link</a>.</p>

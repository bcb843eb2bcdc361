<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Banned</title>
  <link rel="stylesheet" href="https://stackpath.bootstrapcdn.com/bootstrap/4.5.2/css/bootstrap.min.css">
</head>
<body>
  <div class="container">
    <div class="row">
      <div class="col-md-6 offset-md-3">
        <div class="card mt-5">
          <div class="card-body text-center">
            <h1 class="card-title">Account terminated!</h1>
            <p class="card-text">Sorry, but your account has been terminated on VKE. Please make sure you respect our Terms Of Service!</p>
          </div>
        </div>
      </div>
    </div>
  </div>
</body>
</html>

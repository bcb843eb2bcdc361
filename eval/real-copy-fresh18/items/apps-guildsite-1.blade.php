<!DOCTYPE html>
<html lang="en">
<head>
    <!-- META -->
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta name="description" content="">
    <meta name="author" content="">

    <title>Aegis of Envy - Silvermoon EU</title>
    
    <!-- FAVICON -->
    <link rel="shortcut icon" href="images/favicon.ico">
    
    <!-- CORE CSS -->
    <link href="plugins/bootstrap/css/bootstrap.min.css" rel="stylesheet">
    <link href="plugins/font-awesome/css/font-awesome.min.css" rel="stylesheet">
    <link href='http://fonts.googleapis.com/css?family=Roboto:400,100,300,500,700' rel='stylesheet' type='text/css'> 
    
    <!-- PLUGINS -->
    <link href="plugins/animate/animate.min.css" rel="stylesheet">
    <link href="plugins/owl-carousel/owl.carousel.css" rel="stylesheet">

    <!-- THEME CSS -->
    <link href="css/theme.css" rel="stylesheet">
    <link href="css/custom.css" rel="stylesheet">
    <link rel="stylesheet" type="text/css" href="/css/nonlogabout.css">
</head>

<!-- <body class="fixed-header">
<header class="invis-header">
</header> -->
<body>
  <div class="container fill">
    <div id="wrap">
    
        <div class="row pre-rules-row">
          <div class="col-md-8 col-md-offset-2 banned-col">
            <div class="panel panel-default pre-rules-panel">
                <div class="panel-body pre-rules-panelbody">
                  <div class="row">
                    <div class="paraf-title paraf-title-first">
                      <h2>You have been banned.</h2>
                    </div>
                    <div class="bannedImgDiv">
                    	<img src="{{url('images/errors/bannedPsych.gif')}}" alt="" class="bannedImg">
                    </div>
                    </div>
                    </div>

                    </div>
                  </div>

             
            </div>
          </div>
        </div>
    </div>

</div>

</div> <!-- This one wants to be 100% height -->
    <!-- Javascript -->
    <script src="plugins/jquery/jquery-3.1.0.min.js"></script>
    <script src="plugins/bootstrap/js/bootstrap.min.js"></script>
    <script src="js/core.min.js"></script>
    <script src="plugins/twitter/twitter.js"></script>
</body>
</html>
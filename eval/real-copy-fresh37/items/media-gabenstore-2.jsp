<%@ page language="java" contentType="text/html; charset=ISO-8859-1"
    pageEncoding="ISO-8859-1"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<link rel="stylesheet" href="resources/theme1/css/bootstrap.min.css">
<link rel="stylesheet" href="resources/theme1/css/font-awesome.min.css">  
<link rel="stylesheet" href="resources/theme1/css/animate.css">  
<script src="resources/theme1/js/jquery-3.1.1.min.js"> </script>
<script src="resources/theme1/js/bootstrap.min.js"> </script>
</head>
<body>
<img src="resources/theme1/images/mario.jpg" class="image-responsive" style="width: 100%;height: 100%">
<p class="animated jello" style="position: absolute;margin-top: -700px;font-size: 80px;margin-left: 600px;color:#F4FCFE;animation-iteration-count: infinite;"><span class="fa fa-bug" aria-hidden="true"></span>4<span class="fa fa-ban" aria-hidden="true"></span>3</p>
<p class="animated wobble " style="position: absolute;margin-top: -600px;font-size: 80px;margin-left: 300px;color:#F4FCFE; "> Access denied</p>
<p class="animated tada" style="position: absolute;margin-top: -500px;font-size:40px;margin-left:0px;color:#F4FCFE">You're trying to access a page which is not allowed</p>
<p class="animated tada" style="position: absolute;margin-top: -450px;font-size:40px;margin-left:200px;color:#F4FCFE">Please Go Back to Home</p>
<a href="/gabenstore/"><i class="fa fa-home" aria-hidden="true" style="position: absolute;margin-top: -400px;margin-left: 400px;font-size:70px;color:#F4FCFE;text-decoration: none"></i></a>
</body>
</html>
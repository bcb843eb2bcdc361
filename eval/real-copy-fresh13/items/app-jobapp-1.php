
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Rejected</title>
</head>
<body>
<div style="width: 100%;">
<pre style="font-size: 13px; font-family: 'Times New Roman', Times, serif; padding: 3px; box-shadow: 2px 2px 2px rgba(0, 0, 0, 0.4);">
    Dear <b>{{$username}}</b>,

Thank you for applying for the <b>{{$jobtitle}}</b> position at <b>{{$companyname}}</b>.

We appreciate your interest and effort in the application process and encourage you to apply for future opportunities with us.

Wishing you the best in your job search.

{{config('constants.appname')}} Team
Best regards,
</pre>
       
  </div>  
</body>
</html>
<!DOCTYPE html>
<html>
<head>
    <title>Error Report for Bulk Attendance excel upload request</title>
    <link href="https://fonts.googleapis.com/css?family=Lato:100" rel="stylesheet" type="text/css">
</head>
<body>
<div class="container">
    <div class="content">
        <div class="title">
            <p>
                <span> Hello {{$name}},</span><br>
                Please be noted that you have mistakenly made such change/s in the file while uploading it.<br>

                Please download the error report from the attachment.<br>

                Thank you.
            </p>
        </div>
    </div>
</div>
</body>
</html>

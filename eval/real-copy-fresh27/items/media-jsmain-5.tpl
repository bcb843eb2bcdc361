<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Jeevansathi.com</title>
</head>
<body>
<p>Dear <var>{{NAME_PROFILE:profileid=~$profileid`}},</p>
<p>We regret to inform you that one or more of your photos <b>have not been made visible</b> because: ~$REJECT_REASON`.</p>
<p><a href = "(LINK)UPLOAD_PHOTO:profileid=~$profileid`(/LINK)" target = "_blank">Click here</a> to know more about how to upload your photo. Please reupload the photograph using a standard image format like <var>{{PHOTO_FORMATS:photo_type=const}}</var>. Maximum size of the photo allowed is <var>{{MAX_PHOTO_SIZE:photo_type=const}}</var>MB.</p>
<p>We wish you success with your search.</p>
<p>Warm Regards,</p>
<p>Jeevansathi.com Team</p>
</body>
</html>

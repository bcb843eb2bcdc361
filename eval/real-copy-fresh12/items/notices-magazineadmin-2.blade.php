<p>Hello {{$name}}</p>
<p>Your Graphic NewsPlus vendor account has been temporarily blocked. This means you are no longer able to sell on the platform until your account is reactivated.</p>
Below are some reasons that can lead to an account suspension.<br>
1.	Abuse of the platform. <br>
2.	Going against our terms and conditions<br>
3.	Uploading profane content.<br>
4.	Failure to upload expected number of publications.

<p>If you believe this happened in error, Kindly contact support@graphicnewsplus.com to resolve the challenge.</p>
<p>Regards.</p>
The Graphic NewsPlus Team

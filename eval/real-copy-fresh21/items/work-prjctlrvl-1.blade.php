<p>Hi Mr/Ms. {{$employee['first_name']}} {{$employee['last_name']}},</p>

<br>

<p>I would like to inform you that your application of leave has been <strong style="font-style: italic">Rejected.</strong></p>
<br>
<p><strong>Reason:</strong> {{$reason}}</p>

<br>

<p> Thank you.</p>

<br>
<br>

<p> Best Regards,
    <br>{{$firstname}} {{$mi}}. {{$lastname}}
    <br>{{$position}}
</p>



<p>---------- Forwarded message ---------</p>
<p>Subject: Disapproving Leave Application</p>
<html>
<body>
<div>Dear ${name},</div>
<div><br/></div>
<div>Gentle reminder of your medical appointment as follows:</div>
<div><br /></div>
<div><br /></div>
<div>Patient Name :  ${name}</div>
<div><br /></div>
<div>Appointment Date : ${appointmentDate}</div>
<div><br /></div>
<div>Appointment Time : ${appointmentTime}</div>
<div><br /></div>
<div>Specialist Name : ${doctorName}</div>
<div><br /></div>
<div>Clinic / Hospital : ${clinicAndHospitalName}</div>
<p>Clinic Address : ${clinicAddress}<br /></p>
<div>  </div>
<div><br /></div>
<div>Please inform us in advance should there be any cancellation of the above appointment so that we can inform the clinic.</div>
<div><br /></div>
<div>Our Central Patient Assistance Centre (CPAC) provides a seamless and one-stop 24-hour service to our patients, connecting them to a comprehensive choice of medical services and doctors across Parkway Hospitals.</div>
<div><br /></div>
<div>Please do not hesitate to contact us if you require further assistance.</div>
<div><br /></div>
<div>     </div>
<div><br /></div>
<div>Best Regards,</div>
<div>Parkway Support Centre </div>
<div>24-Hour Helpline : +65 6735 5000</div>
<div>Website : <a href=\"http://www.parkwayhospitals.com\">www.parkwayhospitals.com</a></div>
</body>
</html>
export default `
<div>
<p>Hi {@FIRST_NAME},</p>
<br />
<p>
Your ID has failed verification. We will contact you soon with alternative methods of verification.
</p>

<p>
If you have any questions, you can always reach out to us via the Honeycomb Platform or at <a href="mailto:support@honeycombcredit.com">support@honeycombcredit.com</a>. 
</p>
<br />
<p>
From, <br />
The Honeycomb Team
</p>
</div>
`;

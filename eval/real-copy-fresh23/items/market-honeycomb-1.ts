export default `
<div>
<p>Hi {@FIRST_NAME},</p>
<br />
<p>
Your Honeycomb account has been suspended.
</p>

<p>
If you have any questions regarding your suspension, you can always reach out to us via the Honeycomb Platform or at <a href="mailto:support@honeycombcredit.com">support@honeycombcredit.com</a>. 
</p>
<br />
<p>
From, <br />
The Honeycomb Team
</p>
</div>
`;

<p style="margin-bottom:10px">The certificate for $Domain.Domain has been updated and this ticket will be resolved.</p>

<h3 style="margin-bottom:10px">Certificate Information</h3>
<ul>
    <li>Certificate: $Certificate.Name</li>
    <li>Issuer: $Certificate.Issuer</li>
    <li>Expiration: $Certificate.ValidTo</li>
    <li>Serial: $Certificate.Serial</li>
    <li>Fingerprint: $Certificate.Fingerprint</li>
</ul>

<h2>Hello {{ $user->name }},</h2>

<p>Your company account has exceeded the allowed usage limits for one or more features:</p>

<ul>
    <li><strong>Staff Users:</strong> Limit reached</li>
    <li><strong>Storage:</strong> Limit reached</li>
    <li><strong>Owners:</strong> Limit reached</li>
    <li><strong>Tenants:</strong> Limit reached</li>
</ul>

<p>Please upgrade your plan or remove unused data to continue using all features without interruption.</p>

<p>If you need help upgrading, feel free to contact support.</p>

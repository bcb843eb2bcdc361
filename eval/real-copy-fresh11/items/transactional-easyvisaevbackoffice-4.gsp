<div>
    <p>
        Hello ${user.firstName},
    </p>

    <p>
        You (or someone pretending to be you) requested that your password be reset.
    </p>

    <p>
        If you did not make this request, then contact EasyVisa.
    </p>

    <p>
        If you did make the request, then <b><a href="${url}">click here</a></b> to reset your password.
    </p>

    <p><br/>
        Regards,<br/><br/>
        EasyVisa
    </p>
</div>

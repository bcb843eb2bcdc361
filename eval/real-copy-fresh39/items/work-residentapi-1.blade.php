<table bgcolor="#0292B7" cellpadding="0" cellspacing="0"
       class="force-full-width" style="margin: 0 auto;">
    <tbody >
    <tr>
        <td>
            <table cellpadding="0" cellspacing="0" style="margin: 0 auto;" width="80%">
                <tbody>
                <tr >
                    <td  style="text-align:left; font-size:18px;color:#ffffff;"><br>
                        Hey, {{ $residentAccessRequest->name }}
                        <br>
                        <br>
                        We have reviewed your request.
                        And Sorry to say that we mark you as a unprivileged resident of our community.
                        That's why we reject your request.
                        <br>
                        <br>
                        <br>
                        If you are a resident of our community, please contact with support team of our community,
                        to consider your request again.
                        <br>
                        <br>
                        <br>
                        Thank You
                        <br>
                        {{ $property->title }} Support Team
                        <br>
                        <br>
                        {{ $property->address }}
                        <br>
                    </td>
                </tr>
                </tbody>
            </table>
        </td>
    </tr>

    <tr >
        <td >

            <br>
            <br>
            <br>
        </td>
    </tr>
    </tbody>
</table>
<table bgcolor="#F5774E" cellpadding="0" cellspacing="0" class="force-full-width" style="margin: 0 auto;">
    <tbody>
    <tr>
        <td style="background-color:#f5774e;">
            <center>

            </center>
        </td>
    </tr>
    </tbody>
</table>

@extends('layouts.email')

@section('content')

    <table width="600" bgcolor="#ffffff" cellspacing="0" cellpadding="0" style="font-family:Arial, Helvetica, sans-serif;
border-left:solid 1px;
                    border-right:solid 1px; border-top:solid 1px;
                    border-bottom:solid 1px;
                    border-color:#bfbaba;">
        <tbody>
        <tr>
            <td width="600">
                <div style="width:600px; height:312px; background-color: rgb(241,233,227); text-align: center;">
                    <img style="margin: 25px;max-height: 80px;" src="{{ url( '/storage/' . $template['small_logo'])}}"
                         border="0"><br>
                    <span style="font-size:60px; font-weight: bold; color: #333333;">WELCOME</span><br>
                    <span style=" font-weight: bold; color: #333333;">YOUR ACCOUNT IS ACTIVE</span>
                    <hr style="border-top: 4px dashed {{ $template['theme_color'] }}; margin:40px;">
                </div>
                <img src="{{ $imagePath }}nk110-a857a6f7-849f-4517-a2cf-9ecc53cdc8f4-v2.jpeg">
                <p width="600px" style="margin-left:20px;
                            margin-right:20px;font-size:15px;">
                    You're invited to participate in our rewards
                    program.
                </p>
                <p width="600px" style="margin-left:20px;
margin-right:20px;
                            padding-bottom:8px;">
                    Reward points can be redeemed when you want, for
                    whatever you want at the
                    nation's<br>
                    leading on-line retailers. Points are as good as
                    cash and can be redeemed as soon as you
                    get them.
                </p>
                <p width="600px" style="margin-left:20px;
margin-right:20px;
                            padding-bottom:8px;">
                    Set up your username and password by clicking the
                    button below to begin
                    enjoying your<strong> </strong>account!
                </p>
            </td>
        </tr>
        <tr>
            <td height="157" align="center" style="background-color:#ffffff; border:none;
                          text-align=" center="center">
                <p>
                    <a href="{{ $contactProgramHost0 }}activation?token={{ $contactActivationToken }}"
                       class="inf-track-23159"><img
                            src="{{ $imagePath }}nk110-edc07421-56e4-4b9b-b09b-584844e6843b-v2.png" border="0"></a><br>
                    <span style="font-size:10px;">Unable to see
                                the button?
                                Click <a href="{{ $contactProgramHost0 }}activation?token={{ $contactActivationToken }}"
                                         style="color:#000;" class="inf-track-23161"> <span
                                style="text-decoration:underline;">Here</span></a>.</span>
                </p>
                <p>
                    <img src="{{ $imagePath }}nk110-03af2aac-065a-467b-802f-fa510503215b-v2.gif" alt="Merchants"
                         width="600" border="none">
                </p>
            </td>
        </tr>
        <tr>
            <td colspan="2" height="30" bgcolor="#FFFFFF" style="margin-left:10px;
                              margin-right:10px; font-size:9px; color:
                              #000000; text-align:center;">
                Please do not reply to this email. If you
                need support please contact your
                program administrator or click <a href="https://incentco.zendesk.com/anonymous_requests/new"
                                                  class="inf-track-23163">here</a> to submit a ticket.
            </td>
        </tr>
        </tbody>
    </table>
@endsection

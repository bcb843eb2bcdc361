<!DOCTYPE html>
<html>

    <body style='-webkit-text-size-adjust: none; box-sizing: border-box; color: #74787E; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; height: 100%; line-height: 1.4; margin: 0; width: 100% !important;' bgcolor='#F2F4F6'>
        <table class='email-wrapper' width='100%' cellpadding='0' cellspacing='0' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; margin: 0; padding: 0; width: 100%;' bgcolor='#F2F4F6'><tr>
        <td align='center' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; word-break: break-word;'>
        <table class='email-content' width='100%' cellpadding='0' cellspacing='0' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; margin: 0; padding: 0; width: 100%;'><tr>
        <td class='email-body' width='100%' cellpadding='0' cellspacing='0' style='-premailer-cellpadding: 0; -premailer-cellspacing: 0; border-bottom-color: #EDEFF2; border-bottom-style: solid; border-bottom-width: 1px; border-top-color: #EDEFF2; border-top-style: solid; border-top-width: 1px; box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; margin: 0; padding: 0; width: 100%; word-break: break-word;' bgcolor='#FFFFFF'>
        <table class='email-body_inner' align='center' width='570' cellpadding='0' cellspacing='0' style='box-sizing: border-box; font-family: Arial, Helvetica, sans-serif; margin: 0 auto; padding: 0; width: 570px;' bgcolor='#FFFFFF'><tr>
        <td class='content-cell' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; padding: 35px; word-break: break-word;'>
        <img alt="Reachup" style="margin:30px auto;width: 50%;display: block; background:#f39c12; padding: 10px;" src="https://reachup.us/public/dist/img/w-logo.png">
        <h1 style='box-sizing: border-box; color: #2F3133; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 19px; font-weight: bold; margin-top: 0;' align='left'>Hi {{ $user->name ?? '' }},</h1>
        <p style='box-sizing: border-box; color: #74787E; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 16px; line-height: 1.5em; margin-top: 0;' align='left'>Your password has been reset. Now you can use your Reachup account comfortably. </p>
        <table class='body-action' align='center' width='100%' cellpadding='0' cellspacing='0' style='box-sizing: border-box; font-family: Arial, Helvetica, sans-serif; margin: 30px auto; padding: 0; text-align: center; width: 100%;'><tr><td align='center' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; word-break: break-word;'>
        <table width='100%' border='0' cellspacing='0' cellpadding='0' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif;'><tr><td align='center' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; word-break: break-word;'>
        </td></tr></table></td></tr></table>
        <p style='box-sizing: border-box; color: #74787E; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 16px; line-height: 1.5em; margin-top: 0;' align='left'>Thanks,
        <br />The Reachup Team</p>
        </td></tr></table></td></tr><tr><td style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; word-break: break-word;'>
        <table class='email-footer' align='center' width='570' cellpadding='0' cellspacing='0' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; margin: 0 auto; padding: 0; text-align: center; width: 570px;'>
        <tr><td class='content-cell' align='center' style='box-sizing: border-box; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; padding: 35px; word-break: break-word;'>
        <p class='sub align-center' style='box-sizing: border-box; color: #AEAEAE; font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 12px; line-height: 1.5em; margin-top: 0;' align='center'>© 2021 Reachup. All rights reserved.</p>
        </td></tr></table></td></tr></table></td></tr></table></body>
</html>

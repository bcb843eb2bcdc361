{* COI Expired Notice Template *}
{assign var=year value={'Y'|date}}
            <div style='width:100%;background:#452767;color:#fff;height:35px;margin-bottom:2px'>
            </div>
            <div style='line-height: 24px'>Dear {$lastname}, {$firstname}{if isset($initial)}, {$initial}{/if}, <br/>
                <p>Your PADI-Endorsed insurance expired on June 30, {$year} at 12:01 AM. To renew without a lapse in coverage, we must receive your renewal application by July 10, {$year}. Please apply online at <a href = "https://www.diveinsurance.com/" rel="noopener noreferrer" target="_blank" style = "color:blue;"><u>www.diveinsurance.com</u></a> or contact us at 1.800.223.9998 or 1.714.739.3177 for a new application.</p><br/>

                <p>Please remember, your policy is a "Claims Made" policy which means you are only covered if you have continuous coverage when the alleged negligent act took place, through when a claim against you. You can protect yourself by purchasing the "Non-Teaching/Supervising Instructor" or "Retired" coverage. This coverage level has a premium of ${$amount} for 12 months until June 30, {$year}.</p><br/>

                <p>If you have recently submitted an application, and have confirmation it was received by us, it is currently being processed and you may disregard this email.</p>

                </br><p>Thank you for your support of the PADI-Endorsed Professional Liability Insurance Program.</p>
			 <br/>

            </div>

Sincerely,
<br/><br/>
PADI Department<br/>
Vicencia & Buckley, a Division of HUB International Insurance Services Inc.<br/>
A division of HUB International<br/>
6 Centerpointe Dr. #350<br/>
La Palma, CA  90623<br/>
Email: padi-professional@hubinternational.com<br/>
Phone: 800-223-9998 or 714-739-3177<br/>
Fax: 714-739-3188<br/>
License #0757776
<br/><br/>
PLEASE ADD OUR DOMAINS <a href = "https://www.hubinternational.com/" rel="noopener noreferrer" target="_blank" style = "color:blue;"><u>hubinternational.com</u></a> and <a href = "https://www.diveinsurance.com/" rel="noopener noreferrer" target="_blank" style = "color:blue;"><u>diveinsurance.com</u></a> TO YOUR SAFE SENDERS LIST!
<br/><br/>
You can find us at <a href = "https://www.diveinsurance.com/" rel="noopener noreferrer" target="_blank" style = "color:blue;"><u>www.diveinsurance.com</u></a>
<br/><br/><br/><br/>
This message, together with any attachments, is intended only for the use of the individual or entity to which it is addressed. It may contain information that is confidential and prohibited from disclosure. If you are not the intended recipient, you are hereby notified that any dissemination or copying of this message or any attachment is strictly prohibited. If you have received this message in error, please notify the original sender immediately by telephone or by return e-mail and delete this message, along with any attachments, from your computer. Thank You!


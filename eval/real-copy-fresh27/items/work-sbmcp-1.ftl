<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
   <head>
      <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
      <title>Welcome</title>
      <meta name="viewport" content="width=device-width, initial-scale=1.0"/>
   </head>
   <body style="margin: 0; padding: 0;">
      <table border="0" cellpadding="0" cellspacing="0" width="100%">
         <tr>
            <td style="padding: 10px 0 30px 0;">
               <table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="border: 1px solid #cccccc; border-collapse: collapse;">
                  <tr>
                     <td align="center" bgcolor="#76BA1B" style="padding: 40px 0 30px 0; color: #153643; font-size: 28px; font-weight: bold; font-family: Arial, sans-serif;">
                        <img src="https://www.freeiconspng.com/uploads/failure-icon-8.png" width="80" alt="Icon Vector Failure" />
                     </td>
                  </tr>
                  <tr>
                     <td bgcolor="#ffffff" style="padding: 40px 30px 40px 30px;">
                        <table border="0" cellpadding="0" cellspacing="0" width="100%">
                           <tr>
                              <td style="padding: 10px 0 20px 0; color: #153643; font-family: Arial, sans-serif; font-size: 16px; line-height: 20px;">
                                 Dear ${fullName}!
                              </td>
                           </tr>
                           <tr>
                              <td style="padding: 10px 0 20px 0; color: #153643; font-family: Arial, sans-serif; font-size: 16px; line-height: 20px;">
                                 Regarding Visa Credit Card Application 
                              </td>
                           </tr>
                           <tr>
                              <td style="padding: 10px 0 20px 0; color: #153643; font-family: Arial, sans-serif; font-size: 16px; line-height: 20px;">
                                 We regret to inform  you that your application #${applicationNumber} has not been approved due to below reasons.
                              </td>
                           </tr>
                           <tr>
                              <td style="padding: 10px 0 20px 0; color: #153643; font-family: Arial, sans-serif; font-size: 16px; line-height: 20px;">
                                 1. Gross Annual Income is less than 5 lakhs.
                              </td>
                           </tr>
                           <tr>
                              <td style="padding: 10px 0 20px 0; color: #153643; font-family: Arial, sans-serif; font-size: 16px; line-height: 20px;">
                                 Please submit if any additional income documents  for further application process.
                              </td>
                           </tr>
                           <tr>
                              <td style="padding: 10px 0 20px 0; color: #153643; font-family: Arial, sans-serif; font-size: 16px; line-height: 20px;">
                                 Once again,Thank you for your interest and we look forward to servicing you in the near future.
                              </td>
                           </tr>
                        </table>
                     </td>
                  </tr>
                  <tr>
                     <td bgcolor="#ee4c50" style="padding: 30px 30px 30px 30px;">
                        <table border="0" cellpadding="0" cellspacing="0" width="100%">
                           <tr>
                              <td style="color: #ffffff; font-family: Arial, sans-serif; font-size: 14px;" width="75%">
                                 Credit Card Application Team
                                 <br/>
                                 <a href="#" style="color: #ffffff;"><font color="#ffffff">New York</font></a>
                              </td>
                              <td align="right" width="25%">
                                 <table border="0" cellpadding="0" cellspacing="0">
                                    <tr>
                                       <td style="font-family: Arial, sans-serif; font-size: 12px; font-weight: bold;">
                                          <a href="http://www.twitter.com/" style="color: #ffffff;">
                                          <img src="https://s3-us-west-2.amazonaws.com/s.cdpn.io/210284/tw.gif" alt="Twitter" width="38" height="38" style="display: block;" border="0" />
                                          </a>
                                       </td>
                                       <td style="font-size: 0; line-height: 0;" width="20">&nbsp;</td>
                                       <td style="font-family: Arial, sans-serif; font-size: 12px; font-weight: bold;">
                                          <a href="http://www.twitter.com/" style="color: #ffffff;">
                                          <img src="https://s3-us-west-2.amazonaws.com/s.cdpn.io/210284/fb.gif" alt="Facebook" width="38" height="38" style="display: block;" border="0" />
                                          </a>
                                       </td>
                                    </tr>
                                 </table>
                              </td>
                           </tr>
                        </table>
                     </td>
                  </tr>
               </table>
            </td>
         </tr>
      </table>
   </body>
</html>
Time to replenish your stock for ${product.name}?
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Out of stock, are we?</title>
</head>

<body style="margin:0; padding:0; font-family:Arial, Helvetica, sans-serif; background-color:#FFFFFF;">
<table width="100%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td align="center" valign="top"><table width="500" border="0" cellspacing="0" cellpadding="0" align="center" style="font-size:13px; line-height:1.5em;">



  <tr>
    <td height="20"></td>
  </tr>
  
  
  
  
    <tr>
    <td><table width="500" border="0" cellpadding="0" cellspacing="0">
      <tr>
        <td width="222"><a href="http://www.healthkart.com?utm_source=reminderNewsletter&utm_medium=email&utm_campaign=reminder_${product.id}"><img src="http://img.healthkart.com/email/customer_reminder/images/logo.png" alt="HealthKart.com Logo" width="207" height="30" border="0" /></a></td>
        <td width="15" style="border-left: solid 1px #999999"></td>
        <td width="245" align="left" style="font-size:13px; font-weight:bold; color:#666666"><a href="http://www.healthkart.com" style="color:#666666; text-decoration:none">India's premier e-health store!</a></td>
        <td width="18">&nbsp;</td>
      </tr>
      <tr>
        <td colspan="5" height="20"></td>
      </tr>
      <tr>
        <td colspan="5"><table width="500" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #3379bb">
          <tr>
            <td width="15" bgcolor="#f7eed7" height="75">&nbsp;</td>
            <td width="470" align="left" valign="middle" bgcolor="#f7eed7"><span style="color:#f87500; font-size:24px; font-weight:bold; line-height:1em;">Out of stock, are we?</span><br />
              <span style="color:#3379bb; font-size:15px; font-weight:bold; ">It is time to replenish your stock.</span></td>
            <td width="15" bgcolor="#f7eed7">&nbsp;</td>
          </tr>
          <tr>
            <td colspan="3" height="10px"></td>
            </tr>
          <tr>
            <td>&nbsp;</td>
            <td><table width="470" border="0" cellspacing="0" cellpadding="0">
              <tr>
                <td width="147"><a href="${product_url}?utm_source=reminderNewsletter&utm_medium=email&utm_campaign=reminder_${product.id}"><img src="${product_image_url_small}"/></a></td>
                <td width="17" style="border-left:1px solid #CCCCCC">&nbsp;</td>
                <td width="306" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
                  <tr>
                    <td colspan="4"><span style="font-size:12px; font-weight:bold; color:#3379bb;"><a href="${product_url}?utm_source=reminderNewsletter&utm_medium=email&utm_campaign=reminder_${product.id}">${product.name}</a></span></td>
                    </tr>
                  <tr>
                    <td colspan="4" height="10px"></td>
                    </tr>
                  <tr>
                    <td width="33%">MRP</td>
                    <td width="35%">Our Price</td>
                    <td width="2%">&nbsp;</td>
                    <td width="30%">&nbsp;</td>
                  </tr>
                  <tr>
                    <td style="text-decoration:line-through">Rs ${product_variant.markedPrice}</td>
                    <td><strong>Rs ${product_variant.hkPrice}</strong></td>
                    <td>&nbsp;</td>
                    <td align="center" valign="middle" bgcolor="#3379bb" style="color:#FFFFFF; font-weight:bold;" height="25px"><a href="${product_url}?utm_source=reminderNewsletter&utm_medium=email&utm_campaign=reminder_${product.id}" style="color:#FFFFFF; text-decoration:none;">Buy Now</a></td>
                  </tr>
 
                </table></td>
              </tr>
            </table></td>
            <td>&nbsp;</td>
          </tr>
          <tr>
            <td colspan="3" height="10px"></td>
            </tr>
        </table></td>
      </tr>
 
      
    
      
    </table></td>
  </tr>
  
  
  
  
  
    
    <tr>
      <td align="left" height="15"></td>
    </tr>
    
    
    <tr>
      <td width="579" valign="top"><p>Dear ${user.firstName},</p>
        <p style="font-size:15px;">Greetings from Healthkart. </p>
        <p>Are you running out of ${product.name}?</p>
        <p>Reordering is super-easy at HealthKart: Click <a href="${product_url}?utm_source=reminderNewsletter&utm_medium=email&utm_campaign=reminder_${product.id}">here</a> and we will get your product delivered at your doorstep!</p>
        <p>Pay by credit / debit card or Cash on Delivery.</p>
        <p>Stay Healthy,<br />
          Team HealthKart<br />
        </p></td>
    </tr>
    <tr>
      <td height="10"></td>
    </tr>
    
</table></td>
  </tr>
  <tr>
    <td  bgcolor="#b8b8b8" style="border-top: solid #606060 2px"><table width="500" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td height="70" colspan="3" align="left" valign="middle"><a href="http://www.healthkart.com/"><img src="http://img.healthkart.com/email/customer_reminder/images/hk_logo_bw.jpg" alt="HealthKart.com logo" width="178" height="28" border="0" /></a></td>
        <td width="312" align="right" valign="middle" style="color:#606060; font-weight:bold; font-size:13px;"><a href="http://www.healthkart.com/" style="color:#606060; text-decoration:none;">www.healthkart.com</a></td>
      </tr>
      <tr>
        <td width="106" height="60" style="border-top: solid #929292 1px; color:#606060; font-size:13px;">Spread the word:</td>
        <td width="39" align="left" valign="middle" style="border-top: solid #929292 1px"><a href="http://www.facebook.com/healthkart"><img src="http://img.healthkart.com/email/customer_reminder/images/facebook.png" alt="facebook" width="32" height="32" border="0" /></a></td>
        <td width="43" align="left" valign="middle" style="border-top: solid #929292 1px"><a href="http://twitter.com/healthkart"><img src="http://img.healthkart.com/email/customer_reminder/images/twitter.png" alt="twitter" width="32" height="32" border="0" /></a></td>
        <td align="right" valign="middle" style="border-top: solid #929292 1px; color:#606060; font-size:13px;">e: <a href="mailto:info@healthkart.com" style="color:#606060">info@healthkart.com</a> &nbsp;| &nbsp;t: 0124-4616444</td>
      </tr>
    </table></td>
  </tr>
  <tr>
    <td align="center" valign="middle" style="border-top: solid #FFFFFF 2px; font-size:11px; text-align:center; color:#929292; padding:10px"> 

      Parsvanath Arcadia, 1 MG Road, Sector 14, Gurgaon, Haryana, INDIA<br />
    © 2013 HealthKart.com. All Rights Reserved. </td>
  </tr>
</table>
</body>
</html>

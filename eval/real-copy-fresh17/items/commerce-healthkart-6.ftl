Free Shaker & Blender bottle worth Rs. 600 with ${product_name}
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Abandoned Cart</title>
</head>

<body style="margin:0; padding:0; font-family:Arial, Helvetica, sans-serif; background-color:#FFFFFF;">
<table width="100%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td align="center" valign="top"><table width="500" border="0" cellspacing="0" cellpadding="0" align="center" style="font-size:13px; line-height:1.75em;">



  <tr>
    <td height="20"></td>
  </tr>
  
  
  
  
    <tr>
    <td><table width="500" border="0" cellpadding="0" cellspacing="0">
      <tr>
        <td width="222"><a href="http://www.healthkart.com"><img src="http://img.healthkart.com/email/logos/logo.png" alt="HealthKart.com Logo" width="207" height="30" border="0" /></a></td>
        <td width="15" style="border-left: solid 1px #999999"></td>
        <td width="245" align="left" style="font-size:13px; font-weight:bold; color:#666666"><a href="http://www.healthkart.com?utm_source=abandonedCartReminder&utm_medium=email&utm_campaign=abandonedCart_nutrition_s6_${product_id}" style="color:#666666; text-decoration:none">India's premier e-health store!</a></td>
        <td width="18">&nbsp;</td>
      </tr>
      <tr>
        <td colspan="5" height="10"></td>
      </tr>
      <tr>
        <td colspan="5"><a href="http://www.healthkart.com?utm_source=abandonedCartReminder&utm_medium=email&utm_campaign=abandonedCart_nutrition_s6_${product_id}"><img src="almost_there.jpg" width="500" height="148" alt="You were almost there! Still waiting for you..." border="0" /></a></td>
      </tr>
 
      
    
      
    </table></td>
  </tr>
  
  
  
  
  
    
    <tr>
      <td align="left" height="15"></td>
    </tr>
    <tr>
      <td width="579" valign="top">Hey ${user_name}<br />
         
        <br />
        We noticed that you're interested in purchasing ${product_name}. May be something was wrong at our end the last time you tried to make a purchase. This time we are offering you a free HK shaker & blender bottle worth Rs. 600 on purchase.</td>
    </tr>
    <tr>
      <td height="15"></td>
    </tr>
    <tr>
      <td><table width="500" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #3379bb">
          
          <tr>
            <td colspan="3" height="10px"></td>
            </tr>
          <tr>
            <td width="15">&nbsp;</td>
            <td width="470"><table width="470" border="0" cellspacing="0" cellpadding="0">
              <tr>
                <td width="147"><img src="http://healthkart-prod.s3.amazonaws.com/23/2212_s.jpg"  /></td>
                <td width="17" style="border-left:1px solid #CCCCCC">&nbsp;</td>
                <td width="306" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
                  <tr>
                    <td colspan="4"><span style="font-size:12px; font-weight:bold; color:#3379bb;">ON Gold Standard 100% whey protein with free HK shaker & blender bottle</span></td>
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
                    <td style="text-decoration:line-through">Rs. 3199</td>
                    <td><strong>Rs. 2399</strong></td>
                    <td>&nbsp;</td>
                    <td align="center" valign="middle" bgcolor="#3379bb" style="color:#FFFFFF; font-weight:bold;" height="25px"><a href="${product_url}?utm_source=abandonedCartReminder&utm_medium=email&utm_campaign=abandonedCart_nutrition_s6_${product_id}" style="color:#FFFFFF; text-decoration:none;">Buy Now</a></td>
                  </tr>
 
                </table></td>
              </tr>
            </table></td>
            <td width="15">&nbsp;</td>
          </tr>
          <tr>
            <td colspan="3" height="10px"></td>
            </tr>
        </table></td>
    </tr>
    <tr>
      <td height="15"></td>
    </tr>
    <tr>
      <td height="15">Ordering is super-easy at HealthKart: <a href="${product_url}?utm_source=abandonedCartReminder&utm_medium=email&utm_campaign=abandonedCart_nutrition_s6_${product_id}">Click here</a> and we will get your product delivered at your doorstep.<br />
        <br />
Pay by Credit/Debit Card, Net Banking or choose Cash on Delivery.<br />
<br />
Yours' forever in Health !<br />
Team HealthKart</td>
    </tr>
    
    <tr>
      <td height="15"></td>
    </tr>
</table></td>
  </tr>
  <tr>
    <td  bgcolor="#b8b8b8" style="border-top: solid #606060 2px"><table width="500" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td height="70" colspan="3" align="left" valign="middle"><a href="http://www.healthkart.com?utm_source=abandonedCartReminder&utm_medium=email&utm_campaign=abandonedCart_nutrition_s6_${product_id}"><img src="http://img.healthkart.com/email/logos/logo.png" alt="HealthKart.com logo" width="178" height="28" border="0" /></a></td>
        <td width="312" align="right" valign="middle" style="color:#606060; font-weight:bold; font-size:13px;"><a href="http://www.healthkart.com?utm_source=abandonedCartReminder&utm_medium=email&utm_campaign=abandonedCart_nutrition_s6_${product_id}" style="color:#606060; text-decoration:none;">www.healthkart.com</a></td>
      </tr>
      <tr>
        <td width="106" height="60" style="border-top: solid #929292 1px; color:#606060; font-size:13px;">Spread the word:</td>
        <td width="39" align="left" valign="middle" style="border-top: solid #929292 1px"><a href="http://www.facebook.com/healthkart"><img src="http://img.healthkart.com/email/logos/facebook.png" alt="facebook" width="32" height="32" border="0" /></a></td>
        <td width="43" align="left" valign="middle" style="border-top: solid #929292 1px"><a href="http://twitter.com/healthkart"><img src="http://img.healthkart.com/email/logos/twitter.png" alt="twitter" width="32" height="32" border="0" /></a></td>
        <td align="right" valign="middle" style="border-top: solid #929292 1px; color:#606060; font-size:13px;">e: <a href="mailto:info@healthkart.com" style="color:#606060">info@healthkart.com</a> &nbsp;| &nbsp;t: +91 124 4551616</td>
      </tr>
    </table></td>
  </tr>
  <tr>
    <td align="center" valign="middle" style="border-top: solid #FFFFFF 2px; font-size:11px; text-align:center; color:#929292; padding:10px"> 

      Parsvanath Arcadia, 1 MG Road, Sector 14, Gurgaon, Haryana, INDIA<br />
    © 2011 HealthKart.com. All Rights Reserved. </td>
  </tr>
</table>
</body>
</html>

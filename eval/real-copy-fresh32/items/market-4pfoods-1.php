									<table width="600" border="0" cellpadding="0" cellspacing="0" align="right" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt;" class="full">
										<tr>
											<td width="100%" height="30"></td>
										</tr>
										<tr>
											<td width="100%" style="font-size: 18px; color: #2f2f2d; text-align: left; text-transform: uppercase; font-family: 'Montserrat', Helvetica, Arial, sans-serif; line-height: 24px; vertical-align: top;"class="textCenter" >	
												<span >Come back and get $20 off</span>							
											</td>
										</tr>
										<tr>
											<td width="100%" height="15"></td>
										</tr>
										<tr>
											<td width="100%" style="font-size: 14px; color: #2f2f2d; text-align: left; font-family: 'PT Mono', Helvetica, Arial, sans-serif; line-height: 24px; vertical-align: top;" class="textCenter">
													
												<span >
													Hey [firstname],<br><br>
													
													Come back and get $20 off your first bag.
													
													Use the discount code (during checkout by selecting "Have a promo code?") - JOINTODAY
													
													<br><br>
													<a href="https://wwws.4pfoods.com/gateway/signup/1" style="color: #648f25">Sign Up</a>
												</span>
								
											</td>
										</tr>
									</table>

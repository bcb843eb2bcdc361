									<table width="600" border="0" cellpadding="0" cellspacing="0" align="right" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt;" class="full">
										<tr>
											<td width="100%" height="30"></td>
										</tr>
										<tr>
											<td width="100%" style="font-size: 18px; color: #2f2f2d; text-align: left; text-transform: uppercase; font-family: 'Montserrat', Helvetica, Arial, sans-serif; line-height: 24px; vertical-align: top;"class="textCenter" >	
												<span>Your subscription has been canceled</span>							
											</td>
										</tr>
										<tr>
											<td width="100%" height="15"></td>
										</tr>
										<tr>
											<td width="100%" style="font-size: 14px; color: #2f2f2d; text-align: left; font-family: 'PT Mono', Helvetica, Arial, sans-serif; line-height: 24px; vertical-align: top;" class="textCenter">
													
												<span >
													Hey [firstname],<br><br>
													
													We have processed a cancelation for the following subscription:<br><br>
												  [product] - [price]/delivery<br><br>
													
													Please take a moment to tell us why you have decided to cancel, we would really appreciate your feedback.<br><br>
													
													<a href="https://4pfoods.wufoo.com/forms/m1mb585m0bsrieg/">Give Feedback</a>
													
													<br><br>
													Best -
													
                          <br>
													The 4P Foods Team
												</span>
								
											</td>
										</tr>
									</table>

									<table width="600" border="0" cellpadding="0" cellspacing="0" align="right" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt;" class="full">
										<tr>
											<td width="100%" height="30"></td>
										</tr>
										<tr>
											<td width="100%" style="font-size: 18px; color: #2f2f2d; text-align: left; text-transform: uppercase; font-family: 'Montserrat', Helvetica, Arial, sans-serif; line-height: 24px; vertical-align: top;"class="textCenter" >	
												<span>You have skipped an order</span>							
											</td>
										</tr>
										<tr>
											<td width="100%" height="15"></td>
										</tr>
										<tr>
											<td width="100%" style="font-size: 14px; color: #2f2f2d; text-align: left; font-family: 'PT Mono', Helvetica, Arial, sans-serif; line-height: 24px; vertical-align: top;" class="textCenter">
													
												<span >
													Hey [firstname],<br><br>
													
													We see you have scheduled a skipped delivery as follows:<br><br>
												  [product] - [date]<br><br>
													
													That’s cool with us if it’s cool with you. You can always change this by viewing your schedule in your account.<br><br>
													
													<br><br>
													Best -
                          <br>
													The 4P Foods Team
												</span>
								
											</td>
										</tr>
									</table>

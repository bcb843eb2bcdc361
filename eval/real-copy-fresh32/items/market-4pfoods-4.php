									<table width="600" border="0" cellpadding="0" cellspacing="0" align="right" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt;" class="full">
										<tr>
											<td width="100%" height="30"></td>
										</tr>
										<tr>
											<td width="100%" style="font-size: 18px; color: #2f2f2d; text-align: left; text-transform: uppercase; font-family: 'Montserrat', Helvetica, Arial, sans-serif; line-height: 24px; vertical-align: top;"class="textCenter" >	
												<span >Don't forget to bring your bag</span>							
											</td>
										</tr>
										<tr>
											<td width="100%" height="15"></td>
										</tr>
										<tr>
											<td width="100%" style="font-size: 14px; color: #2f2f2d; text-align: left; font-family: 'PT Mono', Helvetica, Arial, sans-serif; line-height: 24px; vertical-align: top;" class="textCenter">
													
												<span >
													Hey [firstname],<br><br>
													
													 We just wanted to remind you that tomorrow is delivery day.Don't forget to bring your bag/box back to us! Simply return your bags to the same location that we deliver so tomorrow we can grab the old ones, drop off the new ones, and be on our way. We sanitize and reuse them when they’re in good shape, so thanks in advance for helping to make that possible.
													If you need any help, please do not hesitate to reach out at anytime.
													
													<br><br>													
													If you need any help, please do not hesitate to reach out at anytime.
												</span>
								
											</td>
										</tr>
									</table>

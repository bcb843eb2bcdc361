<!-- END MODULE: Menu 9 -->

<table border='0' cellspacing='0' cellpadding='0' style='mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 100%;' width='100%'>
	<tbody>
		<tr>
			<td style='vertical-align: top; padding: 0; height: 8px; -webkit-text-size-adjust: 100%; font-size: 8px; line-height: 8px;' valign='top'>&nbsp;</td>
        </tr>
	</tbody>
</table>
<table border='0' cellpadding='0' cellspacing='0' style='mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 100%;' width='100%'>
	<tbody>
		<tr>
			<td class='pc-cta-box-s4' style='vertical-align: top; background-color: #ffffff; border-radius: 8px; box-shadow: 0 2px 4px 0 rgba(0, 0, 0, 0.1)' valign='top' bgcolor='#ffffff'>
				<table border='0' cellpadding='0' cellspacing='0' style='mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 100%;' width='100%'>
					<tbody>
						<tr>
							<td class='pc-cta-box-in' style='vertical-align: top; padding: 42px 40px 35px;' valign='top'>
								<table class='pc-cta-s1' border='0' cellpadding='0' cellspacing='0' style='mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 100%;' width='100%'>
                                    <tbody>

										<tr>
											<td style='vertical-align: top; height: 12px; font-size: 12px; line-height: 12px;' valign='top'>&nbsp;</td>
										</tr>
										<tr>
											<td class='pc-cta-title pc-fb-font' style='vertical-align: top; font-family: Fira San, Helvetica, Arial, sans-serif; font-size: 36px; font-weight: 900; line-height: 1.28; letter-spacing: -0.6px; color: #151515; text-align: left;' valign='top' align='left'> Oops! You’ve forgotten something in your cart!</td>
										</tr>

										<tr>
											<td style='vertical-align: top; height: 20px; line-height: 20px; font-size: 20px;' valign='top'>&nbsp;</td>
										</tr>
										<tr>
											<td class='pc-cta-text pc-fb-font' style='vertical-align: top; font-family: Fira San, Helvetica, Arial, sans-serif; font-size: 18px; font-weight: 400; line-height: 1.56; color: #9B9B9B; text-align: left;' valign='top' align='left'> Oh no! You haven’t completed your purchase! Your shopping cart has been reserved for a while and is waiting for your return! </td>
										</tr>

										<tr>
											<td class='pc-fb-font' style='vertical-align: top; padding: 30px 15px 30px 0; font-family: Fira Sans, Helvetica, Arial, sans-serif; font-size: 24px; font-weight: 700; line-height: 1.42; letter-spacing: -0.4px; color: #151515; border-bottom:1px solid #e0e0e0;' valign='top'>To complete your purchase, click this link:  <a href='{$orderback_link}' >Your abandoned cart</a> </td>
										</tr>
										<tr>
											<td class='pc-fb-font' style='vertical-align: top; padding: 10px 0 0 0; font-family: Fira Sans, Helvetica, Arial, sans-serif; font-size: 14px; font-weight: 400; line-height: 1.89; letter-spacing: -0.3px; color: #151515;' valign='top'>In case you couldn’t finish your order due to technical issues, or because you need some help, feel free to contact our support at <a href='mailto:info@reimstore.com'>info@reimstore.com</a></td>
										</tr>
										<tr>
											<td class='pc-fb-font' style='vertical-align: top; padding: 5px 0 20px 0; font-family: Fira Sans, Helvetica, Arial, sans-serif; font-size: 14px; font-weight: 400; line-height: 1.89; letter-spacing: -0.3px; color: #151515;' valign='top'>Thank you for shopping with us! </td>
										</tr>

									</tbody>
								</table>
							</td>
						</tr>
					</tbody>
				</table>
			</td>
		</tr>
	</tbody>
</table>
				  
				   <!-- END MODULE: Call to action 5 -->
 
<html>
	<body>
		<table width="100%" bgcolor="#e0e0e0" cellpadding="0" cellspacing="0" border="0">
			<tr>
				<td>
					<table align="center" width="100%" border="0" cellpadding="0" cellspacing="0" style="max-width:650px; background-color:#fff; font-family:Verdana, Geneva, sans-serif;">
						<thead>
							<tr height="80">
								<th colspan="4" style="background-color:#ccc; border-bottom:solid 1px #aaa; font-family:Verdana, Geneva, sans-serif; color:#333; font-size:34px;" >
									%heading%: Server Request
								</th>
							</tr>
						</thead>
						<tbody>
							<tr>
								<td colspan="4" style="padding:15px;">
									<p style="font-size:20px;">Hello %client%,</p>
									<p style="font-size:15px; font-family:Verdana, Geneva, sans-serif;">You will receive an answer from us soon.</p>
								</td>
							</tr>
							<tr align="center" height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#ddd;">
								<td colspan="4" style="text-align:center;border-bottom:solid 1px #aaa;">
									Details
								</td>
							</tr>
							<tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									E-Mail
								</td>
								<td>
									%client%
								</td>
							</tr>
							<tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									Password
								</td>
								<td>
									%password%
								</td>
							</tr>
							<tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									Server Name
								</td>
								<td>
									%serverCreateServername%
								</td>
							</tr>
							<tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									Server IP
								</td>
								<td>
									%ip%
								</td>
							</tr>
							<tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									Server Port
								</td>
								<td>
									%serverCreatePort%
								</td>
							</tr>
							<tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									Server Slots
								</td>
								<td>
									%serverCreateSlots%
								</td>
							</tr>
                            <tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									Reserved Slots
								</td>
								<td>
									%serverCreateReservedSlots%
								</td>
							</tr> 
							<tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									Server Password
								</td>
								<td>
									%serverCreatePassword%
								</td>
							</tr>
                            <tr height="20" style="font-family:Verdana, Geneva, sans-serif;background-color:#eee;">
								<td>
									Welcome Message
								</td>
								<td>
									%serverCreateWelcomeMessage%
								</td>
							</tr>
							<tr>
								<td colspan="4" style="padding:15px;">
									<p style="font-size:15px; font-family:Verdana, Geneva, sans-serif;">Sincerely,<br/>%heading%</p>
								</td>
							</tr>
							<tr height="40">
								<td colspan="4" align="center" style="background-color:#ccc; border-top:solid 1px #aaa; font-size:12px; ">
									(c) by L.Gmann
								</td>
							</tr>
						</tbody>
					</table>
				</td>
			</tr>
		</table>
	</body>
</html>
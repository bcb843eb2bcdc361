<%@ taglib uri="/WEB-INF/struts-logic.tld" prefix="logic"%>
<%@ taglib uri="/WEB-INF/struts-html.tld" prefix="html"%>
<%@ taglib uri="/WEB-INF/struts-bean.tld" prefix="bean"%>

<div id="Content">
	<div class="holder">

		<div class="steps">
			<h2>
				Payment Failure
			</h2>

		</div>
		<div class="formwrap">
			<span class="tl"></span>
			<span class="tr"><span></span>
			</span>

			<div class="formcon">
				<div class="edit">
					<div class="function right">
						<span class="tl"></span>
						<span class="tr"><span></span>
						</span>
						<span class="bl"></span>
						<span class="br"></span>
					</div>
				</div>

				<div>
					<p>
						<strong>You are seeing this page as you have failed to
							make successful payment.<a href="getpayment.do">Click here</a> to try again.</strong>
					</p>
				
			
					<p>
						Further information regarding the appeal process can be found on
						<a href="http://www.justice.gov.uk/" target="_blank">www.justice.gov.uk</a>
						and on the guidance notes accompanying the appeal form.
					</p>

				

				</div>

				<span class="bl"></span>
				<span class="br"></span>
			</div>
		</div>

	</div>
</div>

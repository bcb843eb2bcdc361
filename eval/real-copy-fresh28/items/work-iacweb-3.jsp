<%@ taglib uri="/WEB-INF/struts-logic.tld"  prefix="logic" %>
<%@ taglib uri="/WEB-INF/struts-html.tld" prefix="html" %>
<%@ taglib uri="/WEB-INF/struts-bean.tld" prefix="bean" %>

<html:xhtml/>
<div id="Content">
	<div class="holder">

		<div id="screening">
			<p>You are unable to lodge your appeal on line at this time. If you wish to make an appeal you should now complete the appeal form given to you and <br/> return it to the address on the form. If you have not been given an appeal form you can go to <a href="https://www.gov.uk/browse/visas-immigration/immigration-appeals">'https://www.gov.uk/browse/visas-immigration/<br/>immigration-appeals'</a> for  more information.</p>
		</div>

		<div class="submitc">
			<div class="function previous">
				<span class="tl"></span>
				<span class="tr"><span></span></span>
				<a href="formoptions.do">previous<span class="access">page</span></a>
				<span class="bl"></span>
				<span class="br"></span>
			</div>
		</div>

	</div>
</div>
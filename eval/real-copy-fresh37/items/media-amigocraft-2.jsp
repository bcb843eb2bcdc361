<%@ page isErrorPage="true" %>

<%@ include file="/templates/header.jsp" %>
<meta content="noindex" name="robots">
<div id="pagetitle">403 Forbidden</div>
You don't have permission to access the requested resource. Here's what the server says:
<br><br>
<span style="font-family:Courier New,monospace;">
	${requestScope['javax.servlet.error.message']}
</span>
<br><br>
If you think this is a mistake, <a href="mailto:mproncace@gmail.com">shoot me an email</a> so I can fix it.
<%@ include file="/templates/footer.jsp" %>
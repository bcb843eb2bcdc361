<%@ include file="/templates/header.jsp" %>
<div id="pagetitle">Help</div>
<i>The server is laggy!</i>
<br>
It's extremely unlikely that any lag you experience is server-side. That being said, certain elements in our spawn may impact client-side performance. Moving further away from it may improve such lag. Additionally, it may be the result of a poor connection to the server.
<br><br>
<i>The server is down!</i>
<br>
If the server goes down, it's likely due to us testing something, and will be up again within minutes.
<br><br>
<i>I've been banned, but I want to keep playing on your server! May I appeal?</i>
<br>
Certainly. There's a section called "Ban Appeals" in the forums, which you may post to if you've been banned. Please know that creating an appeal does not necessarily mean you will be unbanned; it's there as a way for wrongly banned players to reverse the ban. If you were banned for something like advertisement or minor spamming or griefing, there's a good chance your appeal will be successful. But, if you take out, say, an entire house, you most likely will not be rejoining the server any time soon.
<br><br>
<i>How can I donate?</i>
<br>
Click that "Donate" link at the top of the page. He's a nice guy; he'll tell you all about it.
<%@ include file="/templates/footer.jsp" %>
We received your request [{{ $ticket->number }}]:

{{ $replyBody }}

---
Your message:

{{ $originalMessageBody }}

---
To reply, respond to this email or include [{{ $ticket->number }}] in the subject line.

Your support request {{ $ticket->number }} has been resolved.

How satisfied were you with our support?

Rate us:
1 - {{ $rateUrls[1] }}
2 - {{ $rateUrls[2] }}
3 - {{ $rateUrls[3] }}
4 - {{ $rateUrls[4] }}
5 - {{ $rateUrls[5] }}

Or leave detailed feedback: {{ $surveyUrl }}

Thank you,
Support Team

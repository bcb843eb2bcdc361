Our system has detected a sign-in from a new device and/or browser.

**Operating System:** {{ $operating_system }}

**Browser:** {{ $browser }}

**IP Address:** <a href="https://www.google.com/search?q=what%27s+my+ip&oq=what%27s&aqs=chrome.0.69i59j69i57.1316j0j1&sourceid=chrome&ie=UTF-8">{{ $ip_address }}</a>

**Date and Time:** {{ $timestamp }}

This notification may have been triggered if you recently cleared your cookies, used a different internet browser, or used your browser's privacy mode (e.g. Incognito Mode or Private Browsing).

If you do not recognize this log-in attempt, we urge you to change your password and consider enabling Two-Factor Authentication, if you haven't already. Please don't hesitate to contact us at support@firmexchange.com if you have any questions or concerns.


Hi there, I haven't heard from you in a while, and your ebook's Github repo hasn't had any activity for a while either. So, I'm assuming production is either stalled or abandoned, and I'm putting your ebook back on our wanted list so someone else can work on it.

If you're still actively making timely progress on your ebook, please let me know and I'm happy to put your ebook back in the "in production" list for as long as you need. Otherwise, there's nothing else you need to do.

Have a good one!

<h1>Hey, {{{ $name }}}!</h1>
<p>
    You participated in the last ten.java, so we thought you may be interested in news about the next one! If you'd like
    to get periodic emails about the next contest, <a href="https://tenjava.com/subscribe">subscribe</a> to our mailing
    list! You won't be getting emails every day or anything like that; no, when there's big news, you'll get a summary
    email about what's new. If you don't like it, you can unsubscribe at any time, so no worries.
</p>
<p>
    If you don't sign up for the mailing list, this will be the last email we'll send you. If so, have a good day! We
    hope you decide to stay in touch, though. :)
</p>
<p>
    See you soon,<br/>
    The ten.java Team
</p>

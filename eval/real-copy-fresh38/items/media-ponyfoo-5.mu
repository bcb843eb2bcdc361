<h1>{{blog.title}} Subscription</h1>

<p>
    You are subscribing to <a href='{{{blog.authority}}}'>{{blog.title}}</a>
</p>
<p>
    Follow <a href='{{{confirm.link}}}'>this link</a> to confirm your email address subscription.
</p>
<p style='padding-top: 15px;'>
    <a href='{{{confirm.link}}}'>{{{confirm.link}}}</a>
</p>
<p>
    We vow to never send you spam. Promise!
</p>
<p style='padding-top: 25px;'>No further action is required to ignore this request</p>
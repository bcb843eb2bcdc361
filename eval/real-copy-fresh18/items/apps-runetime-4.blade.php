<div class='wrapper'>
    <p class='lead text-danger'>
        We're having server issues right now!
    </p>
    <p class='text-info'>
        It looks like our server is experiencing issues.  Maybe the issue is fixed now?
    </p>
    <p>
        {{HTML::link(Utilities::URL(),'Back to Homepage',['class'=>'btn btn-info btn-lg','role'=>'button'])}}
    </p>
</div>

<div class="container">
    <div class="row">
        <div class="col-md-10 col-md-offset-1">
            <div class="panel panel-default">

            <h3>Hi! </h3>
            <div>
                <p>
                Thanks so much for subscriber for the newsletter!  You’re joining an amazing community of ours products promotions. 
                </p>
                <p>
                Here’s what to expect: every Tuesday you’ll get an email with a collection of our best content with actionable advice and food for thought to help you get more done.
                </p>
                <p>
                Oh, by the way, let’s introduce ourselves before we get going. 
                </p>
                <p>            
                We’d love to chat. Just hit reply to this email or any of our newsletters to get in touch with feedback, questions, or ideas for us!
                </p>
                <p>
                Have an awesome day!
                </p>
            </div>
        </div>
    </div>
</div>


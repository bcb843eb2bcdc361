<p>Hi <?= $first_name ?>,</p>

<p>
    We're sad to see you downgrade, but we hope you will enjoy everything the
    <?= $new_plan_name ?> Plan has to offer!
</p>

<p>
    Thanks for trying the <?= $old_plan_name ?> Plan. Let us know if there is anything we can do to
    improve your experience!
</p>

<p>
    If you have not already, could you spare 30 seconds to tell us one thing you'd change about Tailwind?
</p>

<p>
    <a href="https://tailwindapp.wufoo.com/forms/mwiagda0j4t4du/">Tell Us How You Feel</a>
</p>

<p>Cheers,</p>

<p>The Tailwind Team</p>
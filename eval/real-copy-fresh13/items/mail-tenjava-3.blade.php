Hi there,

With the contest fast approaching, we’re sending an email out to everyone who has signed up with some information.

Right now, we know this much about your participant entry:

@if ($t1)
You’ve signed up for time 1. Time 1 runs from 07/12/2014 00:00:00 to 07/12/2014 10:00:00 (UTC). All dates are in mm/dd/yyyy form. If you’d like to see your selected time in your local timezone, visit https://tenjava.com/times/select. We also have a countdown on https://tenjava.com.
@endif
@if ($t2)
You’ve signed up for time 2. Time 2 runs from 07/12/2014 09:00:00 to 07/12/2014 19:00:00 (UTC). All dates are in mm/dd/yyyy form. If you’d like to see your selected time in your local timezone, visit https://tenjava.com/times/select. We also have a countdown on https://tenjava.com.
@endif
@if ($t3)
You’ve signed up for time 3. Time 3 runs from 07/12/2014 14:00:00 to 07/13/2014 00:00:00 (UTC). All dates are in mm/dd/yyyy form. If you’d like to see your selected time in your local timezone, visit https://tenjava.com/times/select. We also have a countdown on https://tenjava.com.
@endif
@if (!$t1 && !$t2 && !$t3)
    You haven’t yet chosen a time. If you don’t choose by Friday July 11th at 22:00 (UTC), you’ll be unable to participate in the ten.java contest and your entry will be discarded. To choose a time, visit https://tenjava.com/times/select.
@endif

When the contest starts, themes will be available to view at https://tenjava.com/themes and will be revealed at the start of each timeslot. Push access will be granted shortly before the start of each timeslot.

If you haven't already, we recommend checking the wiki at https://tenjava.com/wiki to ensure you're all ready to go.

Best of luck with your submission!

Regards,
The ten.java Team
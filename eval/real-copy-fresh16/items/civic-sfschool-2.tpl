
Dear {$parent_1_Name}{if $parent_2_Name} and {$parent_2_Name}{/if}:

Your Parent Teacher Conference meeting for {$childName} with {$advisorName} is scheduled for {$dateTime}.

If you are unable to attend this meeting, please contact {$advisorName}{if $advisorEmail} at {$advisorEmail}{/if}.

Thank you

The San Francisco School

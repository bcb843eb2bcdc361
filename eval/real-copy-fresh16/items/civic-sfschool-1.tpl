
Dear {$parent_1_Name}{if $parent_2_Name} and {$parent_2_Name}{/if}:

We noticed that you did not sign out your child {$childName} from Extended Day on the signout system
on the following days:

{$days}

If you don't sign out your child, the system will automatically charge you the full amount of
2 Activity Blocks. However, it is also very important to let us know you have picked up your
child in the event of an emergency, because our staff will conduct a search and rescue of everyone
still listed as in attendance of Extended Day. By allowing the search team to focus on only those
actually still in school will speed up our response time.

If you have any questions about Extended Care, please contact {$extendedCareCoordinatorName} at

{$extendedCareCoordinatorEmail}

Thank you

{$extendedCareCoordinatorName}
The San Francisco School

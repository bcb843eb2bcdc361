Hi there, {{{ $user }}}.

Thank you for your recent judge application. After carefully considering all of the candidates, we have made the decision to not accept your application at this time. Please don’t take this as anything personal; we have to ensure the number of judges involved does not become unmanageable for the organizational staff, so there is a limit to the number of people we can take on right now.

You’re still very welcome to help with creating the documentation, writing the rules, and providing feedback. You may also sign up as a participant now, via the website, since your judge application has been processed.

We’d like to thank you for applying and offering your help. If you choose to sign up as a participant, we wish you the best of luck!

Thank you for your interest,
The ten.java Team
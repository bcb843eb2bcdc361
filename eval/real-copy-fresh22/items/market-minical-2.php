Hi <?php echo $first_name; ?>, 

Our system reports that there hasn't been much activity on your account, and we are deeply concerned about this. 

If our system isn't providing enough value to your business, we apologize for it and would appreciate knowing what we can do to serve you better. 
Even if you are no longer interested in Minical, we would still love to hear your advice and feedback. 
We firmly believe that listening to our customers is the best way to improve our product. 
If you are interested in helping us to improve, please let me know the best time to contact you. I will make the phone call personally. 

Sincerely, 


Jaeyun Noh 
Founder, Minical Inc.

Email: jaeyun@minical.io 


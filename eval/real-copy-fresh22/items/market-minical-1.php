Hi <?php echo $first_name; ?>,

We noticed that you haven't logged in for last 3 days.
We are deeply concerned about this, and we want to know how we can help.
We firmly believe that listening to our customers is the best way to improve our product. 
Please do not hesistate to contact me directly.

Sincerely, 


Jaeyun Noh 
Founder, Minical Inc. 

Phone: +1 (403) 708 0563 
Email: jaeyun@minical.io

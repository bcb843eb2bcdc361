Hi <?php echo $first_name; ?>,

It has been a while since you started using Minical. Do you find it beneficial to your business?
If your answer is yes, then would you be interested in sharing what you liked the best about using Minical?
We'd love to feature your testimonial on our website, www.minical.io. It would be a great exposure for your hotel. 

To help you get started, here's some ideas of what you can include in a written testimonial 
What problems you were facing before using Minical
How did Minical solve those problems
Results you are seeing after using Minical
What the process of working with me like
How you feel about the end result
Also, please send us photos of your property that you would like to see on our website along with the testimonial.

We're looking forward to hearing from you and adding your story to our list of satisfied customers! 

Thanks in advance for your time! 
Sincerely, 

Minical Team

support@minical.io
Dear {{ $name }},

We wanted to reach out to personally thank you for donating {{ $somme }} DH to our organization {{ $nameOrganization }}. Your generosity is truly appreciated and will make a significant impact on the lives of those we serve.
We understand that there are countless causes vying for your attention and resources, and we are grateful that you have chosen to support us. Your donation will go directly towards funding our mission and helping us to make a real difference in the world.
We would like to assure you that your donation is being put to good use, and that we are committed to being accountable and transparent with how we use your contributions. If you have any questions or would like to learn more about the impact of your donation, please do not hesitate to reach out to us.
Once again, thank you for your kindness and generosity. Your support means the world to us, and we are deeply grateful for your commitment to our cause.
Warm regards,


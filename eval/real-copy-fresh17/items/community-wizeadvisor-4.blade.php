<!DOCTYPE html>
<html>

<head>
    <title>wiseAdvizor</title>
</head>

<body>
    <h1>Dear {{ $details['name'] }},</h1>
    <p>We're thrilled to welcome you to wiseAdvizor, your trusted partner in the pursuit of success! 🚀
    </p><br />
    <p>At wiseAdvizor, we understand that the journey of entrepreneurship growth can be both exciting and challenging.
        That's why we're here to provide you with the support and guidance you need to navigate your path effectively.
    </p><br />

    <div class="card text-center mt-5">
        <div class="card-body">
            <h3 class="card-text"><b>What is wiseAdvizor?</b></h3>
            <p class="card-title">wiseAdvizor is a platform designed to connect you with experienced mentors who are
                eager to share their expertise and insights. It's your gateway to:
            </p><br />
            <p class="card-title">🌟 1:1 Mentorship: Connect with seasoned mentors who are passionate about helping you
                succeed.
            </p><br />
            <p class="card-title">🌟 Personalized Guidance: Receive tailored advice and feedback to address your
                specific needs and goals.
            </p><br />
            <p class="card-title">🌟 Accelerated Growth: Fast-track your journey with the wisdom of industry experts.
            </p><br />
            <h3 class="card-title"><b> How It Works?</b>
            </h3>
            <p class="card-title">Not sure how to begin? No worries! We've prepared a detailed guide on how WiseAdvizor
                works. Just <a href="https://www.youtube.com/watch?v=b0bbWANuJ2A"> click here </a> to learn more.
            </p><br />
            <h3 class="card-title"><b>Why Choose wiseAdvizor?</b>
            </h3>
            <p>Our mission is to empower you to achieve your dreams. Whether you're an aspiring entrepreneur, a seasoned
                professional, or someone on a personal growth journey, we believe that mentorship is the key to
                unlocking your full potential.
            </p><br />
            <p>Your journey with wiseAdvizor is just beginning, and we can't wait to see you thrive. Remember, success
                is not a solo journey; it's a collaborative effort, and we're here to support you every step of the way.
            </p><br />
            <p>If you have any questions or need assistance, don't hesitate to reach out to our support team at <a
                    href="mailto:info@wiseadvizor.com" target="_blank">info@wiseadvizor.com</a>.
            </p><br />
            <p>Once again, welcome to wiseAdvizor! Your path to success starts now. 🌟
            </p><br />
        </div>
    </div>
    <p>Warm regards, <br />wiseAdvizor Team <br /><a href="mailto:info@wiseadvizor.com"
            target="_blank">info@wiseadvizor.com</a>.
    </p>
</body>
</html>
export const TicketTemplate = () => {
    return `
    <!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Ticket Confirmation</title>
</head>

<body>
    <div>
        <p>Greetings, Future-Conference-Goer!<br/><br />

            You're a part of the first round of people who have snagged tickets to the biggest event on campus, and we can’t wait to see you at the conference.<br/><br/>

            We've noticed some of you could not get a confirmation through the website, as it couldn’t handle the traffic. Our sincere apologies for the inconvenience, please consider this email to be your confirmation!<br/><br/>
            
            You are officially on board. All systems operational.<br/><br/>

            With love,<br/>
            Team TEDxShivNadarUniversity
        </p>
    </div>
</body>

</html>
    `
}
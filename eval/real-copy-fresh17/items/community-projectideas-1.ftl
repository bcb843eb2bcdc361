<!DOCTYPE html>
<html>
    <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    </head>
    <body>
        <p>Welcome to projectideas!</p>
        <p>We're excited to have you on our platform, which is dedicated to finding and proposing impactful tech projects.</p>
        <p>projectideas enables open-source developers and aspiring programmers to create projects with a real impact, based on the needs of real people. We believe the best tech products are made in collaboration with the people that benefit from those products. projectideas allows you to message idea authors and comment on ideas to best facilitate working with the users of a project in mind. And projects are usually more successful and certainly more fun when built in teams, so you can find and create teams on projectideas.</p>
        <p>projectideas also enables everyone to introduce their ideas to those with the ability to bring their ideas to life. Programmers too frequently have only their own experiences to consider when brainstorming project ideas; projectideas creates a bridge between programmers and anyone with an idea or need that could be addressed with technology.</p>
        <p>We’d love to hear your feedback on the website! Feel free to reply to this email or add an issue on our <a href="https://github.com/Zach332/projectideas" rel="link">GitHub</a>.</p>
        <p>We hope you enjoy your time on projectideas, whether you meet other users by joining a project team, add a cool or impactful idea, or simply browse projects to see the incredible work being done to improve lives.</p>
        <p>- projectideas</p>
        <p>P.S. We will only send you additional emails if you receive a message on projectideas. You can <a href=${unsubscribeLink} rel="link">unsubscribe here</a>.</p>
    </body>
</html>
<!doctype html>
<html>

<head>
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>Ticket Escalation Required - Urgent</title>
    <style>
        .mail-body img {
            border: none;
            -ms-interpolation-mode: bicubic;
            max-width: 100%;
        }

        body {
            background-color: #f6f6f6;
        }

        .mail-body table {
            border-collapse: separate;
            mso-table-lspace: 0pt;
            mso-table-rspace: 0pt;
            width: 100%;
        }

        .mail-body table td {
            font-family: sans-serif;
            font-size: 14px;
            vertical-align: top;
        }

        .mail-body {
            background-color: #f6f6f6;
            width: 100%;
            font-size: 14px;
            font-family: sans-serif;
            -webkit-font-smoothing: antialiased;
            line-height: 1.4;
            margin: 0;
            padding: 0;
            -ms-text-size-adjust: 100%;
            -webkit-text-size-adjust: 100%;
        }

        .mail-body .container {
            display: block;
            margin: 0 auto !important;
            /* makes it centered */
            max-width: 580px;
            padding: 10px;
            width: 580px;
        }

        .mail-body .content {
            box-sizing: border-box;
            display: block;
            margin: 0 auto;
            max-width: 580px;
            padding: 10px;
        }

        .mail-body .main {
            background: #ffffff;
            border-radius: 3px;
            width: 100%;
        }

        .mail-body .wrapper {
            box-sizing: border-box;
            padding: 20px;
        }

        .mail-body .content-block {
            padding-bottom: 5px;
            padding-top: 5px;
        }

        .mail-body .footer {
            clear: both;
            margin-top: 10px;
            text-align: center;
            width: 100%;
        }

        .mail-body .footer td,
        .mail-body .footer p,
        .mail-body .footer span,
        .mail-body .footer a {
            color: #999999;
            font-size: 12px;
            text-align: center;
        }

        .mail-body h1,
        .mail-body h2,
        .mail-body h3,
        .mail-body h4 {
            color: #000000;
            font-family: sans-serif;
            font-weight: 400;
            line-height: 1.4;
            margin: 0;
            margin-bottom: 30px;
        }

        .mail-body h1 {
            font-size: 35px;
            font-weight: 300;
            text-align: center;
            text-transform: capitalize;
        }

        .mail-body p,
        .mail-body ul,
        .mail-body ol {
            font-family: sans-serif;
            font-size: 14px;
            font-weight: normal;
            margin: 0;
            margin-bottom: 15px;
            line-height: 1.4;
        }

        .mail-body p li,
        .mail-body ul li,
        .mail-body ol li {
            list-style-position: inside;
            margin-left: 5px;
        }

        .mail-body .btn {
            box-sizing: border-box;
            width: 100%;
        }

        .mail-body .btn>tbody>tr>td {
            padding-bottom: 15px;
        }

        .mail-body .btn table {
            width: auto;
        }

        .mail-body .btn table td {
            background-color: #ffffff;
            border-radius: 5px;
            text-align: center;
        }

        .mail-body .btn a {
            background-color: #ffffff;
            border: solid 1px #7366ff;
            border-radius: 5px;
            box-sizing: border-box;
            color: #7366ff;
            cursor: pointer;
            display: inline-block;
            font-size: 14px;
            font-weight: bold;
            margin: 0;
            padding: 6px 25px;
            text-decoration: none;
            text-transform: capitalize;
        }

        .mail-body .btn-primary table td {
            background-color: #7366ff;
        }

        .mail-body .btn-primary a {
            background-color: #7366ff;
            border-color: #7366ff;
            color: #ffffff;
        }


        .mail-body .last {
            margin-bottom: 0;
        }

        .mail-body .first {
            margin-top: 0;
        }

        .mail-body .align-center {
            text-align: center;
        }

        .mail-body .align-right {
            text-align: right;
        }

        .mail-body .align-left {
            text-align: left;
        }

        .mail-body .clear {
            clear: both;
        }

        .mail-body .mt0 {
            margin-top: 0;
        }

        .mail-body .mb0 {
            margin-bottom: 0;
        }

        .preheader {
            color: transparent;
            display: none;
            height: 0;
            max-height: 0;
            max-width: 0;
            opacity: 0;
            overflow: hidden;
            mso-hide: all;
            visibility: hidden;
            width: 0;
        }

        .mail-body .powered-by a {
            text-decoration: none;
        }

        .mail-body hr {
            border: 0;
            border-bottom: 1px solid #f6f6f6;
            margin: 20px 0;
        }

        .mail-body .main {
            background-image: url('https://res.cloudinary.com/robinbd/image/upload/v1663394450/mail-template/background-bottom.png');
            background-repeat: no-repeat;
            background-size: 100%;
            background-position: 50% 100%;
        }

        @media only screen and (max-width: 620px) {
            table.mail-body h1 {
                font-size: 28px !important;
                margin-bottom: 10px !important;
            }

            table.mail-body p,
            table.mail-body ul,
            table.mail-body ol,
            table.mail-body td,
            table.mail-body span,
            table.mail-body a {
                font-size: 16px !important;
            }

            table.mail-body .wrapper,
            table.mail-body .article {
                padding: 10px !important;
            }

            table.mail-body .content {
                padding: 0 !important;
            }

            table.mail-body .container {
                padding: 0 !important;
                width: 100% !important;
            }

            table.mail-body .main {
                border-left-width: 0 !important;
                border-radius: 0 !important;
                border-right-width: 0 !important;
            }

            table.mail-body .btn table {
                width: 100% !important;
            }

            table.mail-body .btn a {
                width: 100% !important;
            }

            table.mail-body .img-responsive {
                height: auto !important;
                max-width: 100% !important;
                width: auto !important;
            }
        }

        @media all {
            .mail-body .ExternalClass {
                width: 100%;
            }

            .mail-body .ExternalClass,
            .mail-body .ExternalClass p,
            .mail-body .ExternalClass span,
            .mail-body .ExternalClass font,
            .mail-body .ExternalClass td,
            .mail-body .ExternalClass div {
                line-height: 100%;
            }

            .mail-body .apple-link a {
                color: inherit !important;
                font-family: inherit !important;
                font-size: inherit !important;
                font-weight: inherit !important;
                line-height: inherit !important;
                text-decoration: none !important;
            }

            #MessageViewBody a {
                color: inherit;
                text-decoration: none;
                font-size: inherit;
                font-family: inherit;
                font-weight: inherit;
                line-height: inherit;
            }

            .mail-body .btn-primary table td:hover {
                background-color: #34495e !important;
            }

            .mail-body .btn-primary a:hover {
                background-color: #34495e !important;
                border-color: #34495e !important;
            }
        }
    </style>
</head>

<body>
    <span class="preheader">URGENT: Ticket Escalation Required - Immediate Action Needed</span>
    <table role="presentation" border="0" cellpadding="0" cellspacing="0" class="mail-body">
        <tr>
            <td></td>
            <td class="container">
                <div class="content">

                    <!-- START CENTERED WHITE CONTAINER -->
                    <table role="presentation" class="main">

                        <!-- START MAIN CONTENT AREA -->
                        <tr>
                            <td class="header">
                                <a href="#">
                                    <img style="height: 60px; width: auto; margin: 15px auto;display: block" src="https://res.cloudinary.com/robinbd/image/upload/v1663394454/mail-template/help-desk-logo.png" alt="help desk" />
                                </a>
                            </td>
                        </tr>
                        <tr>
                            <td class="wrapper">

                                <table role="presentation" class="main-table" border="0" cellpadding="0" cellspacing="0">
                                    <tr>
                                        <td>
                                            <p>Hi {name},</p>
                                            <p style="color: #d9534f; font-weight: bold;">URGENT: A ticket requires escalation - No response from assigned staff.</p>
                                            <p>The following ticket has exceeded its escalation threshold. The assigned staff member has not responded to this ticket within the expected timeframe, and your immediate attention is required to ensure the customer receives a timely response.</p>
                                            <table role="presentation" border="0" cellpadding="0" cellspacing="0" class="btn btn-primary" style="background-color: #fff3cd; border: 2px solid #ffc107; border-radius: 8px; padding: 15px; margin: 20px 0;">
                                                <tbody>
                                                    <tr>
                                                        <td><strong>Ticket ID:</strong> #{uid}</td>
                                                    </tr>
                                                    <tr>
                                                        <td><strong>Subject:</strong> {subject}</td>
                                                    </tr>
                                                    <tr>
                                                        <td><strong>Contact:</strong> {contact}</td>
                                                    </tr>
                                                    <tr>
                                                        <td><strong>Assigned To:</strong> <span style="color: #0066cc; font-weight: bold;">{assigned_to}</span></td>
                                                    </tr>
                                                    <tr>
                                                        <td><strong>Priority:</strong> <span style="color: #d9534f; font-weight: bold;">{priority}</span></td>
                                                    </tr>
                                                    <tr>
                                                        <td><strong>Status:</strong> {status}</td>
                                                    </tr>
                                                    <tr>
                                                        <td><strong>Created:</strong> {created_at}</td>
                                                    </tr>
                                                    <tr>
                                                        <td><strong>Time Since Creation:</strong> <span style="color: #d9534f; font-weight: bold;">{time_elapsed}</span></td>
                                                    </tr>
                                                    <tr>
                                                        <td><strong>Escalation Threshold:</strong> {escalation_threshold}</td>
                                                    </tr>
                                                    <tr>
                                                        <td align="left" style="padding-top: 15px;">
                                                            <table role="presentation" border="0" cellpadding="0" cellspacing="0">
                                                                <tbody>
                                                                    <tr>
                                                                        <td style="background-color: #d9534f !important;"><a href="{url}" target="_blank" style="background-color: #d9534f !important; border-color: #d9534f !important; color: #ffffff !important; font-size: 16px; padding: 10px 30px;">View Ticket Details</a></td>
                                                                    </tr>
                                                                </tbody>
                                                            </table>
                                                        </td>
                                                    </tr>
                                                </tbody>
                                            </table>
                                            <p><strong>Action Required from You:</strong></p>
                                            <ul style="margin-left: 20px; line-height: 1.8;">
                                                <li><strong>Follow up with {assigned_to}</strong> to understand why they haven't responded to the ticket</li>
                                                <li>Ensure the assigned staff member responds to the customer immediately</li>
                                                <li>Review if additional resources or support are needed</li>
                                                <li>Consider reassigning if the current assignee is unavailable or overloaded</li>
                                                <li>Escalate to higher management if necessary</li>
                                                <li>Ensure the customer receives an initial response promptly</li>
                                            </ul>
                                            <p style="margin-top: 20px; padding: 15px; background-color: #f8f9fa; border-left: 4px solid #ffc107; border-radius: 4px;">
                                                <strong>Time is critical:</strong> This ticket has already exceeded the expected response time. As the manager, please ensure your team member {assigned_to} provides an immediate response to the customer to maintain our service level standards and customer satisfaction.
                                            </p>
                                            <p style="margin-top: 20px;">This is an automated escalation notification sent when a ticket exceeds its configured time threshold. Your prompt managerial intervention is essential to maintain customer satisfaction and team accountability.</p>
                                            <p>Thank you for your leadership!</p>
                                            <p>Best regards, <br />{sender_name}</p>
                                        </td>
                                    </tr>
                                </table>
                            </td>
                        </tr>

                        <!-- END MAIN CONTENT AREA -->
                    </table>
                    <!-- END CENTERED WHITE CONTAINER -->

                    <!-- START FOOTER -->
                    <div class="footer">
                        <table role="presentation" border="0" cellpadding="0" cellspacing="0">
                            <tr>
                                <td class="content-block">
                                    <span class="apple-link">Amanah Support - A online ticket support system</span>
                                </td>
                            </tr>
                            <tr>
                                <td class="content-block powered-by">
                                    © 2026 <a href="http://amanahinsurance.com">Amanah Insurance</a> - All rights reserved.
                                </td>
                            </tr>
                        </table>
                    </div>
                    <!-- END FOOTER -->

                </div>
            </td>
            <td></td>
        </tr>
    </table>
</body>

</html>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
  <link
      href="http://fonts.googleapis.com/css?family=Roboto:wght@100;400;500;&display=swap"
      rel="stylesheet"
      type="text/css"
  />
  <!--[if mso
      ]>
  <xml
  >
    <o:OfficeDocumentSettings
    >
      <o:PixelsPerInch>96
      </o:PixelsPerInch
      >
      <o:AllowPNG/>
    </o:OfficeDocumentSettings>
  </xml
  ><![endif]-->
  <style>
    .heading {
      font-family: Arial, Helvetica, sans-serif;
      margin-top: 0;
      margin-bottom: 0;
      color: #454a4f;
      font-size: 36px;
      font-style: normal;
      font-weight: 700;
      line-height: 48px;
    }

    .main-content {
      margin-top: 0;
      margin-bottom: 0;
      margin-left: 0;
      margin-right: 0;
      font-family: Arial, Helvetica, sans-serif;
      color: #545454;
      font-size: 14px;
      font-style: normal;
      font-weight: 400;
      line-height: 22px;
    }

    .footer-content-heading {
      margin-top: 0;
      margin-bottom: 0;
      margin-left: 0;
      margin-right: 0;
      color: #a2aab5;
      font-family: 'Roboto', sans-serif;
      font-size: 13px;
      font-style: normal;
      font-weight: 500;
      line-height: 20px;
    }

    .footer-content {
      margin-top: 0;
      margin-bottom: 0;
      margin-left: 0;
      margin-right: 0;
      color: #a2aab5;
      font-family: 'Roboto', sans-serif;
      font-size: 11px;
      font-style: normal;
      font-weight: 400;
      line-height: 16px;
    }
  </style>

  <title>Report Portal</title>
</head>
<body
    style="
      font-family: Arial, Helvetica, sans-serif;
      margin-top: 0;
      margin-bottom: 0;
      margin-left: 0;
      margin-right: 0;
      padding-left: 0;
      padding-right: 0;
      padding-top: 0;
      padding-bottom: 0px;
    "
>
<center>
  <table
      width="630"
      border="0"
      cellspacing="0"
      cellpadding="0"
      align="center"
  >
    <tbody>
    <tr>
      <td>
        <table
            width="100%"
            border="0"
            cellspacing="0"
            cellpadding="0"
            bgcolor="#f4fbfb"
        >
          <tbody>
          <tr>
            <td align="center" style="padding-top: 48px">
              <a
                  href="http://reportportal.io"
                  target="_blank"
                  rel="noopener noreferrer"
              ><img src="cid:new-logo.png" alt="Report Portal logo"
                /></a>
            </td>
          </tr>
          <tr>
            <td
                align="center"
                style="
                        padding-top: 37px;
                        padding-bottom: 38px;
                        background-color: rgb(244, 251, 251);
                        border-spacing: 0;
                      "
            >
              <img
                  src="cid:deleted-account.png"
                  alt="Deleted account img"
              />
            </td>
          </tr>
          </tbody>
        </table>
      </td>
    </tr>
    <tr>
      <td
          align="center"
          style="
                padding-left: 50px;
                padding-right: 50px;
                padding-bottom: 40px;
                padding-top: 38px;
                background-color: #ffffff;
              "
      >
        <table width="100%" border="0" cellspacing="0" cellpadding="0">
          <thead>
          <th>
            <h1 class="heading">Your account has been deleted</h1>
          </th>
          </thead>
          <tbody>
          <tr>
            <td style="padding-bottom: 12px; padding-top: 24px">
              <p class="main-content">
                We regret to inform you that your account has been
                deleted.
              </p>
            </td>
          </tr>
          <tr>
            <td style="padding-bottom: 12px">
              <p class="main-content">
                Please note that all the associated personal data has
                been deleted from our database in a safe and secure
                manner.
              </p>
            </td>
          </tr>
          <tr>
            <td style="padding-bottom: 12px">
              <p class="main-content">
                If you have any questions or concerns about this
                process, please contact our support team for assistance.
              </p>
            </td>
          </tr>
          <tr>
            <td style="padding-bottom: 12px">
              <p class="main-content">
                Thank you for using ReportPortal.
              </p>
            </td>
          </tr>
          <tr>
            <td>
              <p class="main-content">
                <br>Kind regards,<br>ReportPortal team
              </p>
            </td>
          </tr>
          </tbody>
        </table>
      </td>
    </tr>
    <tr>
      <td align="center">
        <table
            width="100%"
            border="0"
            cellspacing="0"
            cellpadding="0"
            bgcolor="#f4fbfb"
        >
          <tbody>
          <tr>
            <td
                align="center"
                style="padding-top: 32px; padding-bottom: 24px"
            >
              <table
                  border="0"
                  cellspacing="0"
                  cellpadding="0"
                  bgcolor="#f4fbfb"
              >
                <tr>
                  <td style="padding-right: 22px">
                    <a
                        href="https://twitter.com/i/flow/login?redirect_after_login=%2FReportPortal_io"
                        target="_blank"
                        rel="noopener noreferrer">
                      <img src="cid:new-ic-twitter.png"
                           alt="Twitter icon">
                    </a>
                  </td>
                  <td style="padding-right: 22px">
                    <a href="https://slack.epmrpp.reportportal.io/"
                       target="_blank"
                       rel="noopener noreferrer">
                      <img src="cid:new-ic-slack.png"
                           alt="Slack icon">
                    </a>
                  </td>
                  <td style="padding-right: 22px">
                    <a href="https://www.youtube.com/c/ReportPortal"
                       target="_blank"
                       rel="noopener noreferrer">
                      <img src="cid:new-ic-youtube.png"
                           alt="YouTube icon">
                    </a>
                  </td>
                  <td style="padding-right: 22px">
                    <a href="https://www.linkedin.com/company/reportportal/"
                       target="_blank"
                       rel="noopener noreferrer">
                      <img src="cid:new-ic-linkedin.png"
                           alt="Linkedin icon">
                    </a>
                  </td>
                  <td style="padding-right: 22px">
                    <a href="https://www.facebook.com/ReportPortal.io"
                       target="_blank"
                       rel="noopener noreferrer">
                      <img src="cid:new-ic-facebook.png"
                           alt="Facebook icon">
                    </a>
                  </td>
                  <td>
                    <a href="https://github.com/reportportal"
                       target="_blank"
                       rel="noopener noreferrer">
                      <img src="cid:new-ic-github.png"
                           alt="Github icon">
                    </a>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
          <tr>
            <td align="center">
              <h4 class="footer-content-heading">
                ReportPortal Notification Center
              </h4>
            </td>
          </tr>
          <tr>
            <td align="center" style="padding-bottom: 32px">
              <p class="footer-content">
                This notification was created automatically. Please
                don't reply to this e-mail.
              </p>
            </td>
          </tr>
          </tbody>
        </table>
      </td>
    </tr>
    </tbody>
  </table>
</center>
</body>
</html>

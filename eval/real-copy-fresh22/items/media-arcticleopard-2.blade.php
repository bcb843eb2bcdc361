<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="en">
  <head>
    <link
      rel="preload"
      as="image"
      href="https://beta-cdn.realkink.men/emails/logo.png" />
    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
    <meta name="x-apple-disable-message-reformatting" />
  </head>
  <body style="background-color:#0a0a0a">
    <!--$--><!--html--><!--head-->
    <div
      style="display:none;overflow:hidden;line-height:1px;opacity:0;max-height:0;max-width:0"
      data-skip-in-text="true">
      Your post was removed from Real Kink Men
      <div>
         ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿
      </div>
    </div>
    <!--body-->
    <table
      border="0"
      width="100%"
      cellpadding="0"
      cellspacing="0"
      role="presentation"
      align="center">
      <tbody>
        <tr>
          <td
            style='background-color:#0a0a0a;font-family:-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Ubuntu, sans-serif'>
            <table
              align="center"
              width="100%"
              border="0"
              cellpadding="0"
              cellspacing="0"
              role="presentation"
              style="max-width:560px;margin:0 auto;padding:40px 20px">
              <tbody>
                <tr style="width:100%">
                  <td>
                    <img
                      alt="Real Kink Men"
                      height="48"
                      src="https://beta-cdn.realkink.men/emails/logo.png"
                      style="display:block;outline:none;border:none;text-decoration:none;margin:0 auto 32px"
                      width="48" />
                    <table
                      align="center"
                      width="100%"
                      border="0"
                      cellpadding="0"
                      cellspacing="0"
                      role="presentation"
                      style="background-color:#141414;border-radius:24px;border:1px solid rgba(255, 255, 255, 0.1);padding:40px 32px;box-shadow:0 32px 85px -40px rgba(244, 63, 94, 0.3)">
                      <tbody>
                        <tr>
                          <td>
                            <h1
                              style="color:#ffffff;font-size:28px;font-weight:700;text-align:center;margin:0 0 8px;letter-spacing:-0.02em">
                              Content Removed
                            </h1>
                            <p
                              style="font-size:16px;line-height:24px;color:rgba(255, 255, 255, 0.7);text-align:center;margin:0 0 32px;margin-top:0;margin-right:0;margin-bottom:32px;margin-left:0">
                              Your
                              <!-- -->post<!-- -->
                              violated our guidelines
                            </p>
                            <p
                              style="font-size:15px;line-height:26px;color:rgba(255, 255, 255, 0.7);margin:0 0 24px;margin-top:0;margin-right:0;margin-bottom:24px;margin-left:0">
                              Hey
                              <!-- -->{{ $username }}<!-- -->, after reviewing
                              your content, we&#x27;ve determined that it
                              violates our community guidelines and has been
                              removed.
                            </p>
                            <table
                              align="center"
                              width="100%"
                              border="0"
                              cellpadding="0"
                              cellspacing="0"
                              role="presentation"
                              style="background-color:rgba(239, 68, 68, 0.1);border-left:3px solid #ef4444;border-radius:0 8px 8px 0;padding:16px 20px;margin:24px 0">
                              <tbody>
                                <tr>
                                  <td>
                                    <p
                                      style="font-size:12px;line-height:24px;color:rgba(255, 255, 255, 0.7);text-transform:uppercase;letter-spacing:1px;margin:0 0 8px;margin-top:0;margin-right:0;margin-bottom:8px;margin-left:0">
                                      Reason for Removal
                                    </p>
                                    <p
                                      style="font-size:14px;line-height:22px;color:#ffffff;margin:0;margin-top:0;margin-bottom:0;margin-left:0;margin-right:0">
                                      {{ $reason }}
                                    </p>
                                  </td>
                                </tr>
                              </tbody>
                            </table>
                            <table
                              align="center"
                              width="100%"
                              border="0"
                              cellpadding="0"
                              cellspacing="0"
                              role="presentation"
                              style="background-color:rgba(255, 255, 255, 0.05);border-radius:12px;padding:16px 20px;margin:24px 0">
                              <tbody>
                                <tr>
                                  <td>
                                    <table style="width:100%">
                                      <tr>
                                        <td
                                          style="color:rgba(255, 255, 255, 0.7);font-size:13px;padding:4px 0">
                                          Content type:
                                        </td>
                                        <td
                                          style="color:#ffffff;font-size:13px;padding:4px 0;text-align:right">
                                          Post
                                        </td>
                                      </tr>
                                      <tr>
                                        <td
                                          style="color:rgba(255, 255, 255, 0.7);font-size:13px;padding:4px 0">
                                          Removed on:
                                        </td>
                                        <td
                                          style="color:#ffffff;font-size:13px;padding:4px 0;text-align:right">
                                          {{ $removedAt }}
                                        </td>
                                      </tr>
                                    </table>
                                  </td>
                                </tr>
                              </tbody>
                            </table>
                            <p
                              style="font-size:15px;line-height:26px;color:rgba(255, 255, 255, 0.7);margin:0 0 24px;margin-top:0;margin-right:0;margin-bottom:24px;margin-left:0">
                              If you believe this was a mistake, you can submit
                              an appeal. Our team will review your case and get
                              back to you.
                            </p>
                            <a
                              href="{{ $appealUrl }}"
                              style="color:#ffffff;text-decoration-line:none;background-color:#f43f5e;border-radius:12px;display:block;font-size:16px;font-weight:600;text-align:center;text-decoration:none;padding:14px 32px;margin:32px auto;box-shadow:0 8px 24px -8px rgba(244, 63, 94, 0.3)"
                              target="_blank"
                              >Submit an Appeal</a
                            >
                            <hr
                              style="width:100%;border:none;border-top:1px solid #eaeaea;border-color:rgba(255, 255, 255, 0.1);margin:32px 0" />
                            <p
                              style="font-size:12px;line-height:26px;color:rgba(255, 255, 255, 0.5);margin:0 0 24px;text-align:center;margin-bottom:0;margin-top:0;margin-right:0;margin-left:0">
                              Please review our<!-- -->
                              <a
                                href="https://realkink.men/community-guidelines"
                                style="color:#f43f5e;text-decoration:none"
                                >Community Guidelines</a
                              >
                              <!-- -->to avoid future issues.
                            </p>
                          </td>
                        </tr>
                      </tbody>
                    </table>
                    <p
                      style="font-size:12px;line-height:20px;color:rgba(255, 255, 255, 0.5);text-align:center;margin-top:40px;margin-bottom:16px">
                      ©
                      <!-- -->2025<!-- -->
                      Real Kink Men. All rights reserved.<br /><a
                        href="https://realkink.men/settings/notifications"
                        style="color:rgba(255, 255, 255, 0.5);text-decoration-line:none;text-decoration:underline"
                        target="_blank"
                        >Manage notification preferences</a
                      >
                      •
                      <a
                        href="https://realkink.men/privacy"
                        style="color:rgba(255, 255, 255, 0.5);text-decoration-line:none;text-decoration:underline"
                        target="_blank"
                        >Privacy Policy</a
                      >
                      •
                      <a
                        href="https://realkink.men/terms"
                        style="color:rgba(255, 255, 255, 0.5);text-decoration-line:none;text-decoration:underline"
                        target="_blank"
                        >Terms of Service</a
                      >
                    </p>
                  </td>
                </tr>
              </tbody>
            </table>
          </td>
        </tr>
      </tbody>
    </table>
    <!--/$-->
  </body>
</html>

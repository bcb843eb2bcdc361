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
      We miss you, {{ $username }}! Here&#x27;s what you&#x27;ve been missing...
      <div>
         ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿
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
                              We Miss You! 👋
                            </h1>
                            <p
                              style="font-size:16px;line-height:24px;color:rgba(255, 255, 255, 0.7);text-align:center;margin:0 0 32px;margin-top:0;margin-right:0;margin-bottom:32px;margin-left:0">
                              It&#x27;s been
                              <!-- -->{{ $lastSeenDays }}<!-- -->
                              days since your last visit
                            </p>
                            <p
                              style="font-size:15px;line-height:26px;color:rgba(255, 255, 255, 0.7);margin:0 0 24px;margin-top:0;margin-right:0;margin-bottom:24px;margin-left:0">
                              Hey
                              <!-- -->{{ $username }}<!-- -->, the community
                              hasn&#x27;t been the same without you! Here&#x27;s
                              what you&#x27;ve missed while you were away:
                            </p>
                            <table
                              align="center"
                              width="100%"
                              border="0"
                              cellpadding="0"
                              cellspacing="0"
                              role="presentation"
                              style="margin:32px 0">
                              <tbody>
                                <tr>
                                  <td>
                                    <table
                                      style="width:100%;border-collapse:collapse">
                                      <tr>
                                        <td
                                          style="background-color:rgba(255, 255, 255, 0.05);border-radius:12px;padding:20px;text-align:center">
                                          <p
                                            style="font-size:36px;line-height:24px;color:#10b981;font-weight:800;margin:0;margin-top:0;margin-bottom:0;margin-left:0;margin-right:0">
                                            +<!-- -->{{ $newFollowers }}
                                          </p>
                                          <p
                                            style="font-size:12px;line-height:24px;color:rgba(255, 255, 255, 0.7);text-transform:uppercase;letter-spacing:1px;margin:4px 0 0;margin-top:4px;margin-right:0;margin-bottom:0;margin-left:0">
                                            New Followers
                                          </p>
                                        </td>
                                        <td style="width:12px"></td>
                                        <td
                                          style="background-color:rgba(255, 255, 255, 0.05);border-radius:12px;padding:20px;text-align:center">
                                          <p
                                            style="font-size:36px;line-height:24px;color:#f43f5e;font-weight:800;margin:0;margin-top:0;margin-bottom:0;margin-left:0;margin-right:0">
                                            {{ $newMessages }}
                                          </p>
                                          <p
                                            style="font-size:12px;line-height:24px;color:rgba(255, 255, 255, 0.7);text-transform:uppercase;letter-spacing:1px;margin:4px 0 0;margin-top:4px;margin-right:0;margin-bottom:0;margin-left:0">
                                            Unread Messages
                                          </p>
                                        </td>
                                        <td style="width:12px"></td>
                                        <td
                                          style="background-color:rgba(255, 255, 255, 0.05);border-radius:12px;padding:20px;text-align:center">
                                          <p
                                            style="font-size:36px;line-height:24px;color:#fbbf24;font-weight:800;margin:0;margin-top:0;margin-bottom:0;margin-left:0;margin-right:0">
                                            {{ $newContent }}
                                          </p>
                                          <p
                                            style="font-size:12px;line-height:24px;color:rgba(255, 255, 255, 0.7);text-transform:uppercase;letter-spacing:1px;margin:4px 0 0;margin-top:4px;margin-right:0;margin-bottom:0;margin-left:0">
                                            New Posts
                                          </p>
                                        </td>
                                      </tr>
                                    </table>
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
                              style="background:linear-gradient(135deg, rgba(244, 63, 94, 0.3), rgba(251, 191, 36, 0.15));border-radius:16px;padding:24px;margin:24px 0;text-align:center">
                              <tbody>
                                <tr>
                                  <td>
                                    <p
                                      style="font-size:18px;line-height:24px;color:#ffffff;font-weight:600;margin:0 0 8px;margin-top:0;margin-right:0;margin-bottom:8px;margin-left:0">
                                      Your community is waiting! 🔥
                                    </p>
                                    <p
                                      style="font-size:14px;line-height:22px;color:rgba(255, 255, 255, 0.7);margin:0;margin-top:0;margin-bottom:0;margin-left:0;margin-right:0">
                                      People have been posting, connecting, and
                                      having a great time. Come back and join
                                      the fun!
                                    </p>
                                  </td>
                                </tr>
                              </tbody>
                            </table>
                            <a
                              href="https://realkink.men/dashboard"
                              style="color:#ffffff;text-decoration-line:none;background-color:#f43f5e;border-radius:12px;display:block;font-size:16px;font-weight:600;text-align:center;text-decoration:none;padding:14px 32px;margin:32px auto;box-shadow:0 8px 24px -8px rgba(244, 63, 94, 0.3)"
                              target="_blank"
                              >Return to Real Kink Men</a
                            >
                            <hr
                              style="width:100%;border:none;border-top:1px solid #eaeaea;border-color:rgba(255, 255, 255, 0.1);margin:32px 0" />
                            <p
                              style="font-size:12px;line-height:26px;color:rgba(255, 255, 255, 0.5);margin:0 0 24px;text-align:center;margin-bottom:0;margin-top:0;margin-right:0;margin-left:0">
                              Don&#x27;t want these emails?<!-- -->
                              <a
                                href="https://realkink.men/settings/notifications"
                                style="color:#f43f5e;text-decoration:none"
                                >Unsubscribe</a
                              >
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

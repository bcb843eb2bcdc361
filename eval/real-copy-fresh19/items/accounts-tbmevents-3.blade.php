<!DOCTYPE html>
<html
    lang="en"
>
<head>
    <title></title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
    <meta name="viewport" content="width=device-width,initial-scale=1"/>
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
        * {
            box-sizing: border-box;
        }

        body {
            margin: 0;
            padding: 0;
        }

        a[x-apple-data-detectors] {
            color: inherit !important;
            text-decoration: inherit !important;
        }

        #MessageViewBody a {
            color: inherit;
            text-decoration: none;
        }

        p {
            line-height: inherit;
        }

        .desktop_hide,
        .desktop_hide table {
            mso-hide: all;
            display: none;
            max-height: 0;
            overflow: hidden;
        }

        .image_block img + div {
            display: none;
        }

        @media (max-width: 620px) {
            .mobile_hide {
                display: none;
            }

            .row-content {
                width: 100% !important;
            }

            .stack .column {
                width: 100%;
                display: block;
            }

            .mobile_hide {
                min-height: 0;
                max-height: 0;
                max-width: 0;
                overflow: hidden;
                font-size: 0;
            }

            .desktop_hide,
            .desktop_hide table {
                display: table !important;
                max-height: none !important;
            }

            .row-1 .column-1 .block-3.heading_block h1 {
                font-size: 16px !important;
            }
        }
    </style>
</head>
<body
    style="
            background-color: #fff;
            margin: 0;
            padding: 0;
            -webkit-text-size-adjust: none;
            text-size-adjust: none;
        "
>
<table
    class="nl-container"
    width="100%"
    border="0"
    cellpadding="0"
    cellspacing="0"
    role="presentation"
    style="
                mso-table-lspace: 0;
                mso-table-rspace: 0;
                background-color: #fff;
            "
>
    <tbody>
    <tr>
        <td>
            <table
                class="row row-1"
                align="center"
                width="100%"
                border="0"
                cellpadding="0"
                cellspacing="0"
                role="presentation"
                style="mso-table-lspace: 0; mso-table-rspace: 0"
            >
                <tbody>
                <tr>
                    <td>
                        <table
                            class="row-content stack"
                            align="center"
                            border="0"
                            cellpadding="0"
                            cellspacing="0"
                            role="presentation"
                            style="
                                                mso-table-lspace: 0;
                                                mso-table-rspace: 0;
                                                color: #000;
                                                width: 600px;
                                                margin: 0 auto;
                                            "
                            width="600"
                        >
                            <tbody>
                            <tr>
                                <td
                                    class="column column-1"
                                    width="100%"
                                    style="
                                                            mso-table-lspace: 0;
                                                            mso-table-rspace: 0;
                                                            font-weight: 400;
                                                            text-align: left;
                                                            padding-bottom: 15px;
                                                            padding-left: 15px;
                                                            padding-right: 15px;
                                                            padding-top: 15px;
                                                            vertical-align: top;
                                                            border-top: 0;
                                                            border-right: 0;
                                                            border-bottom: 0;
                                                            border-left: 0;
                                                        "
                                >
                                    <table
                                        class="text_block block-1"
                                        width="100%"
                                        border="0"
                                        cellpadding="0"
                                        cellspacing="0"
                                        role="presentation"
                                        style="
                                                                mso-table-lspace: 0;
                                                                mso-table-rspace: 0;
                                                                word-break: break-word;
                                                            "
                                    >
                                        <tr>
                                            <td
                                                class="pad"
                                                style="
                                                                        padding-bottom: 10px;
                                                                        padding-right: 10px;
                                                                        padding-top: 10px;
                                                                    "
                                            >
                                                <div
                                                    style="
                                                                            font-family: sans-serif;
                                                                        "
                                                >
                                                    <div
                                                        class
                                                        style="
                                                                                font-size: 12px;
                                                                                font-family: Arial,
                                                                                    Helvetica
                                                                                        Neue,
                                                                                    Helvetica,
                                                                                    sans-serif;
                                                                                mso-line-height-alt: 14.399999999999999px;
                                                                                color: #555;
                                                                                line-height: 1.2;
                                                                            "
                                                    >
                                                        <p
                                                            style="
                                                                                    margin: 0;
                                                                                    mso-line-height-alt: 14.399999999999999px;
                                                                                "
                                                        >
                                                            &nbsp;
                                                        </p>
                                                        <p
                                                            style="
                                                                                    margin: 0;
                                                                                    font-size: 16px;
                                                                                    text-align: left;
                                                                                    mso-line-height-alt: 19.2px;
                                                                                "
                                                        >
                                                            <strong
                                                            >TBM
                                                                Events</strong
                                                            >
                                                        </p>
                                                    </div>
                                                </div>
                                            </td>
                                        </tr>
                                    </table>
                                    <table
                                        class="paragraph_block block-2"
                                        width="100%"
                                        border="0"
                                        cellpadding="0"
                                        cellspacing="0"
                                        role="presentation"
                                        style="
                                                                mso-table-lspace: 0;
                                                                mso-table-rspace: 0;
                                                                word-break: break-word;
                                                            "
                                    >
                                        <tr>
                                            <td
                                                class="pad"
                                                style="
                                                                        padding-bottom: 10px;
                                                                        padding-right: 10px;
                                                                        padding-top: 10px;
                                                                    "
                                            >
                                                <div
                                                    style="
                                                                            color: #000;
                                                                            direction: ltr;
                                                                            font-family: Arial,
                                                                                Helvetica
                                                                                    Neue,
                                                                                Helvetica,
                                                                                sans-serif;
                                                                            font-size: 14px;
                                                                            font-weight: 400;
                                                                            letter-spacing: 0;
                                                                            line-height: 120%;
                                                                            text-align: left;
                                                                            mso-line-height-alt: 16.8px;
                                                                        "
                                                >
                                                    <p
                                                        style="
                                                                                margin: 0;
                                                                            "
                                                    >
                                                        Hello {{$user->full_name}}👋,
                                                    </p>
                                                </div>
                                            </td>
                                        </tr>
                                    </table>
                                    <table
                                        class="heading_block block-3"
                                        width="100%"
                                        border="0"
                                        cellpadding="0"
                                        cellspacing="0"
                                        role="presentation"
                                        style="
                                                                mso-table-lspace: 0;
                                                                mso-table-rspace: 0;
                                                            "
                                    >
                                        <tr>
                                            <td
                                                class="pad"
                                                style="
                                                                        text-align: center;
                                                                        width: 100%;
                                                                    "
                                            >
                                                <h1
                                                    style="
                                                                            margin: 0;
                                                                            color: #555;
                                                                            direction: ltr;
                                                                            font-family: Arial,
                                                                                Helvetica
                                                                                    Neue,
                                                                                Helvetica,
                                                                                sans-serif;
                                                                            font-size: 17px;
                                                                            font-weight: 700;
                                                                            letter-spacing: normal;
                                                                            line-height: 120%;
                                                                            text-align: left;
                                                                            margin-top: 0;
                                                                            margin-bottom: 0;
                                                                        "
                                                >
                                                    Your password has been reset
                                                </h1>

                                            </td>
                                        </tr>
                                    </table>
                                    <table
                                        class="text_block block-4"
                                        width="100%"
                                        border="0"
                                        cellpadding="0"
                                        cellspacing="0"
                                        role="presentation"
                                        style="
                                                                mso-table-lspace: 0;
                                                                mso-table-rspace: 0;
                                                                word-break: break-word;
                                                            "
                                    >
                                        <tr>
                                            <td
                                                class="pad"
                                                style="
                                                                        padding-bottom: 10px;
                                                                        padding-right: 10px;
                                                                        padding-top: 10px;
                                                                    "
                                            >
                                                <div
                                                    style="
                                                                            font-family: sans-serif;
                                                                        "
                                                >
                                                    <div
                                                        class
                                                        style="
                                                                                font-size: 12px;
                                                                                font-family: Arial,
                                                                                    Helvetica
                                                                                        Neue,
                                                                                    Helvetica,
                                                                                    sans-serif;
                                                                                mso-line-height-alt: 14.399999999999999px;
                                                                                color: #555;
                                                                                line-height: 1.2;
                                                                            "
                                                    >
                                                        <p
                                                            style="
                                                                                    margin: 0;
                                                                                    font-size: 13px;
                                                                                    text-align: left;
                                                                                    mso-line-height-alt: 15.6px;
                                                                                "
                                                        >
                                                                                <span
                                                                                    style="
                                                                                        font-size: 13px;
                                                                                    "
                                                                                >
                                                                                    If this wasn't you please contact our support team: <a
                                                                                        href="mailto:admin@tbmevents.com ">admin@tbmevents.com</a>
                                                                                    </span>
                                                        </p>
                                                    </div>
                                                </div>
                                            </td>
                                        </tr>
                                    </table>
                                </td>
                            </tr>
                            </tbody>
                        </table>
                    </td>
                </tr>
                </tbody>
            </table>
            <table
                class="row row-2"
                align="center"
                width="100%"
                border="0"
                cellpadding="0"
                cellspacing="0"
                role="presentation"
                style="mso-table-lspace: 0; mso-table-rspace: 0"
            >
                <tbody>
                <tr>
                    <td>
                        <table
                            class="row-content stack"
                            align="center"
                            border="0"
                            cellpadding="0"
                            cellspacing="0"
                            role="presentation"
                            style="
                                                mso-table-lspace: 0;
                                                mso-table-rspace: 0;
                                                color: #000;
                                                width: 600px;
                                                margin: 0 auto;
                                            "
                            width="600"
                        >
                            <tbody>
                            <tr>
                                <td
                                    class="column column-1"
                                    width="100%"
                                    style="
                                                            mso-table-lspace: 0;
                                                            mso-table-rspace: 0;
                                                            font-weight: 400;
                                                            text-align: left;
                                                            padding-bottom: 15px;
                                                            padding-left: 15px;
                                                            padding-right: 15px;
                                                            padding-top: 15px;
                                                            vertical-align: top;
                                                            border-top: 0;
                                                            border-right: 0;
                                                            border-bottom: 0;
                                                            border-left: 0;
                                                        "
                                >
                                    <table
                                        class="html_block block-1"
                                        width="100%"
                                        border="0"
                                        cellpadding="0"
                                        cellspacing="0"
                                        role="presentation"
                                        style="
                                                                mso-table-lspace: 0;
                                                                mso-table-rspace: 0;
                                                            "
                                    >
                                        <tr>
                                            <td class="pad">
                                                <div
                                                    style="
                                                                            font-family: Arial,
                                                                                Helvetica
                                                                                    Neue,
                                                                                Helvetica,
                                                                                sans-serif;
                                                                            text-align: center;
                                                                        "
                                                    align="center"
                                                >

                                                    <div
                                                        style="
                                                                                display: none;
                                                                                font-size: 1px;
                                                                                color: #333333;
                                                                                line-height: 1px;
                                                                                max-height: 0px;
                                                                                max-width: 0px;
                                                                                opacity: 0;
                                                                                overflow: hidden;
                                                                            "
                                                    >
                                                        This
                                                        is a
                                                        hidden
                                                        preheader.
                                                        you
                                                        can
                                                        write
                                                        here
                                                        whatever
                                                        you
                                                        want.
                                                        Documentation
                                                        https://www.unisender.com/ru/support/about/glossary/chto-takoe-preheder/
                                                    </div>
                                                </div>
                                            </td>
                                        </tr>
                                    </table>
                                    <table
                                        class="html_block block-2"
                                        width="100%"
                                        border="0"
                                        cellpadding="0"
                                        cellspacing="0"
                                        role="presentation"
                                        style="
                                                                mso-table-lspace: 0;
                                                                mso-table-rspace: 0;
                                                            "
                                    >
                                        <tr>
                                            <td class="pad">
                                                <div
                                                    style="
                                                                            font-family: Arial,
                                                                                Helvetica
                                                                                    Neue,
                                                                                Helvetica,
                                                                                sans-serif;
                                                                            text-align: center;
                                                                        "
                                                    align="center"
                                                >
                                                    <p
                                                        style="
                                                                                text-align: left;
                                                                                color: #404040;
                                                                                font-weight: 600;
                                                                                font-size: 12px;
                                                                            "
                                                    >
                                                        If
                                                        you
                                                        have
                                                        any
                                                        complaints,
                                                        please
                                                        contact
                                                        our
                                                        support
                                                        team
                                                        email
                                                        at
                                                        <a
                                                            href="mailto:support@tbmevents.com
"
                                                            style="
                                                                                    color: #518e99;
                                                                                "
                                                        >support@tbmevents.com
                                                        </a>
                                                    </p>
                                                </div>
                                            </td>
                                        </tr>
                                    </table>
                                    <table
                                        class="html_block block-3"
                                        width="100%"
                                        border="0"
                                        cellpadding="0"
                                        cellspacing="0"
                                        role="presentation"
                                        style="
                                                                mso-table-lspace: 0;
                                                                mso-table-rspace: 0;
                                                            "
                                    >
                                        <tr>
                                            <td class="pad">

                                                <div
                                                    style="
                                                                            font-family: Arial,
                                                                                Helvetica
                                                                                    Neue,
                                                                                Helvetica,
                                                                                sans-serif;
                                                                            text-align: center;
                                                                        "
                                                    align="center"
                                                >
                                                    <div
                                                        style="
                                                                                margin: 30px
                                                                                    auto
                                                                                    30px;
                                                                                width: 200px;
                                                                            "
                                                    >
                                                        <a
                                                            href=""
                                                            style="
                                                                                    padding-left: 10px;
                                                                                    padding-right: 10px;
                                                                                "
                                                            target="_blank"
                                                        >
                                                            <img
                                                                src="https://statics.thetbmevents.com/images/facebook.png"
                                                                alt="Facebook"
                                                                width="20"
                                                                height="20"
                                                            />
                                                        </a>
                                                        <a
                                                            href="https://twitter.com/EventwithTBM"
                                                            style="
                                                                                    padding-left: 10px;
                                                                                    padding-right: 10px;
                                                                                "
                                                            target="_blank"
                                                        >
                                                            <img
                                                                src="https://statics.thetbmevents.com/images/twitter.png"
                                                                alt="Twitter"
                                                                width="20"
                                                                height="20"
                                                            />
                                                        </a>
                                                        <a
                                                            href="https://www.instagram.com/eventswithtbm"
                                                            style="
                                                                                    padding-left: 10px;
                                                                                    padding-right: 10px;
                                                                                "
                                                            target="_blank"
                                                        >
                                                            <img
                                                                src="https://statics.thetbmevents.com/images/instagram.png"
                                                                alt="Instagram"
                                                                width="20"
                                                                height="20"
                                                            />
                                                        </a>
                                                    </div>
                                                </div>


                                            </td>
                                        </tr>
                                    </table>
                                </td>
                            </tr>
                            </tbody>
                        </table>
                    </td>
                </tr>
                </tbody>
            </table>
        </td>
    </tr>
    </tbody>
</table>
<!-- End -->
</body>
</html>

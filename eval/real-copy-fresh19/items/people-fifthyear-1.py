REPORT_EMAIL_BODY = """
Dear {reported_user},

We regret to inform you that your account has been reported for {reason}. We take reports very seriously and are investigating the matter.

You have the right to appeal the report by contacting us and providing additional information or evidence that may help us resolve this matter.

Please note that repeated violations of our terms of service may result in the permanent deactivation of your account.

Thank you for your attention to this matter.

Best regards,

[Function Company]
"""
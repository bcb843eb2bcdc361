<div style="font-family: Arial, sans-serif; color: #333; max-width: 600px; margin: auto; border: 1px solid #e0e0e0; border-radius: 8px; padding: 20px;">
    <h1 style="color: #0275d8; text-align: center;">Request Submitted</h1>

    <p>Good day! This is from Congressional Office (Balay Nenotchka/Payag). Your application with the tracking number <strong>{{ $trackingNumber }}</strong> has been <strong>SUBMITTED</strong>.</p>

    <p style="font-size: 14px; color: #666;">
        Please be patient while waiting for further updates on your application. Thank You and Mabuhay!
    </p>
</div>
<div style="font-family: Arial, sans-serif; color: #333; max-width: 600px; margin: auto; border: 1px solid #e0e0e0; border-radius: 8px; padding: 20px;">
    <h1 style="color: #d9534f; text-align: center;">Request Rejected</h1>

    <p>Good day! This is from Congressional Office (Balay Nenotchka/Payag). Your application with tracking number <strong>{{ $trackingNumber }}</strong> has been rejected.</p>

    <p style="font-size: 14px; color: #666;">
        Please comply the additional requirements that indicated below.
    </p>

    <p style="font-size: 14px; color: #666;">
        Reason for Rejection: {{ $reason }}
    </p>


    <p style="margin-top: 20px; font-size: 12px; color: #aaa;">
        Note: Please upload/comply the additional requirements through your tracking number.
    </p>
</div>

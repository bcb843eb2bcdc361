<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <title>Camera Settings for Costa Rica</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333;">
    <div style="max-width: 600px; margin: 0 auto; padding: 20px;">
        <h1>Camera Settings for Costa Rica</h1>
        <p>Hi {{ $record->name }},</p>
        <p>Here are the essential camera settings for Costa Rica photography:</p>
        <h3>Wildlife Photography:</h3>
        <ul>
            <li>Shutter Priority mode (TV/S)</li>
            <li>Fast shutter speeds (1/500s or faster)</li>
            <li>Higher ISO (800-3200) for jungle conditions</li>
        </ul>
        <h3>Landscape Photography:</h3>
        <ul>
            <li>Aperture Priority mode (AV/A)</li>
            <li>f/8-f/11 for sharp landscapes</li>
            <li>Tripod essential for waterfalls</li>
        </ul>
        
        <hr style="margin: 30px 0; border: none; border-top: 1px solid #eee;">
        <p style="font-size: 12px; color: #666;">
            <a href="{{ $unsubscribeUrl }}" style="color: #666;">Unsubscribe</a>
        </p>
    </div>
</body>
</html>
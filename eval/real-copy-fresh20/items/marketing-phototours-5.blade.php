<hr style="margin: 30px 0; border: none; border-top: 2px solid #eeeeee;"-->
<p style="font-size: 12px; color: #666;"-->
   Don't need these emails? <a href="{{ $unsubscribeUrl }}" style="color: #666;"-->Unsubscribe</a--><br-->
   If you feel these emails were sent to you in error, please contact us at <a href="mailto:info@realcoolphototours.com" style="color: #666;"-->info@realcoolphototours.com</a-->
</p-->
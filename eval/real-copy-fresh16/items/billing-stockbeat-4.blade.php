<x-mail.layout preheader="You're subscribed to the StockBeat newsletter.">
    <h2 style="margin:0 0 12px; font-size:19px; font-weight:600; color:#191C18; letter-spacing:-0.01em;">You're subscribed</h2>
    <p style="margin:0;">Thanks for subscribing to StockBeat's newsletter — we'll email you product updates and announcements.</p>

    <x-slot:footer>
        <a href="{{ $unsubscribeUrl }}" style="color:#757872; text-decoration:underline;">Unsubscribe</a>
    </x-slot:footer>
</x-mail.layout>

KEEP YOUR STREAK GOING! 🔥

Hello {{ $name }},

Your consistent learning is impressive! Here's where you stand:

STREAK STATUS
Current Streak: {{ $currentStreak }} days
Longest Streak: {{ $longestStreak }} days

🛡️ Remember: You can miss one day without breaking your streak!

Just a few minutes of learning today will keep your {{ $currentStreak }}-day streak going strong!

Continue Learning Now: {{ url('/') }}

Keep building that habit - you're doing amazing!

The MyAcademy Team

---
You're receiving this because you're an active MyAcademy learner.
Manage notifications: {{ url('/notification-settings') }}
Unsubscribe: {{ url('/unsubscribe') }}

© {{ date('Y') }} MyAcademy. All rights reserved.
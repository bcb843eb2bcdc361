import { safeHtml } from '@standardnotes/common'

export const html = safeHtml`<div>
  <p>
    Did you know you can enable daily email backups for your account? This <strong>free</strong> feature sends an
    email to your inbox with an encrypted backup file including all your notes and tags.
  </p>
  <p>
    Email backups are an important feature that help protect you against worst-case scenarios. Your backups can be
    used to restore your account to a previous state, or to import old versions of notes into your present
    account.
  </p>
  <p>
    To enable free email backups, use the Standard Notes web or desktop app, and open Preferences > Backups > Email Backups.
  </p>

  <a href="https://standardnotes.com/help/28/how-do-i-enable-daily-email-backups">
    Learn more about daily email backups →
  </a>
</div>`

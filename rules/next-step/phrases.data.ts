// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/next-step/phrases.yaml",
  "entries": [
    {
      "id": "you-can",
      "regex": "(you can|you could|you'll be able to|you will be able to|you may want to|you might want to|all you need to do|the easiest way|(options?|ways?|how) (for|to) (submit|submitting|file|filing|make|making|lodge|lodging) an appeal|(submit|file|make|lodge) an appeal|(a new|another|a fresh) (request|application|submission|claim|booking|order|proposal)( [^ .]+){0,3} (can|may) be (made|submitted|sent|placed|filed)|to (fix|update|keep|restore|resolve|continue|reactivate|regain|avoid|get|change|cancel|switch|rebook|claim|request|resubscribe|re-subscribe|restart|renew|rejoin|resume|reorder|reopen|unlock))",
      "examples": {
        "invalid": [
          "You can add a new card in your account settings.",
          "The easiest way is through the app.",
          "You have two options for submitting an appeal.",
          "Another request for payment can be made when the above concerns have been addressed."
        ],
        "valid": [
          "We tried to charge your card twice."
        ]
      },
      "line": 43
    },
    {
      "id": "contact-us",
      "regex": "(reply|respond|write back) to (this|our) (email|message|note)|just reply|hit reply|contact (us|our|the|support|customer|(an? |your )?(admin|administrator|administration|organi[sz]er|host|moderator|manager|office|owner|seller|school|teacher|instructor|landlord|sponsor)\\b)|get in touch|reach (out to )?(us|our|me)|(call|phone|ring|text|email|message|chat with|talk to|write to) (us|me|our)|our (support|help|billing|customer|care|service|accounts|security) (team|desk|centre|center|page|line|staff)|(help|support|status|service) (centre|center|page|desk|portal|team)|here to help|happy to help|glad to help|(support|help)@|call [0-9(+]|(please|kindly|questions,?|queries,?) (do )?contact (?!(details|information|info|form|number)\\b)[^ ]+|contact (x{2,}|[^ ]*@)|reach out(?= *([.!,]|$|to (us|our|me|the|support|x{2,})))",
      "examples": {
        "invalid": [
          "Questions? Just reply and we’ll sort it out.",
          "Our support team is here to help.",
          "If you have any questions please contact support@example.com.",
          "If you have any questions, please do not hesitate to reach out."
        ],
        "valid": [
          "Please do not reply to this email.",
          "We could not verify your contact details."
        ]
      },
      "line": 54
    },
    {
      "id": "we-will",
      "regex": "(someone|somebody|a member of (our|the) team|our team|the team|an? (admin|administrator|moderator|agent|adviser|advisor|representative|coordinator|manager)) (will|'ll|is going to) (be in touch|contact you|get back to you|reach out|follow up|call you|email you)|(we'll|we will|we're going to|we are going to|i'll|i will) (automatically )?(attempt|retry|try again|try|email|update|notify|let you know|send|refund|restore|fix|be back|follow up|credit|ship|deliver|contact|reach out|keep you|post|share|charge|process|review|look into|investigate|get back|be in touch|hold|reserve|waive|extend|cover|reimburse|replace)",
      "examples": {
        "invalid": [
          "We’ll automatically retry the payment.",
          "Someone will be in touch shortly.",
          "We will attempt to take payment from your backup source."
        ],
        "valid": [
          "We were not able to charge it."
        ]
      },
      "line": 66
    },
    {
      "id": "timeline",
      "regex": "(next|further|another|regular) update|status page|(expect|expecting) (it|your|a|the|an|us)|(should|will|is expected to|are expected to) (arrive|be back|be restored|be fixed|resume|ship|be resolved|be available|be delivered|go out|return)|as soon as|(within|in the next|over the next|by the end of|no later than) ([0-9]+|a|an|one|two|three|four|five|six|seven|ten|24|48|the next|a few|the)( [^ ]+){0,3} (minutes?|hours?|days?|weeks?|months?|working days|business days|week|month|day|hour)|(by|until|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|[0-9]|january|february|march|april|may|june|july|august|september|october|november|december|tomorrow|tonight|the [0-9])",
      "examples": {
        "invalid": [
          "Your plan stays active until Friday.",
          "It should be back within the next two hours."
        ],
        "valid": [
          "It was the second time this month."
        ]
      },
      "line": 75
    },
    {
      "id": "billing-stops",
      "regex": "(will|'ll) (no longer|not) (renew|be renewed|be charged|be billed|charge you|bill you|take (any )?(more )?payments?)|(won't|will not) (renew|be renewed|be charged|be billed|charge you|bill you)( again| anymore| any more)?|no (further|more) (payments?|charges?|bills?|invoices?|renewals?) will be (made|taken|charged|collected|sent|issued)",
      "examples": {
        "invalid": [
          "Your subscription has been cancelled and will no longer renew.",
          "You won't be charged again.",
          "No further payments will be taken."
        ],
        "valid": [
          "Your subscription has been cancelled."
        ]
      },
      "line": 85
    },
    {
      "id": "nothing-to-do",
      "regex": "(nothing|no action|there's nothing) (you need|is needed|is required|needed|required)|(you don't|you do not) (need|have) to do anything",
      "examples": {
        "invalid": [
          "No action is needed on your part."
        ]
      },
      "line": 94
    },
    {
      "id": "forward-it-to",
      "regex": "(forward|send|report) (it|this|them|that|anything|any|the)( [^ .]+){0,4} to|(you'll|you will) (be asked to|be prompted to|be required to|need to|have to|receive|get|see|be able to|be notified|be informed|be contacted|be emailed|hear from us)",
      "examples": {
        "invalid": [
          "You’ll be asked to confirm it next time you sign in."
        ]
      },
      "line": 99
    },
    {
      "id": "looks-ahead-to-a-date",
      "regex": "(will|'ll|shall|should|expect|expected|going to|scheduled|planned|due) ([^ .]+ ){0,6}(on|from|after) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|[0-9]|january|february|march|april|may|june|july|august|september|october|november|december|tomorrow|tonight|the [0-9])|(on|from|after) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|[0-9]|january|february|march|april|may|june|july|august|september|october|november|december|tomorrow|tonight|the [0-9])([^ .]*)( [^ .]+){0,6} (will|'ll|shall|should|can|expect)",
      "examples": {
        "invalid": [
          "The plan is due for renewal on Monday."
        ],
        "valid": [
          "It happened on Monday."
        ]
      },
      "line": 105
    },
    {
      "id": "suspension-ends",
      "regex": "(unban date|(ban|suspension|block|mute|restriction|lock) (expires|ends|will end|will expire|will be lifted|is lifted))(?!:? *(never|none|n/a|permanent|indefinite|no end))|(can|will|may) (lift|remove|end|reverse) (the|your|this) (ban|suspension|block|mute|restriction)",
      "examples": {
        "invalid": [
          "Unban date: 3 May",
          "The administrator can lift the ban."
        ],
        "valid": [
          "The ban is permanent.",
          "Unban date: never",
          "Your ban ends: never."
        ]
      },
      "line": 115
    },
    {
      "id": "talk-to-someone",
      "regex": "(speak|talk|chat) (to|with) ([^ ]+ ){0,3}(in|at|on|from|our|the|your|a)|ask (us|our|your|the|a member|at)|(pop|drop|come) (in|by|and see us)|(come|head) (here|over here|over to|to (our|the) [^ ]+ (server|discord|channel|forum|community))|join (our|the) (support |help )?(server|discord|channel|community|forum)",
      "examples": {
        "invalid": [
          "Feel free to pop in at the branch.",
          "Come here if you believe it's a mistake.",
          "Join our support server to appeal."
        ]
      },
      "line": 125
    },
    {
      "id": "done-for-the-reader",
      "regex": "(ships|will ship|arrives|will arrive|is on its way|goes out|will go out|dispatches|will be dispatched|will be delivered) (today|tomorrow|tonight|on|by|this|next|within|in|as)|(has been|have been|was|were|will be|is being) (refunded|credited|reimbursed|replaced|rescheduled|reissued|restored|reinstated|resent|issued|fixed|resolved)|(refund|credit|replacement) (is|has been|was|will be) (on its way|issued|processed|sent)|(we|we've|we have|we've now|we have now) (issued|sent|processed|made) (you )?(a |an |your )?(full |partial )?(refund|credit|replacement)(?! (form|request|policy|link|page))",
      "options": {
        "done": true
      },
      "examples": {
        "invalid": [
          "The fee has been refunded.",
          "We have issued a partial refund of 20 GBP to your original payment method."
        ],
        "valid": [
          "The fee has not been refunded."
        ]
      },
      "line": 132
    }
  ],
  "tables": {
    "actionVerbs": [
      "update",
      "add",
      "change",
      "check",
      "choose",
      "click",
      "confirm",
      "contact",
      "download",
      "email",
      "enter",
      "fill",
      "find",
      "follow",
      "go",
      "head",
      "install",
      "log",
      "open",
      "pay",
      "phone",
      "ring",
      "read",
      "rebook",
      "reply",
      "request",
      "reschedule",
      "reset",
      "retry",
      "return",
      "review",
      "schedule",
      "see",
      "select",
      "send",
      "set",
      "share",
      "sign",
      "start",
      "switch",
      "tap",
      "tell",
      "text",
      "try",
      "turn",
      "upgrade",
      "upload",
      "use",
      "verify",
      "visit",
      "call",
      "chat",
      "book",
      "apply",
      "claim",
      "cancel",
      "renew",
      "restore",
      "reactivate",
      "resubmit",
      "let",
      "keep",
      "make",
      "order",
      "pick",
      "track",
      "manage",
      "edit",
      "remove",
      "replace",
      "move",
      "register",
      "create",
      "join",
      "resubscribe",
      "login",
      "notify",
      "inform",
      "write",
      "message",
      "reach",
      "ask",
      "appeal",
      "reapply",
      "settle",
      "rectify",
      "fix",
      "submit",
      "provide",
      "view",
      "resolve",
      "arrange"
    ],
    "emailAddress": "[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+",
    "phoneNumber": "(?<![\\p{L}\\p{N}])(\\+?\\d[\\d ()-]{7,}\\d)(?![\\p{L}\\p{N}])",
    "exampleNextStep": {
      "failed-payment": "To keep your plan active, update your card in your account settings, or reply to this email and we’ll help.",
      "billing-error": "We’ll refund the extra charge within 3 working days; reply to this email if you don’t see it.",
      "outage": "We’ll post the next update on our status page within the hour.",
      "delay": "We’ll email you as soon as it ships, and you can track it from your account.",
      "price-rise": "If you’d like to change or cancel your plan, you can do it in your account settings before then.",
      "suspension": "To restore access, reply to this email and our team will help.",
      "breach": "We recommend changing your password now; reply to this email if you have any questions.",
      "out-of-stock": "We’ll email you when it’s back, or you can choose a similar item from your order page.",
      "refund-denied": "If you think we got this wrong, reply to this email and we’ll take another look.",
      "cancellation": "You can rebook from your account, or reply to this email and we’ll help.",
      "debt": "If you’d like to set up a payment plan, reply to this email and we’ll work it out together.",
      "content-removed": "If you think this was a mistake, reply to this email and a moderator will review it again.",
      "other": "Reply to this email and we’ll help you sort it out."
    }
  },
  "signalContext": "Hi Sam,\n\nYour payment of $12 was declined."
};

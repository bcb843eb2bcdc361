// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-cold-tone/phrases.yaml",
  "entries": [
    {
      "id": "dear-category-plural",
      "message": "greeting",
      "regex": "(?<!\\b(?:our|my|your|the|a|all|to|for|of|and|with) )(?:dear|(?:hello|hi|hey|greetings),? (?:valued|esteemed|loyal|respected|dear|treasured|cherished))(?: (?:valued|esteemed|loyal|respected|dear|treasured|cherished))* (?:customers|clients|users|members|subscribers|guests|patrons|shoppers|card\\s*holders|account\\s*holders|policy\\s*holders|applicants|candidates|sirs)(?! (?:service|support|care|team|experience|success|relations|portal|account|number|id|agreement)\\b)",
      "rewrite": [
        "Hi everyone",
        "Hello"
      ],
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Hello valued customers! We are sorry, but our store is closed today due to an outage."
        ],
        "valid": [
          "Hello valued customers! Our doors open at 9."
        ]
      },
      "line": 24
    },
    {
      "id": "dear-category",
      "message": "greeting",
      "regex": "(?<!\\b(?:our|my|your|the|a|all|to|for|of|and|with) )dear (?:(?:valued|esteemed|loyal|respected|dear|treasured|cherished) )*(?:customers?|clients?|users?|members?|subscribers?|guests?|patrons?|shoppers?|card\\s*holders?|account\\s*holders?|policy\\s*holders?|applicants?|candidates?|sir(?:\\s*(?:/|or|and)\\s*madam)?|madam(?:\\s*(?:/|or|and)\\s*sir)?)(?! (?:service|support|care|team|experience|success|relations|portal|account|number|id|agreement)\\b)(?!,? x{2,})",
      "rewrite": [
        "Hi there",
        "Hello"
      ],
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Dear valued customer,\nPlease be advised that your account has been suspended.",
          "Dear Customer,\nYour payment failed and your order has been cancelled.",
          "DEAR VALUED CUSTOMER, YOUR PAYMENT HAS FAILED."
        ],
        "valid": [
          "Dear user {{ $userName }},\nYour refund request was rejected.",
          "Dear Customer,\nYour parcel is on its way.",
          "DEAR VALUED CUSTOMER, YOUR ORDER SHIPPED."
        ]
      },
      "line": 37
    },
    {
      "id": "attention-category",
      "message": "greeting",
      "regex": "attention,? (?:(?:e-?mail|message|ticket) )?(?:sender|customer|client|user|member|subscriber|account ?holder|card ?holder|guest|applicant)s?(?= ?[:!,])",
      "examples": {
        "invalid": [
          "Attention Email Sender: your message could not be delivered."
        ],
        "valid": [
          "Customers who need attention, sender details and more are in the inbox."
        ]
      },
      "line": 64
    },
    {
      "id": "this-is-a-notice-that",
      "message": "preamble",
      "regex": "this is (?:a|an|your|the) (?:(?:automated|automatic|formal|official|courtesy|system|friendly) )?(?:notice|notification|notification e-?mail|notice e-?mail) (?:that|to let you know(?: that)?)|this is (?:a|an|your) (?:automated|automatic|formal|official|courtesy|system) (?:e-?mail|message|letter) (?:that|to let you know(?: that)?|to (?:inform|advise|notify) you(?: that)?)",
      "options": {
        "rewrite": "drop-opener",
        "safe": true
      },
      "examples": {
        "invalid": [
          "This is a notice that your card payment failed.",
          "This is a notification that your service has been suspended.",
          "This is a courtesy e-mail to let you know that we have received your query."
        ],
        "valid": [
          "This is a reminder that your appointment is tomorrow at 10."
        ]
      },
      "line": 74
    },
    {
      "id": "you-are-requested-to",
      "message": "officialese",
      "regex": "(?<=^|[,;:] )you are (?:hereby |kindly )?(?:requested|instructed|directed) to",
      "rewrite": "please",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "You are requested to follow this link to see the ticket."
        ],
        "valid": [
          "Here is what you are required to bring: a photo ID.",
          "The items you are requested to return are listed below."
        ]
      },
      "line": 88
    },
    {
      "id": "hello-valued-category",
      "message": "greeting",
      "regex": "(?:hello|hi|hey|greetings),? (?:dear )?(?:valued|esteemed|loyal|respected|dear|treasured|cherished) (?:(?:valued|esteemed|loyal|respected|dear|treasured|cherished) )*(?:customers?|clients?|users?|members?|subscribers?|guests?|patrons?|shoppers?|card\\s*holders?|account\\s*holders?|policy\\s*holders?|applicants?|candidates?)(?! (?:service|support|care|team|experience|success|relations|portal|account|number|id|agreement)\\b)",
      "rewrite": [
        "Hi there",
        "Hello"
      ],
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Hello valued customers, we are sorry, but your orders were cancelled."
        ]
      },
      "line": 100
    },
    {
      "id": "to-whom-it-may-concern",
      "message": "greeting",
      "pattern": "to whom it may concern",
      "rewrite": "Hello",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "To whom it may concern,\nI am writing about my order."
        ]
      },
      "line": 111
    },
    {
      "id": "valued-customer",
      "message": "valued",
      "regex": "(?:valued|esteemed) (?<who>customers?|clients?|users?|members?|subscribers?|guests?|patrons?|shoppers?|card\\s*holders?|account\\s*holders?|policy\\s*holders?|applicants?|candidates?)(?! of (?:the|our|my|your) (?:team|staff)\\b)",
      "rewrite": "{who}",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "As a valued customer, you get early access to the sale."
        ]
      },
      "line": 122
    },
    {
      "id": "please-be-notified",
      "message": "preamble",
      "regex": "(?:please|kindly) be notified(?: that)?(?! (?:to|by|when|if|as soon as|once)\\b)",
      "examples": {
        "invalid": [
          "Please be notified on your order payment failure.",
          "Kindly be notified that your parcel is delayed."
        ],
        "valid": [
          "Please choose how you'd like to be notified.",
          "Would you like to be notified when it is back in stock?"
        ]
      },
      "line": 132
    },
    {
      "id": "please-be-advised",
      "message": "preamble",
      "regex": "(?:please|kindly) be (?:advised|informed)(?: that)?(?! (?:to|by)\\b)",
      "options": {
        "rewrite": "drop-opener",
        "safe": true
      },
      "examples": {
        "invalid": [
          "Dear valued customer,\nPlease be advised that your plan renews on 1 May.",
          "Hi Maya, please be advised that your plan renews soon.",
          "Kindly be informed that the office is closed on Monday."
        ],
        "valid": [
          "Avoid openers like “Please be advised that” in your emails."
        ]
      },
      "line": 142
    },
    {
      "id": "be-advised",
      "message": "preamble",
      "regex": "(?<=(?:^|[\\n:;,\"(])\\s*)be (?:advised|informed)(?: that|(?=\\s*[:,]))",
      "options": {
        "rewrite": "drop-opener",
        "safe": true
      },
      "examples": {
        "invalid": [
          "Your order has shipped. Be advised that delivery takes five days."
        ]
      },
      "line": 157
    },
    {
      "id": "you-are-advised",
      "message": "preamble",
      "regex": "you(?: are|'re)(?: hereby)? (?:advised|informed|notified) that",
      "options": {
        "rewrite": "drop-opener",
        "safe": true
      },
      "examples": {
        "invalid": [
          "You are advised that your plan renews on 1 May."
        ]
      },
      "line": 166
    },
    {
      "id": "kindly-note",
      "message": "preamble",
      "regex": "kindly (?:note|notice|take note)(?: that)?",
      "options": {
        "rewrite": "drop-opener",
        "safe": true
      },
      "examples": {
        "invalid": [
          "Kindly note that the office is closed on Monday."
        ]
      },
      "line": 175
    },
    {
      "id": "please-note",
      "message": "preamble",
      "regex": "please (?:note|take note)(?: that|(?=\\s*[:,]))",
      "options": {
        "rewrite": "drop-opener",
        "safe": true,
        "option": "pleaseNote"
      },
      "examples": {
        "invalid": [
          "Please note that the office is closed on Monday.",
          "Please note: prices rise in May."
        ],
        "valid": [
          "Please note the new address below."
        ],
        "ruleOptions": {
          "pleaseNote": true
        }
      },
      "line": 184
    },
    {
      "id": "writing-to-inform-that",
      "message": "preamble",
      "regex": "(?:(?:we|i)(?: are|'re| am|'m) writing|this (?:email|e-mail|letter|message|notice|note) is|this is) to (?:inform|advise|notify) you that",
      "options": {
        "rewrite": "drop-opener",
        "safe": true
      },
      "examples": {
        "invalid": [
          "We’re writing to inform you that your plan renews on 1 May."
        ]
      },
      "line": 199
    },
    {
      "id": "wish-to-inform-that",
      "message": "preamble",
      "regex": "(?:we|i) (?:wish|would like|'d like|want) to (?:inform|advise|notify) you that",
      "options": {
        "rewrite": "drop-opener",
        "safe": true
      },
      "examples": {
        "invalid": [
          "We want to inform you that your plan renews on 1 May."
        ]
      },
      "line": 208
    },
    {
      "id": "writing-to-inform",
      "message": "preamble",
      "regex": "(?:(?:we|i)(?: are|'re| am|'m) writing|this (?:email|e-mail|letter|message|notice|note) is|this is) to (?:inform|advise|notify) you(?: of| about)?",
      "examples": {
        "invalid": [
          "We are writing to inform you of a change to your plan."
        ]
      },
      "line": 217
    },
    {
      "id": "wish-to-inform",
      "message": "preamble",
      "regex": "(?:we|i) (?:wish|would like|'d like) to (?:inform|advise|notify) you(?: of| about)?",
      "examples": {
        "invalid": [
          "We would like to inform you about our new opening hours."
        ]
      },
      "line": 223
    },
    {
      "id": "bring-to-your-attention",
      "message": "preamble",
      "regex": "(?:we|i) (?:wish|would like|'d like|want) to bring to your attention(?: that)?",
      "options": {
        "rewrite": "drop-opener",
        "safe": false
      },
      "examples": {
        "invalid": [
          "We would like to bring to your attention a change in our terms."
        ]
      },
      "line": 229
    },
    {
      "id": "we-regret-to-inform",
      "message": "regret",
      "regex": "we (?:must |have to )?regret to (?:inform|tell|advise|notify) you(?: that)?(?! (?:of|about)\\b)",
      "rewrite": "We're sorry, but",
      "options": {
        "rewrite": "replace",
        "at": "line-start"
      },
      "examples": {
        "invalid": [
          "We regret to inform you that your flight is cancelled.",
          "Thanks for applying. Unfortunately, we regret to inform you that the role is filled."
        ]
      },
      "line": 238
    },
    {
      "id": "i-regret-to-inform",
      "message": "regret",
      "regex": "i (?:must |have to )?regret to (?:inform|tell|advise|notify) you(?: that)?(?! (?:of|about)\\b)",
      "rewrite": "I'm sorry, but",
      "options": {
        "rewrite": "replace",
        "at": "line-start"
      },
      "examples": {
        "invalid": [
          "I regret to inform you that your application was unsuccessful."
        ]
      },
      "line": 249
    },
    {
      "id": "regret-to-inform-of",
      "message": "regret",
      "regex": "(?:we|i) (?:must |have to )?regret to (?:inform|tell|advise|notify) you",
      "examples": {
        "invalid": [
          "We regret to inform you of a delay to your order."
        ]
      },
      "line": 259
    },
    {
      "id": "with-regret",
      "message": "regret",
      "regex": "it is with (?:great |deep |much |sincere )?regret that (?:we|i) (?:must )?(?:inform|tell|advise|notify) you(?: that)?(?! (?:of|about)\\b)",
      "rewrite": "We're sorry, but",
      "options": {
        "rewrite": "replace",
        "at": "line-start"
      },
      "examples": {
        "invalid": [
          "It is with great regret that we must inform you that the event is cancelled."
        ]
      },
      "line": 265
    },
    {
      "id": "sorry-to-inform",
      "message": "regret",
      "regex": "(?<subj>we|i)(?<be> are|'re| am|'m) (?:sorry|sad|unhappy) to (?:inform|advise|notify) you(?<that> that)?",
      "rewrite": "{subj}{be} sorry to tell you{that}",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "We are sorry to inform you that your flight is cancelled."
        ]
      },
      "line": 275
    },
    {
      "id": "come-to-our-attention",
      "message": "attention",
      "regex": "it(?:'s| has)? (?:come|came) to our attention(?<that> that)?",
      "rewrite": [
        "We noticed{that}",
        "We've noticed{that}"
      ],
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "It’s come to our attention that your card expired."
        ]
      },
      "line": 284
    },
    {
      "id": "come-to-my-attention",
      "message": "attention",
      "regex": "it(?:'s| has)? (?:come|came) to my attention(?<that> that)?",
      "rewrite": "I noticed{that}",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "It has come to my attention that your invoice is unpaid."
        ]
      },
      "line": 295
    },
    {
      "id": "brought-to-our-attention",
      "message": "attention",
      "regex": "it(?:'s been| has been| was) brought to our attention(?<that> that)?",
      "rewrite": [
        "We've learned{that}",
        "We heard{that}"
      ],
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Thanks for your message.\nIt has been brought to our attention that your card was used abroad."
        ]
      },
      "line": 304
    },
    {
      "id": "at-this-time-unable",
      "message": "unable",
      "regex": "(?<time>at (?:this|the present) (?:point in )?time(?! of\\b))(?<sep>,? )(?:(?<subj>we|i)(?: are|'re| am|'m)? (?:currently |simply )?(?:unable to|not able to|not in a position to)|(?<subj2>we|i) (?:currently |simply )?(?:cannot|can not|can't))",
      "rewrite": "right now{sep}{subj}{subj2} can't",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "At this time, we're not able to take new orders."
        ]
      },
      "line": 317
    },
    {
      "id": "unable-at-this-time",
      "message": "unable",
      "regex": "(?:(?<subj>we|i)(?: are|'re| am|'m)? (?:currently |simply )?(?:unable to|not able to|not in a position to)|(?<subj2>we|i) (?:currently |simply )?(?:cannot|can not|can't))(?<gap> [^.;:!?\\n]{1,80}?) at (?:this|the present) (?:point in )?time(?! of\\b)",
      "rewrite": "{subj}{subj2} can't{gap} right now",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "We are unable to process your refund at this time.",
          "We’re currently unable to ship your order at this time."
        ]
      },
      "line": 326
    },
    {
      "id": "call-is-important",
      "message": "scripted",
      "regex": "your call is (?:very |extremely |really |so )?important to (?:us|me)",
      "rewrite": "Thanks for holding",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Your call is important to us. Please stay on the line."
        ]
      },
      "line": 336
    },
    {
      "id": "message-is-important",
      "message": "scripted",
      "regex": "your (?<what>email|e-mail|message|enquiry|inquiry|query) is (?:very |extremely |really |so )?important to (?:us|me)",
      "rewrite": "Thanks for your {what}",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Your email is very important to us."
        ]
      },
      "line": 345
    },
    {
      "id": "received-will-be-reviewed",
      "message": "autoReply",
      "regex": "(?<det>your|the) (?<what>request|application|enquiry|inquiry|query|message|email|e-mail|claim|complaint|ticket|case|submission|form) (?:has|have) been (?:received|logged|registered|recorded)(?:,)? and (?:will be|is being|shall be) (?:reviewed|assessed|considered)(?: in due course| shortly| accordingly)?",
      "rewrite": "We've got {det} {what} and will review it",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Your complaint has been received and will be reviewed in due course."
        ]
      },
      "line": 354
    },
    {
      "id": "received-will-be-processed",
      "message": "autoReply",
      "regex": "(?<det>your|the) (?!(?:order|return|refund) (?![^.!?]*\\b(?:in due course|accordingly|in the order (?:it was|they were) received)))(?<what>request|application|enquiry|inquiry|query|message|email|e-mail|claim|complaint|ticket|case|submission|form|order|return|refund) (?:has|have) been (?:received|logged|registered|recorded)(?:,)? and (?:will be|is being|shall be) (?:processed|handled|actioned|dealt with|attended to)(?: in due course| shortly| accordingly| in the order (?:it was|they were) received)?",
      "conditions": [
        {
          "not-followed-by": "^\\s*(?:once|when|after|within|by|on|as soon as|before|in \\d|in (?:one|two|three|a few) )"
        }
      ],
      "rewrite": "We've got {det} {what} and we're working on it",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Your request has been received and will be processed in due course.",
          "Your application has been received and will be processed.",
          "Your order has been received and will be processed in due course."
        ],
        "valid": [
          "Your claim has been received and will be handled once the courier scans the parcel.",
          "Your return has been logged and will be processed within 3 working days.",
          "Thank you for your order! Your order has been received and is being processed."
        ]
      },
      "line": 363
    },
    {
      "id": "as-per-our-records-opening",
      "message": "officialese",
      "regex": "(?:as )?per our records,",
      "rewrite": "Our records show that",
      "options": {
        "rewrite": "replace",
        "at": "line-start"
      },
      "examples": {
        "invalid": [
          "As per our records, your payment is overdue."
        ]
      },
      "line": 383
    },
    {
      "id": "as-per-our-records",
      "message": "officialese",
      "regex": "(?:as )?per (?:our|my) records",
      "rewrite": "according to our records",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "As per our records, your plan ended in May."
        ]
      },
      "line": 393
    },
    {
      "id": "as-per-your-request",
      "message": "officialese",
      "regex": "(?:as )?per your (?:request|instructions|wishes)",
      "rewrite": "as you asked",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "As per your request, we closed your account."
        ]
      },
      "line": 402
    },
    {
      "id": "as-per-our-conversation",
      "message": "officialese",
      "regex": "as per (?:our|my) (?:(?:recent|earlier|previous|last) )?(?:conversation|call|phone call|chat|discussion|meeting)",
      "rewrite": "as we discussed",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "As per our recent conversation, I have updated your address."
        ]
      },
      "line": 411
    },
    {
      "id": "as-per-our-agreement",
      "message": "officialese",
      "regex": "as per (?:our|the) agreement",
      "rewrite": "as we agreed",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "As per our agreement, the refund is attached."
        ]
      },
      "line": 420
    },
    {
      "id": "acknowledge-receipt",
      "message": "officialese",
      "regex": "(?<subj>we|i) (?:hereby )?acknowledge (?:the )?receipt of",
      "rewrite": "{subj} have received",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "We acknowledge receipt of your complaint."
        ]
      },
      "line": 429
    },
    {
      "id": "per-our-policy",
      "message": "policy",
      "regex": "(?:as )?per (?<det>our|the) (?<rule>polic(?:y|ies)|terms(?: and conditions| of (?:service|use|sale))?|t&cs?|rules|guidelines|procedures?|(?:company|store|returns?|refund|cancellation|privacy) polic(?:y|ies))",
      "rewrite": "under {det} {rule}",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Per our policy, opened items can't be returned."
        ]
      },
      "line": 438
    },
    {
      "id": "per-company-policy",
      "message": "policy",
      "regex": "(?:as )?per (?:company|store|bank|house) (?<rule>polic(?:y|ies)|terms(?: and conditions| of (?:service|use|sale))?|t&cs?|rules|guidelines|procedures?|(?:company|store|returns?|refund|cancellation|privacy) polic(?:y|ies))",
      "rewrite": "under our {rule}",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "Per company policy, opened items cannot be returned.",
          "Per company policy, refunds take ten days."
        ],
        "valid": [
          "Per company policy, refunds are processed within ten days."
        ]
      },
      "line": 447
    },
    {
      "id": "in-accordance-with-policy",
      "message": "policy",
      "regex": "in (?:accordance|compliance|keeping) with (?<det>our|the) (?<rule>polic(?:y|ies)|terms(?: and conditions| of (?:service|use|sale))?|t&cs?|rules|guidelines|procedures?|(?:company|store|returns?|refund|cancellation|privacy) polic(?:y|ies))",
      "rewrite": "under {det} {rule}",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "No refund is issued in accordance with our terms and conditions.",
          "Your connection will be disconnected in accordance with our policies."
        ],
        "valid": [
          "Refunds are issued in accordance with our terms and conditions.",
          "Your data is stored securely in accordance with our policies."
        ]
      },
      "line": 459
    },
    {
      "id": "according-to-policy",
      "message": "policy",
      "regex": "according to (?:our|company|store) (?<rule>polic(?:y|ies)|rules|procedures?|(?:company|store|returns?|refund|cancellation) polic(?:y|ies))",
      "rewrite": "under our {rule}",
      "options": {
        "rewrite": "replace"
      },
      "examples": {
        "invalid": [
          "According to our refund policy, sale items cannot be returned."
        ]
      },
      "line": 472
    },
    {
      "id": "pursuant-to",
      "message": "legalese",
      "pattern": "pursuant to",
      "rewrite": "under",
      "options": {
        "rewrite": "replace",
        "example": "“under our terms” instead of “pursuant to our terms”"
      },
      "examples": {
        "invalid": [
          "Pursuant to our terms, we hereby close your account."
        ]
      },
      "line": 481
    },
    {
      "id": "hereby",
      "message": "legalese",
      "pattern": "hereby",
      "options": {
        "rewrite": "drop-word",
        "example": "“We confirm your booking” instead of “We hereby confirm your booking”"
      },
      "examples": {
        "invalid": [
          "Pursuant to our terms, we hereby close your account."
        ]
      },
      "line": 491
    },
    {
      "id": "herewith",
      "message": "legalese",
      "pattern": "herewith",
      "options": {
        "rewrite": "drop-word",
        "example": "“Your invoice is attached” instead of “Please find herewith your invoice”"
      },
      "examples": {
        "invalid": [
          "Please find your invoice herewith."
        ]
      },
      "line": 500
    },
    {
      "id": "contained-herein",
      "message": "legalese",
      "regex": "(?:contained|set out|set forth|described|stated|included) herein",
      "rewrite": "in this message",
      "options": {
        "rewrite": "replace",
        "example": "“the details in this email” instead of “the details contained herein”"
      },
      "examples": {
        "invalid": [
          "The information contained herein is confidential."
        ]
      },
      "line": 509
    },
    {
      "id": "hereinafter",
      "message": "legalese",
      "regex": "hereinafter(?: (?:referred to as|called|known as))?",
      "options": {
        "example": "“we” instead of “Acme Ltd (hereinafter referred to as the Company)”"
      },
      "examples": {
        "invalid": [
          "Acme Ltd, hereinafter referred to as the Company, will contact you."
        ]
      },
      "line": 519
    },
    {
      "id": "herein",
      "message": "legalese",
      "regex": "herein(?! lies?\\b)",
      "rewrite": "here",
      "options": {
        "rewrite": "replace",
        "example": "“the details in this email” instead of “the details herein”"
      },
      "examples": {
        "invalid": [
          "The terms herein apply to all orders."
        ]
      },
      "line": 527
    },
    {
      "id": "heretofore",
      "message": "legalese",
      "pattern": "heretofore",
      "rewrite": "until now",
      "options": {
        "rewrite": "replace",
        "example": "“until now” instead of “heretofore”"
      },
      "examples": {
        "invalid": [
          "The plan heretofore known as Basic is now Starter."
        ]
      },
      "line": 537
    },
    {
      "id": "henceforth",
      "message": "legalese",
      "pattern": "henceforth",
      "rewrite": "from now on",
      "options": {
        "rewrite": "replace",
        "example": "“from now on” instead of “henceforth”"
      },
      "examples": {
        "invalid": [
          "Henceforth, invoices will be sent by email."
        ]
      },
      "line": 547
    },
    {
      "id": "the-undersigned",
      "message": "legalese",
      "pattern": "the undersigned",
      "options": {
        "example": "“I” or your name instead of “the undersigned”"
      },
      "examples": {
        "invalid": [
          "The undersigned confirms the booking."
        ]
      },
      "line": 557
    },
    {
      "id": "aforementioned",
      "message": "legalese",
      "pattern": "(aforementioned|aforesaid)",
      "options": {
        "rewrite": "drop-word",
        "example": "“the change” instead of “the aforementioned change”"
      },
      "examples": {
        "invalid": [
          "The aforementioned fee applies to late returns."
        ]
      },
      "line": 565
    },
    {
      "id": "do-not-reply",
      "message": "noReply",
      "regex": "(?:please |kindly )?(?:do not|don't|dont) (?:reply|respond)(?: (?:directly )?to (?:this|the) (?:email|e-mail|message|mail|address|email address|e-mail address|mailbox|inbox|notification|text))?(?!\\s+(?:to|with|if|unless|until|before|or)\\b)",
      "examples": {
        "invalid": [
          "Please don’t reply to this email.",
          "Do not respond to this message."
        ],
        "valid": [
          "This is an automated message, please do not reply.",
          "Please do not reply to this email. If you need help, write to help@example.com.",
          "Please do not reply to this mail. If you have a question about the site, please send an email to our team."
        ]
      },
      "line": 574
    },
    {
      "id": "mailbox-not-monitored",
      "message": "noReply",
      "regex": "(?:this|the) (?:mailbox|inbox|email address|e-mail address|email account|address|email|e-mail) is (?:not monitored|unmonitored|not checked|not read|unattended|not staffed)",
      "examples": {
        "invalid": [
          "This mailbox is not monitored."
        ]
      },
      "line": 585
    },
    {
      "id": "replies-not-read",
      "message": "noReply",
      "regex": "(?:replies|responses|emails|messages) (?:sent )?to this (?:email|e-mail|message|address|email address|mailbox|inbox) (?:are not|aren't|will not be|won't be|cannot be|can't be) (?:monitored|read|answered|seen|checked|received)",
      "examples": {
        "invalid": [
          "Replies to this email are not monitored."
        ]
      },
      "line": 591
    },
    {
      "id": "no-reply-address",
      "message": "noReply",
      "regex": "(?:from|is) an? (?:unmonitored|no-reply|noreply|do-not-reply|unattended) (?:mailbox|inbox|address|email address|e-mail address|account)",
      "examples": {
        "invalid": [
          "This message was sent from an unmonitored mailbox."
        ]
      },
      "line": 597
    }
  ],
  "tables": {
    "contactPath": "@|https?:\\/\\/|\\bwww\\.|\\bcontact\\b|\\bget in touch\\b|\\breach (?:us|out|our|the)\\b|\\bwrite to\\b|\\be-?mail us\\b|\\bcall us\\b|\\bphone us\\b|\\bchat with\\b|\\blive chat\\b|\\bhelp ?(?:cent(?:re|er)|desk|page)\\b|\\bsupport\\b|\\bcustomer (?:service|care)\\b|\\bvisit\\b|\\bmessage us\\b|\\bsend (?:us )?(?:an? )?(?:e-?mail|message|note)\\b|\\btext us\\b|\\b(?:for|need|get) help\\b|\\bquestions\\?",
    "automatedSender": "\\bautomat(?:ed|ic|ically)\\b|\\b(?:system|computer|auto|machine)[- ]generated\\b|\\bnotification[- ]only\\b|\\bsend[- ]only\\b|\\bcannot (?:accept|receive) (?:incoming |any )?(?:e-?mails?|replies|messages)\\b"
  }
};

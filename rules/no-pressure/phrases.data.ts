// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-pressure/phrases.yaml",
  "entries": [
    {
      "id": "now-or-never",
      "message": "ultimatum",
      "regex": "now,? or (?:never|(?:you'?ll |you will )?(?:regret it|be sorry|miss out|lose out)|lose (?:it|out|your (?:chance|spot|place|seat|discount|deal))|pay (?:more|full price|later)|forever hold your peace|it'?s gone(?: forever| for good)?)",
      "examples": {
        "invalid": [
          "Buy now or regret it.",
          "Now or never!"
        ]
      },
      "line": 18
    },
    {
      "id": "if-you-dont-act-now",
      "message": "ultimatum",
      "regex": "(?:if|unless) you (?:don'?t|do not) (?:act|buy|order|book|sign up|join|hurry) (?:now|fast|quickly|today|right now|immediately)",
      "examples": {
        "invalid": [
          "If you don't act now, you'll lose your spot."
        ]
      },
      "line": 25
    },
    {
      "id": "offer-ends-soon",
      "message": "deadline",
      "regex": "(?:offers?|deals?|sales?|discounts?|savings|promo(?:tion)?s?|coupons?|vouchers?|prices?|pricing|bonus(?:es)?|gifts?|freebies?)(?: \\p{L}+)?? (?<report>(?<verb>(?:ends|expires|closes|disappears|vanishes|goes away|is over|runs out|ending|expiring|closing|will (?:end|expire|close|disappear|vanish|go away|be over|be gone)|is (?:ending|expiring|closing|disappearing)|are (?:ending|expiring|disappearing)|end|expire|disappear)) (?:in (?:just |only |under |less than )?(?:\\d+|a few|a couple(?: of)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|an|a) (?:more )?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)|soon|shortly|any (?:minute|moment)(?: now)?))",
      "rewrite": [
        "{verb} at [time]",
        "{verb} on [date]"
      ],
      "examples": {
        "invalid": [
          "Offer expires in 2 hours.",
          "This deal will end in a few minutes.",
          "Our summer sale ends soon."
        ]
      },
      "line": 33
    },
    {
      "id": "ends-tonight",
      "message": "deadline",
      "regex": "(?<verb>(?:ends|expires|closes|disappears|vanishes|goes away|is over|runs out|ending|expiring|closing|will (?:end|expire|close|disappear|vanish|go away|be over|be gone)|is (?:ending|expiring|closing|disappearing)|are (?:ending|expiring|disappearing)|end|expire|disappear)) (?:tonight|at midnight|today|soon|in (?:just |only |under |less than )?(?:\\d+|a few|a couple(?: of)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|an|a) (?:more )?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?))",
      "examples": {
        "invalid": [
          "Expires at midnight!!!",
          "Our spring sale is here.\nHurry, this offer expires at midnight!\nNo rush on the rest."
        ],
        "valid": [
          "The offer ends at midnight.",
          "Your password reset link expires in 30 minutes.",
          "Your sign-in code expires in 10 minutes."
        ]
      },
      "line": 45
    },
    {
      "id": "only-hours-left",
      "message": "deadline",
      "regex": "(?:only|just|less than|under) (?:(?:\\d+|a few|a couple(?: of)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|an|a) (?:more )?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)|\\d{1,2}:\\d{2}(?::\\d{2})?) (?:left|remaining|to go)",
      "examples": {
        "invalid": [
          "Only 2 hours left to get 20% off."
        ]
      },
      "line": 59
    },
    {
      "id": "hours-left-to-save",
      "message": "deadline",
      "regex": "(?:\\d+|a few|a couple(?: of)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|an|a) (?:more )?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?) (?:left|remaining) to (?:save|shop|buy|order|get|grab|claim|book|enjoy|redeem)",
      "examples": {
        "invalid": [
          "24 hours left to save on every plan."
        ]
      },
      "line": 65
    },
    {
      "id": "last-chance",
      "message": "deadline",
      "regex": "(?:your )?(?:last|final) (?:chance|opportunity)",
      "rewrite": "there's still time",
      "examples": {
        "invalid": [
          "LAST CHANCE!!! Only 3 left",
          "Last chance to save 20% on every plan.",
          "It's your last chance to save.",
          "Last Chance Savings Opportunity"
        ],
        "valid": [
          "This was the last chance the team had to qualify.",
          "This is your last chance to cancel the deletion. After tomorrow, your data cannot be recovered.",
          "Avoid phrases like \"Act now\" and \"Last chance\" in subject lines."
        ]
      },
      "line": 72
    },
    {
      "id": "final-hours",
      "message": "deadline",
      "regex": "(?:last|final) (?:call|hours?|few hours|minutes|day|days|few days|weekend|24 hours|48 hours)",
      "rewrite": "there's still time",
      "examples": {
        "invalid": [
          "Final hours!"
        ],
        "valid": [
          "Last day to apply: Friday 3 May.",
          "The last day to register is Friday.",
          "In the last few hours we’ve fixed the bug."
        ]
      },
      "line": 87
    },
    {
      "id": "today-only",
      "message": "deadline",
      "regex": "(?:for )?(?:today|tonight|(?:one|1|24|48|72)[-\\s]hours?|(?:one|1)[-\\s]day|this weekend) only|only (?:for )?(?:today|tonight)",
      "examples": {
        "invalid": [
          "Today only: 20% off everything.",
          "ONLY FOR TODAY"
        ],
        "valid": [
          "The pop-up is open today only, 10 am to 4 pm."
        ]
      },
      "line": 99
    },
    {
      "id": "limited-time-only",
      "message": "deadline",
      "regex": "(?:for (?:a )?)?limited[-\\s]time only",
      "rewrite": "until [date]",
      "examples": {
        "invalid": [
          "Available for a limited time only."
        ]
      },
      "line": 108
    },
    {
      "id": "limited-time-offer",
      "message": "deadline",
      "regex": "(?:limited(?:[-\\s]time)?|time[-\\s]limited) (?:\\p{L}+ )?(?:offer|deal|sale)s?",
      "examples": {
        "invalid": [
          "Limited-time offer!",
          "Limited Offer!"
        ]
      },
      "line": 115
    },
    {
      "id": "act-now",
      "message": "urgency",
      "regex": "act (?:now|fast|quickly|today|immediately|right away|right now)",
      "rewrite": "take a look when you're ready",
      "examples": {
        "invalid": [
          "Act now!",
          "Act fast to save 20%.",
          "Hi {{first_name}}, act now!"
        ],
        "valid": [
          "The Clean Air Act now requires annual reports.",
          "You don’t need to act now.",
          "There's no need to act now: your price is locked in until June."
        ]
      },
      "line": 123
    },
    {
      "id": "you-better-act-fast",
      "message": "urgency",
      "regex": "(?:you(?:'d|'ll| had| will| would)? (?:better|need to|must|have to|should|want to|gotta)|better|if you) (?:act (?:now|fast|quickly|today|immediately)|hurry)",
      "examples": {
        "invalid": [
          "You'd better hurry."
        ]
      },
      "line": 136
    },
    {
      "id": "hurry",
      "message": "urgency",
      "regex": "hurry(?: up| in| over| down)?",
      "rewrite": "take a look when you're ready",
      "examples": {
        "invalid": [
          "Hurry, only 3 left!",
          "Our spring sale is here.\nHurry, this offer expires at midnight!\nNo rush on the rest."
        ],
        "valid": [
          "No hurry.",
          "In a hurry? Use express checkout.",
          "What’s the hurry?"
        ]
      },
      "line": 142
    },
    {
      "id": "dont-wait",
      "message": "urgency",
      "regex": "(?:don'?t|do not) (?:wait|delay|hesitate)",
      "examples": {
        "invalid": [
          "Don’t wait!"
        ],
        "valid": [
          "Don’t hesitate to contact us.",
          "Don’t wait for a technician: restart the router yourself.",
          "Don’t wait until your card expires: update it now."
        ]
      },
      "line": 158
    },
    {
      "id": "what-are-you-waiting-for",
      "message": "urgency",
      "regex": "what are you waiting for|stop (?:thinking|hesitating|overthinking|scrolling)(?: about it)?,? and (?:buy|order|book|act|shop|grab|get|sign up|subscribe|join|check out)",
      "examples": {
        "invalid": [
          "What are you waiting for?"
        ]
      },
      "line": 168
    },
    {
      "id": "before-its-too-late",
      "message": "urgency",
      "regex": "(?:before|until) (?:(?:it'?s|it is)|its) too late",
      "reportNegated": true,
      "rewrite": "before [date]",
      "examples": {
        "invalid": [
          "Book your flu jab before it’s too late.",
          "Don't wait until it's too late."
        ]
      },
      "line": 175
    },
    {
      "id": "time-is-running-out",
      "message": "urgency",
      "regex": "(?:time(?: is|'s) (?:running out|(?:almost |nearly )?up|ticking)|times running out|(?:you'?re|you are) running out of time|the clock is ticking|tick,? tock)",
      "rewrite": "there's still time",
      "examples": {
        "invalid": [
          "Time is running out to register."
        ],
        "valid": [
          "Rest time is up, let's get back to it."
        ]
      },
      "line": 184
    },
    {
      "id": "dont-miss-out",
      "message": "fomo",
      "regex": "(?:don'?t|do not) miss out(?: on)?",
      "rewrite": [
        "take a look at",
        "take a look"
      ],
      "examples": {
        "invalid": [
          "Don’t miss out!",
          "DON'T MISS OUT ON OUR SUMMER SALE"
        ],
        "valid": [
          "So you don’t miss out, turn on notifications."
        ]
      },
      "line": 194
    },
    {
      "id": "dont-miss-this-deal",
      "message": "fomo",
      "regex": "(?:don'?t|do not) miss (?<object>(?:this|these|the|our|your|this (?:amazing|incredible|great|special|exclusive)) (?:deals?|offers?|sale|savings|discounts?|opportunity|chance|boat))|(?:don'?t|do not) let (?:this|the|your|such an?) (?:(?:amazing|incredible|great|special|exclusive|rare|golden) )?(?:opportunity|chance|offer|deal|discount|savings?) (?:slip (?:away|by|through your fingers)|pass(?: you by)?|go to waste|get away|expire|run out)",
      "rewrite": "take a look at {object}",
      "examples": {
        "invalid": [
          "Do not miss this deal.",
          "Don’t let this opportunity slip away!",
          "This quote expires tomorrow! Don't let this opportunity expire!"
        ],
        "valid": [
          "Don't miss the last train: the venue closes at 11.",
          "Don't miss our annual charity bake sale on Saturday!",
          "Don't miss the details of your job offer below.",
          "Don't miss the Volunteer Opportunity Fair this Saturday at the library."
        ]
      },
      "line": 207
    },
    {
      "id": "dont-miss-it-offer",
      "message": "fomo",
      "regex": "(?:don'?t|do not) miss (?:it|them|this|out)(?=\\s*[!.…]*\\s*$| by (?:adding|ordering|buying|booking|grabbing|getting|shopping|checking out|purchasing)\\b)",
      "examples": {
        "invalid": [
          "Final offer — 8% off, don't miss it",
          "This is the discounted price, don't miss it by adding it to your cart!"
        ],
        "valid": [
          "Our webinar is on Tuesday, don't miss it."
        ]
      },
      "line": 223
    },
    {
      "id": "sold-in-last-label",
      "message": "crowd",
      "regex": "(?:sold|bought|purchased|ordered) in (?:the )?(?:last|past)(?=\\s*[:.]?\\s*$)",
      "conditions": [
        "sentence-start"
      ],
      "examples": {
        "invalid": [
          "sold in last"
        ],
        "valid": [
          "We sold in the last market before the holidays."
        ]
      },
      "line": 233
    },
    {
      "id": "youre-missing-out",
      "message": "fomo",
      "regex": "(?:you(?:'re| are)(?: really| still)?|you(?:'ve| have) been|(?:your|you and your) (?:family|kids|children|team|business|customers|students|friends|pets?)(?: is| are)(?: really| still)?) missing out\\b",
      "examples": {
        "invalid": [
          "You're missing out on great deals!",
          "Here's what you're missing out on:",
          "Your family is missing out on so much great reading!"
        ],
        "valid": [
          "If you skip the alerts, you may miss out on price drops.",
          "Nobody is missing out: every member gets the same discount."
        ]
      },
      "line": 245
    },
    {
      "id": "dont-want-you-to-miss",
      "message": "fomo",
      "regex": "(?:i|we) (?:don'?t|do not|wouldn'?t|would not) want you to miss (?:out|this|these|it|the chance|the opportunity)",
      "examples": {
        "invalid": [
          "But I don't want you to miss out on this opportunity."
        ],
        "valid": [
          "We don't want you to miss a delivery, so we'll text you first."
        ]
      },
      "line": 257
    },
    {
      "id": "urgent-label",
      "message": "urgency",
      "regex": "(?:very |extremely )?urgent(?=\\s*(?:[:!—–]|-\\s))|(?<=[\\[(])urgent(?=[\\])])",
      "conditions": [
        "sentence-start",
        {
          "not-followed-by": "\\b(?:password|security|secure|breach|vulnerab\\w*|sign-?in|log-?in|compromised|unauthori[sz]ed|suspicious|fraud\\w*|safety|recall|outage)\\b"
        }
      ],
      "examples": {
        "invalid": [
          "Urgent: Your VPN service may be interrupted",
          "[URGENT] Card debit failure"
        ],
        "valid": [
          "Urgent: reset your password now, because your old one was in a data breach.",
          "[Action required] Confirm your new email address"
        ]
      },
      "line": 267
    },
    {
      "id": "dont-be-left-behind",
      "message": "fomo",
      "regex": "(?:don'?t|do not) (?:leave|go) empty[- ]handed|(?:don'?t|do not) (?:get|be) left (?:behind|out)|(?:don'?t|do not) be the (?:only one|last(?: one)? to (?:know|find out|get it))|why miss out",
      "examples": {
        "invalid": [
          "Don’t be left behind.",
          "Don't leave empty-handed!"
        ]
      },
      "line": 280
    },
    {
      "id": "dont-lose-access",
      "message": "fomo",
      "regex": "(?<=^[^\\p{L}\\p{N}]*|[—–] |: )(?:don'?t|do not) lose (?:your|all your|all of your|access|out on|what you)(?! (?:[\\p{L}-]+ )?(?:key|keys|password|passphrase|seed|phrase|pin|backup|recovery|wallet|card|receipt|ticket|code|codes|login|way|reference|(?:reference|order|tracking|account|booking|confirmation|phone) number|confirmation|details|documents?|passport)\\b)",
      "examples": {
        "invalid": [
          "Don't lose your 12-day streak!",
          "Your trial ends soon — don't lose access"
        ],
        "valid": [
          "Don't lose your recovery key! Write it down somewhere safe.",
          "Save your file locally so you don't lose your work.",
          "Top up within the next few days so you don't lose access."
        ]
      },
      "line": 289
    },
    {
      "id": "once-in-a-lifetime",
      "message": "fomo",
      "regex": "(?<report>once(?:-|\\s+)in(?:-|\\s+)a(?:-|\\s+)lifetime) (?:offer|deal|opportunity|chance|sale|price|discount|savings|bargain)s?",
      "rewrite": "special",
      "examples": {
        "invalid": [
          "A once-in-a-lifetime offer for our members."
        ]
      },
      "line": 300
    },
    {
      "id": "offer-wont-last",
      "message": "fomo",
      "regex": "(?:offers?|deals?|sales?|discounts?|savings|promo(?:tion)?s?|coupons?|vouchers?|prices?|pricing|bonus(?:es)?|gifts?|freebies?)(?: like (?:this|these|that))? (?:will never|won'?t ever|won'?t|will not|may never|might never) (?:be repeated|come (?:around |back )?again|be this (?:low|good) again)|never again at this price",
      "examples": {
        "invalid": [
          "Deals like this won’t come around again."
        ]
      },
      "line": 307
    },
    {
      "id": "only-few-left",
      "message": "scarcity",
      "regex": "(?:only|just) (?<rest>(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful(?: of)?|a couple(?: of)?|a limited number of) (?!(?:more )?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?)\\b)(?:\\p{L}+ ){0,2}(?:left|remaining|remain))",
      "rewrite": "{rest}",
      "examples": {
        "invalid": [
          "Hurry, only 3 left!",
          "LAST CHANCE!!! Only 3 left"
        ],
        "valid": [
          "There are only 3 seats left in the Tuesday workshop, so we opened a second date."
        ]
      },
      "line": 315
    },
    {
      "id": "selling-fast",
      "message": "scarcity",
      "regex": "selling (?:out )?(?:fast|quickly)|flying off the shelves|selling like (?:hot ?cakes|hot-cakes)|(?:almost|nearly|practically) sold out|about to sell out|(?:will|could|may|might|(?:is|are) going to) sell out (?:soon|fast|quickly)",
      "examples": {
        "invalid": [
          "Tickets are selling fast."
        ]
      },
      "line": 325
    },
    {
      "id": "almost-gone",
      "message": "scarcity",
      "regex": "(?:almost|nearly|practically) gone|going fast",
      "examples": {
        "invalid": [
          "The blue ones are almost gone!"
        ],
        "valid": [
          "The pain should be almost gone by Friday."
        ]
      },
      "line": 331
    },
    {
      "id": "before-its-gone",
      "message": "scarcity",
      "regex": "once (?:it'?s|it is|they'?re|they are|these are|this is) gone,? (?:it'?s|it is|they'?re|they are) gone(?: forever| for good)?|before (?:(?:it'?s|it is)|its|(?:they'?re|they are)|theyre) (?:all )?gone(?: forever| for good)?|before (?:it|they) (?:sells?|runs?) out|before (?:(?:the|these|those) )?(?:stock|stocks|supplies|seats|tickets|spots|items|products|pieces|sizes) (?:all )?(?:run|runs|sell|sells) out",
      "examples": {
        "invalid": [
          "Grab yours before it’s gone.",
          "Once it's gone, it's gone forever.",
          "Complete your purchase before these items sell out."
        ]
      },
      "line": 339
    },
    {
      "id": "before-someone-else",
      "message": "scarcity",
      "regex": "before (?:someone|somebody|anyone|another (?:shopper|buyer|customer)) else (?:does|snags?|grabs?|buys?|takes?|gets?|claims?|books?|nabs?|scoops?|steals?)(?: (?:it|them|yours|this|these|that|those|the last (?:one|few)))?",
      "examples": {
        "invalid": [
          "Complete your purchase before someone else snags them!",
          "Grab it before someone else does."
        ],
        "valid": [
          "Someone else can use your gift card before it expires."
        ]
      },
      "line": 348
    },
    {
      "id": "limited-stock",
      "message": "scarcity",
      "regex": "(?:(?:deals?|offers?|prices?|sales?|savings|discounts?)(?: like (?:this|these|that))?|stock|supplies|seats|spots|tickets|they|these) (?:won'?t|will not) last(?: long| forever)?",
      "examples": {
        "invalid": [
          "Deals like this won’t last long."
        ]
      },
      "line": 357
    },
    {
      "id": "going-going-gone",
      "message": "scarcity",
      "regex": "going,? going,? gone",
      "examples": {
        "invalid": [
          "Going, going, gone!"
        ]
      },
      "line": 363
    },
    {
      "id": "everyone-is-buying",
      "message": "crowd",
      "regex": "(?:everyone|everybody)(?: else)?(?:(?:'s| is| are) (?:buying|grabbing|ordering|snapping (?:it |them )?up|switching|rushing|upgrading|stocking up)|(?:'s| has| have)(?: already)? (?:upgraded|switched|bought|ordered|grabbed|signed up|snapped (?:it |them )?up))",
      "examples": {
        "invalid": [
          "Everyone is buying it."
        ]
      },
      "line": 370
    },
    {
      "id": "people-are-viewing",
      "message": "crowd",
      "regex": "\\d+ (?:other )?(?:people|others|shoppers|customers|travell?ers|guests|users|visitors|buyers) (?:are |have been )?(?:viewing|looking at|watching|eyeing|considering) (?:this|it|these)(?: right now| now)?|\\d+ (?:other )?(?:people|others|shoppers|customers) have (?:this|it|these) in their (?:carts?|baskets?|bags?)|in \\d+ (?:other )?(?:people's )?(?:carts|baskets|bags)",
      "conditions": [
        {
          "not-followed-by": "^[^.!?]*\\b(?:said|say|says|told|tell|found|rated|loved|liked|agreed|reported|wrote|recommend(?:ed)?)\\b"
        }
      ],
      "examples": {
        "invalid": [
          "12 people are viewing this right now."
        ],
        "valid": [
          "Over 40 guests viewing this course said it changed how they cook."
        ]
      },
      "line": 376
    },
    {
      "id": "ends-in-clock",
      "message": "deadline",
      "regex": "(?:ends?|ending|expires?|expiring|closes?|closing|will (?:end|expire|close)) (?:in|within) (?:just |only )?{{clock}}",
      "examples": {
        "invalid": [
          "Ends in 02h 13m 56s",
          "Sale ends in {{ h }} {{ m }} {{ s }}"
        ],
        "valid": [
          "The live stream ends in 02:30:00.",
          "Your sign-in link expires in 14:59."
        ]
      },
      "line": 393
    },
    {
      "id": "offer-ends-in-timer",
      "message": "deadline",
      "regex": "(?:ends?|expires?|closes?|will (?:end|expire|close)) (?:in|within) x{2,}(?! (?:days?|weeks?|months?|years?)\\b| x{2,})",
      "examples": {
        "invalid": [
          "Save 20%: the discount expires in {{ countdown }}"
        ],
        "valid": [
          "Your trial ends in {{ count }} days.",
          "Your trial ends in {{ count }} {{ unit }}."
        ]
      },
      "line": 404
    },
    {
      "id": "timer-hits-zero",
      "message": "deadline",
      "regex": "(?:once|when|before|until|as soon as) the (?:timer|countdown|clock) (?:hits|reaches|gets to|runs out|ends|stops|expires)(?: zero| 0| out)?",
      "examples": {
        "invalid": [
          "The sale ends once the timer hits zero."
        ]
      },
      "line": 415
    },
    {
      "id": "cart-reserved-for",
      "message": "deadline",
      "regex": "(?:cart|basket|bag|order|items?|products?|seats?|spots?|rooms?|tickets?|booking|reservation|discount|price|offer|deal) (?:(?:is|are|will be|has been|have been) )?(?:reserved|held|saved|locked) for(?: (?:only|just|the next))?(?= (?:{{clock}}|{{count}} (?:more )?(?:minutes?|mins?|seconds?|secs?)|x{2,})\\b| *[.!:]? *$)",
      "examples": {
        "invalid": [
          "Your basket is reserved for 14:59",
          "Your seats are held for",
          "Special price reserved for:"
        ],
        "valid": [
          "Your room is held for you until 6 pm on the day you arrive."
        ]
      },
      "line": 423
    },
    {
      "id": "requires-immediate-attention",
      "message": "rush",
      "regex": "(?:requires?|needs?|demands?|calls for|deserves|warrants) (?:your )?(?:immediate|urgent|prompt|swift) (?:attention|action|response|reply|payment|settlement)|(?:action|attention|response|payment|reply) (?:is )?(?:required|needed|requested) (?:immediately|urgently|asap|at once|without delay)",
      "examples": {
        "invalid": [
          "Your invoice requires your immediate attention.",
          "Payment Failure. Action Required Immediately",
          "Your reply is needed urgently."
        ]
      },
      "line": 436
    },
    {
      "id": "you-need-to-pay-now",
      "message": "rush",
      "regex": "(?<!\\b(?:if|when|whether|unless) )you(?:'ll| will)? (?:need to|have to|must|are required to) (?:pay|renew|upgrade|top up|settle|subscribe)(?: [\\p{L}-]+){0,3}? (?:now|right now|today)(?! or\\b)",
      "examples": {
        "invalid": [
          "Your trial has expired. You need to pay now.",
          "Your trial has expired. You must pay today."
        ],
        "valid": [
          "You can pay now or at the end of the month.",
          "If you need to upgrade now, use the button below or later."
        ]
      },
      "line": 446
    },
    {
      "id": "immediately",
      "message": "rush",
      "regex": "immediately|at once|as soon as possible|asap|without (?:any |further )?delay|right away|straight away|urgently|(?:by )?return of post",
      "reportNegated": true,
      "examples": {
        "invalid": [
          "Please settle the outstanding amount immediately.",
          "You must renew your licence at once."
        ],
        "valid": [
          "The new price applies immediately.",
          "If you spot a charge you don’t recognise, call us immediately.",
          "You should change your password immediately.",
          "Download the invoice immediately to keep it for your records.",
          "Upgrade your account to search for more tags at once."
        ]
      },
      "line": 458
    },
    {
      "id": "quickly",
      "message": "rush",
      "regex": "quickly|promptly",
      "reportNegated": true,
      "examples": {
        "invalid": [
          "Please pay promptly.",
          "Book quickly before the last rooms are gone."
        ],
        "valid": [
          "Check out quickly with Apple Pay.",
          "Get started quickly: connect your bank and you’re done.",
          "Sign up promptly and we’ll save you a seat.",
          "Your plan ends in 5 days. Please renew promptly to continue using the service."
        ]
      },
      "line": 475
    },
    {
      "id": "dont-put-this-off",
      "message": "urgency",
      "regex": "(?:don'?t|do not) put (?:this|it|that) off(?: any longer)?",
      "examples": {
        "invalid": [
          "Don’t put it off any longer."
        ]
      },
      "line": 489
    },
    {
      "id": "one-time-offer",
      "message": "deadline",
      "regex": "one[- ]time(?: only)? (?:offer|deal|discount|price|upgrade|bonus)s?",
      "examples": {
        "invalid": [
          "Claim your one-time bonus."
        ]
      },
      "line": 496
    },
    {
      "id": "in-high-demand",
      "message": "scarcity",
      "regex": "(?:is|are|it'?s|they'?re|currently|now|item|product) in (?:very |extremely |such )?(?:high|huge|great|hot) demand|high[- ]demand (?:item|product)s?|demand (?:is|has been) (?:very |extremely |so |really )?(?:high|huge|soaring|skyrocketing|through the roof)",
      "examples": {
        "invalid": [
          "These trainers are in high demand!"
        ],
        "valid": [
          "Due to high demand, replies may take a day.",
          "The room is in high demand at weekends, so book early if you can.",
          "Our support team is in high demand."
        ]
      },
      "line": 505
    },
    {
      "id": "only-count-left",
      "message": "scarcity",
      "regex": "(?:only|just) x{2,} (?:\\p{L}+ ){0,2}(?:left|remaining)",
      "examples": {
        "invalid": [
          "Hurry, only {{ stock }} left!"
        ],
        "valid": [
          "Only {{ n }} left in stock.",
          "Only %amount% left for free shipping!"
        ]
      },
      "line": 517
    },
    {
      "id": "last-units-available",
      "message": "scarcity",
      "regex": "(?:last|final) (?:few )?(?:units?|items?|pieces?|pairs?|one|ones|bottles?|boxes?) (?:available|left|remaining|in stock)",
      "examples": {
        "invalid": [
          "Last unit available!"
        ],
        "valid": [
          "The last pieces available in the archive are listed below."
        ]
      },
      "line": 527
    },
    {
      "id": "viewing-counter",
      "message": "crowd",
      "regex": "(?:{{count}} )?(?:other )?(?:people|others|shoppers|customers|visitors|users|buyers|persons|guests)(?: (?:are|is))?(?: (?:currently|now|right now))? (?:viewing|looking at|watching|browsing|eyeing|active on|checking out) (?:this|these|the same|it)\\b|{{count}} (?:people |others |shoppers |visitors )?(?:viewing|watching|looking at (?:it|this)|browsing)(?: (?:right now|now|at the moment))|{{count}} (?:other )?(?:people|shoppers|customers|visitors|buyers|persons|guests|others)(?: (?:are|is))?(?: (?:currently|now|right now))? (?:viewing|looking at|looking for|searching for|eyeing|checking out)(?= [^ .!?]|\\s*$)",
      "examples": {
        "invalid": [
          "Visitors are viewing this cottage",
          "14 shoppers are looking at this right now",
          "{{ viewers }} people are currently viewing “{{ product }}”",
          "{{count}} people viewing"
        ],
        "valid": [
          "Over 12 people viewing this webinar said it helped.",
          "1,200 people are watching the live stream."
        ]
      },
      "line": 537
    },
    {
      "id": "sold-in-the-last-hours",
      "message": "crowd",
      "regex": "(?:{{count}} )?(?:(?:items?|units?|pieces?|orders?|people|customers|shoppers|times) )?(?:sold|bought|purchased|ordered|booked|claimed|requested|reserved) (?:in (?:the )?(?:last|past) (?:{{count}} |few )?(?:hours?|minutes?|days?|week)|(?:just )?today|this hour)|(?:purchased|bought|ordered|booked) [^.!?]{1,40}? (?:x{2,}|\\d+) (?:x{2,} )?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|x{2,})s? ago",
      "examples": {
        "invalid": [
          "152 sold in the last 48 hours"
        ],
        "valid": [
          "Seats sold in the last week helped us plant 300 trees."
        ]
      },
      "line": 551
    },
    {
      "id": "someone-just-bought",
      "message": "crowd",
      "regex": "(?:someone|somebody)(?: (?:recently|just))?(?: [a-z]+ and)? (?:bought|purchased|ordered|grabbed|booked)|x{2,} (?:just|recently) (?:bought|purchased|ordered|grabbed|booked)|(?:someone|somebody|a (?:customer|shopper|buyer)|x{2,}|\\p{L}+\\**) (?:in|from) (?:x{2,}|\\p{L}+)(?:,? (?:x{2,}|\\p{L}+))? (?:just )?(?:bought|purchased|ordered|grabbed|booked)|(?:was|were|has been|have been) (?:just )?(?:purchased|bought|ordered|booked) by (?:someone|somebody|x{2,})",
      "examples": {
        "invalid": [
          "Someone in Bristol just bought a tent",
          "Someone liked and purchased",
          "{{ name }} just bought {{ product }}",
          "Mar*** from Texas just ordered 5 packs"
        ],
        "valid": [
          "A gift card was purchased by {{ name }} for you."
        ]
      },
      "line": 560
    },
    {
      "id": "buy-now-before-loss",
      "message": "urgency",
      "regex": "(?:order|buy|shop|book|check ?out|claim|grab|get|reserve|subscribe|upgrade|join|sign up|register|enrol|enroll|secure|lock in|complete your (?:purchase|order|booking)) (?:it |them |yours |one |this |these |your (?:\\p{L}+ ){0,2})?(?:now|today|right now|right away|immediately)",
      "examples": {
        "invalid": [
          "Limited time offer, order now",
          "Prices go up tomorrow, so buy now.",
          "Your basket isn’t held for long — check out now!"
        ],
        "valid": [
          "Shop now",
          "Today is the last day of your trial. Upgrade now to keep your projects.",
          "Order now and we’ll ship it tomorrow.",
          "Order now for delivery on Friday.",
          "Book now and pay when you arrive."
        ]
      },
      "line": 574
    },
    {
      "id": "hours-only",
      "message": "deadline",
      "regex": "(?:(?:for|within|in) (?:the )?(?:next )?)?(?:\\d+|one|two|three|four|five|six|seven|a few|a couple of|48|24|72) (?:more )?(?:hours?|hrs?|minutes?|mins?|days?) only|(?:only|just) (?:available |valid |open |live )?(?:for|within|in) (?:the )?next (?:(?:\\d+|one|two|three|a few|24|48|72) (?:hours?|hrs?|minutes?|mins?|days?)|x{2,}(?! (?:weeks?|months?|years?)\\b))",
      "examples": {
        "invalid": [
          "Flash sale: 3 hours only",
          "Free delivery, for the next 48 hours only."
        ],
        "valid": [
          "Your sign-in link is valid for 24 hours only.",
          "The course runs for 6 days only in June."
        ]
      },
      "line": 590
    },
    {
      "id": "next-hours-offer",
      "message": "deadline",
      "regex": "(?:for|within|in) (?:the )?next (?:(?:\\d+|{{count}}|one|two|three|four|five|six|a few|a couple of) (?:hours?|hrs?|minutes?|mins?)|hour|half hour|half an hour)",
      "examples": {
        "invalid": [
          "Flash sale! 50% off for the next 2 hours.",
          "Free delivery on every order in the next 30 minutes.",
          "Save 20% in the next hour."
        ],
        "valid": [
          "We'll be offline for the next 2 hours while we upgrade.",
          "Your reset link works for the next 2 hours.",
          "The sale runs for the next 3 days.",
          "This offer is valid for the next 48 hours."
        ]
      },
      "line": 603
    },
    {
      "id": "while-stocks-last",
      "message": "scarcity",
      "regex": "while (?:stocks?|supplies|supply|quantities|quantity|inventory) (?:still )?lasts?",
      "examples": {
        "invalid": [
          "Complete your order while stock lasts.",
          "Free gift with every order, while supplies last!"
        ]
      },
      "line": 618
    },
    {
      "id": "while-you-still-can",
      "message": "urgency",
      "regex": "while (?:you )?still can|while (?:it|they|the (?:offer|deal|sale|price|discount)s?) (?:still )?lasts?|before (?:the )?(?:price|prices) (?:goes|go|rise|rises|increase|increases) (?:up )?(?:again|tomorrow|tonight|soon)?",
      "examples": {
        "invalid": [
          "Grab yours while you still can!",
          "Lock in this price before prices go up again."
        ],
        "valid": [
          "Enjoy the garden while it lasts this autumn.",
          "Enjoy the sunshine while it lasts!"
        ]
      },
      "line": 625
    },
    {
      "id": "within-minutes-to-keep",
      "message": "rush",
      "regex": "within (?:the next )?(?:\\d+|one|two|a few|24|48) (?:hours?|hrs?|minutes?|mins?) (?:to|or) (?:keep|secure|guarantee|hold|save|claim|lock in|get|avoid|lose)",
      "examples": {
        "invalid": [
          "Reply within 24 hours to keep your place.",
          "Check out within 15 minutes to guarantee delivery."
        ],
        "valid": [
          "We reply within 24 hours to every message."
        ]
      },
      "line": 637
    },
    {
      "id": "stock-running-low",
      "message": "scarcity",
      "regex": "(?:stocks?|supplies|supply|inventory|seats|spots|places|tickets|rooms|availability) (?:is |are )?(?:running|getting|selling) (?:very )?(?:low|out|short|thin)|low (?:in )?stock|(?<!\\()limited (?:stocks?|quantities|quantity|supply|supplies|availability|inventory)(?: available| left| remaining| only)?|(?:very |only a )?few (?:seats|spots|places|tickets|rooms|items|units|pieces|tables|slots|left) (?:left|remaining|available)",
      "examples": {
        "invalid": [
          "Low stock: order soon",
          "Stock is running low!",
          "Limited stock available",
          "Few tickets remaining"
        ],
        "valid": [
          "We restock every Monday, so nothing runs low for long.",
          "Low stock - 4 left",
          "Email me when stock is running low",
          "Limited availability on weekends.",
          "Stock is running low on some sizes, so we’ve ordered more.",
          "We could only restore part of your saved quantity for: Blue mug (limited stock).",
          "Blue mug: quantity has been adjusted to 2 due to limited stock."
        ]
      },
      "line": 649
    },
    {
      "id": "people-bought-this",
      "message": "crowd",
      "regex": "(?:\\d+|x{2,}|many|lots of|hundreds of|thousands of) (?:people|customers|shoppers|buyers|others|users|guests|travell?ers) (?:have )?(?:just )?(?:bought|purchased|ordered|booked|added|grabbed|picked up) (?:this|it|one|these)(?: (?:item|product|deal|room|one))?(?: (?:today|recently|this (?:week|morning|hour)|in the (?:last|past) (?:\\\\d+ )?(?:hours?|hrs?|minutes?|mins?|day|week)))?|(?:bought|purchased|ordered|booked) by (?:\\d+|x{2,}) (?:people|customers|shoppers|buyers|others|guests) (?:today|this week|recently|in the (?:last|past))",
      "examples": {
        "invalid": [
          "Popular! 8 people bought this today",
          "Booked by 12 guests this week"
        ],
        "valid": [
          "Over 2,000 teams have used it to plan their week.",
          "12 people bought this last year and left reviews."
        ]
      },
      "line": 668
    },
    {
      "id": "you-only-have-time",
      "message": "deadline",
      "regex": "you (?:only|just) have (?:x{2,}|{{clock}}|{{count}} (?:more )?(?:minutes?|mins?|seconds?|secs?|hours?|hrs?))(?: (?:left|remaining|more))? (?:to|before|until)",
      "examples": {
        "invalid": [
          "Please note you only have {{ time }} to complete this transaction.",
          "You just have 10 minutes left to check out!"
        ],
        "valid": [
          "You have 30 days to return it.",
          "Your sign-in link is valid for 10 minutes, so you only have 10 minutes to use it."
        ]
      },
      "line": 680
    },
    {
      "id": "reserved-for-minutes",
      "message": "deadline",
      "regex": "(?:reserved|held|holding|reserving)(?: [\\p{L}-]+){0,6}? for (?:only |just |the next )?(?:{{clock}}|{{count}} (?:more )?(?:minutes?|mins?|seconds?|secs?))",
      "examples": {
        "invalid": [
          "Reserved for 5 minutes",
          "We have reserved an exclusive trial package for you for the next 15 minutes.",
          "Your FREE Bottles Reserved For 09:59 Minutes"
        ],
        "valid": [
          "Your table is reserved for 2 hours.",
          "Your table is held for 15 minutes after your booking time."
        ]
      },
      "line": 692
    },
    {
      "id": "before-time-runs-out",
      "message": "urgency",
      "regex": "(?:before|until) (?:the |your )?time (?:runs|run|is|has run) out",
      "examples": {
        "invalid": [
          "Spin before time runs out!"
        ],
        "valid": [
          "Save your draft before the time runs out on your exam session."
        ]
      },
      "line": 704
    },
    {
      "id": "quick-interjection",
      "message": "urgency",
      "regex": "(?:be )?quick(?= ?!)|quick(?=, (?:grab|get|order|buy|sign|enter|spin|claim|shop|book|subscribe|join|add|take|use|pick)\\b| (?:grab|get|order|buy|sign up|enter|spin|claim|shop|book|subscribe|join|add|take|use|pick) (?:it|yours|one|them|your|the|this|these|a|an|now|today|before)\\b)",
      "examples": {
        "invalid": [
          "Quick! Your email",
          "Quick, grab yours before midnight.",
          "Quick grab yours before midnight."
        ],
        "valid": [
          "Quick, easy returns on every order.",
          "✅ Quick claim processing",
          "Quick add to cart",
          "Fast, free delivery"
        ]
      },
      "line": 713
    },
    {
      "id": "expiring-soon-badge",
      "message": "deadline",
      "regex": "(?:expiring|ending|ends|expires|closing|closes) soon",
      "examples": {
        "invalid": [
          "Expiring soon",
          "Ending soon!"
        ],
        "valid": [
          "Your card is expiring soon. Update it in Settings.",
          "Registration closes soon, on 30 April."
        ]
      },
      "line": 728
    },
    {
      "id": "gone-when-you-leave",
      "message": "ultimatum",
      "regex": "(?:offer|deal|discount|price|add-on|coupon|code|bundle|bonus|gift)s? (?:expires?|ends|disappears?|vanish(?:es)?|(?:is|will be) (?:gone|lost|removed|withdrawn)) (?:when|once|as soon as|if) you (?:leave|close|exit|navigate away|refresh|go)|(?:not|no longer) (?:be )?available (?:again )?after (?:checkout|check-out|you (?:leave|close|check out))|only available (?:for )?(?:right )?now\\b|never (?:find|see|get) (?:this|these|an?|the same) (?:\\p{L}+ )?(?:offer|deal|price|discount|bundle)s? (?:again|elsewhere|anywhere else)",
      "examples": {
        "invalid": [
          "Offer expires when you leave",
          "(Limited-time add-on, not available after checkout!)",
          "This offer is only available for now.",
          "You'll never find this offer elsewhere on this site."
        ],
        "valid": [
          "Gift cards are not available after checkout in the app; buy them on the website.",
          "Your discount code stays valid when you leave this page."
        ]
      },
      "line": 740
    },
    {
      "id": "ends-in-label",
      "message": "deadline",
      "regex": "(?:(?:sale|offer|deal|discount|promotion|promo|price|bonus|flash sale|this offer|this deal|the sale|the offer|your offer)s?,? )?(?:ends|end|expires|expire|ending|expiring|closes|closing) in(?= ?(?::|x{2,}|…|\\.{2,3})? ?$)",
      "examples": {
        "invalid": [
          "Ends in {{ time }}",
          "Offer ends in:",
          "Hurry! Sale ends in:",
          "Attention, this offer expires in:",
          "Offer ends in...",
          "Your Offer Expires in",
          "Your Offer Reserved | Expires in"
        ],
        "valid": [
          "Sale ends in:",
          "Your code expires in {{ minutes }}",
          "Your trial ends in:"
        ]
      },
      "line": 754
    },
    {
      "id": "do-not-close-page",
      "message": "urgency",
      "regex": "(?:do not|don't|never) (?:close|leave|refresh|exit|reload|navigate away from) (?:this|the|your) (?:page|window|browser|tab)|(?:do not|don't) (?:hit|press|click|use|tap) (?:the |your )?(?:back|refresh|reload) (?:button|arrow)",
      "examples": {
        "invalid": [
          "Important Message! Do Not Close This Page!",
          "Do not hit the back button or close your browser."
        ],
        "valid": [
          "Don’t close this window while we process your payment.",
          "Please do not refresh the page until the upload is complete."
        ]
      },
      "line": 772
    },
    {
      "id": "only-chance",
      "message": "ultimatum",
      "regex": "(?:the|your|my) only (?:time (?:you'll|you will|you) (?:ever )?see|chance to|opportunity to)|never will you (?:find|see|get)|(?:price|offer|deal|discount|bonus)s? (?:will|may) never be (?:available|offered|this low|seen) again|(?:you )?won't (?:ever )?see (?:this|these|an?) (?:\\p{L}+ )?(?:offer|deal|price|discount)s? again|won't be available again|(?:you|you'll|you will|you may|you might) (?:may )?never (?:see|get|find) (?:another chance|this (?:offer|deal|price|discount|page)|an offer like this|a (?:deal|price) like this)(?: again)?|(?:offer|deal|discount|price) (?:will|would) (?:expire|disappear|be gone|end) (?:if|when|once|as soon as) you (?:close|leave|exit|refresh)",
      "examples": {
        "invalid": [
          "This is the only time you’ll see this offer.",
          "After this, you won't see this offer again.",
          "This page is your only opportunity to purchase at such a low price.",
          "You may never get another chance to save 87%, and this offer will expire if you close this page."
        ],
        "valid": [
          "Your only chance to see the show in London is on 3 May."
        ]
      },
      "line": 784
    },
    {
      "id": "percent-of-customers",
      "message": "crowd",
      "regex": "\\d+ ?%(?: of)? (?:our )?(?:customers|people|shoppers|buyers|users|members|visitors|readers) (?:upgrade|buy|add|order|grab|stock up|say yes|add this)",
      "examples": {
        "invalid": [
          "97% of customers upgrade on this page!"
        ],
        "valid": [
          "97% of customers rate our support 5 stars."
        ]
      },
      "line": 796
    },
    {
      "id": "sell-out-claim",
      "message": "scarcity",
      "regex": "(?:going to|gonna|will|'ll|could|may|might|likely to|expected to|set to|bound to) sell out (?:again )?(?:fast|quickly|soon|again|in (?:days|hours|minutes)|if you (?:wait|delay|hesitate))|run(?:s|ning)? out of stock (?:quickly|fast|often|soon|again)|(?:stock|supplies|inventory) (?:is|are) (?:very |extremely |already |so )?(?:low|limited)\\b|demand (?:is going to|will) (?:go )?through the roof|(?:may|will|could|might) cause (?:a )?(?:product |stock |supply )?shortages?",
      "examples": {
        "invalid": [
          "Once released, they’re going to sell out fast.",
          "Your items are reserved, but may sell out if you wait.",
          "And we do run out of stock quickly, and often.",
          "It hasn’t been released yet, because stock is low."
        ],
        "valid": [
          "Stock is low: 4 left in your size.",
          "We never run out of stock quickly, because we restock weekly."
        ]
      },
      "line": 806
    },
    {
      "id": "price-will-go-up",
      "message": "ultimatum",
      "regex": "(?:the )?prices? (?:will|is going to|are going to|(?:is|are) about to) (?:go up|rise|increase|double|jump)",
      "examples": {
        "invalid": [
          "Once released to the public, the price will go up to $50 per pair!",
          "Prices are about to rise, so order soon."
        ],
        "valid": [
          "Prices will go up on 1 May, and your plan keeps its price until your renewal."
        ]
      },
      "line": 820
    },
    {
      "id": "wait-offer",
      "message": "urgency",
      "regex": "wait(?:,? (?:a (?:second|minute|moment|sec)))?(?= ?[!.…]{1,3}| ?[—–] | ?-{1,2} )",
      "examples": {
        "invalid": [
          "Wait! Here's an exclusive offer for you.",
          "Wait... Your order is not complete!",
          "WAIT — SPECIAL OFFER",
          "Wait! Don't leave empty-handed"
        ],
        "valid": [
          "Wait — before you go",
          "Wait! Here's how to reset your password."
        ]
      },
      "line": 830
    },
    {
      "id": "about-to-expire",
      "message": "deadline",
      "regex": "(?:almost|nearly) (?:expired|gone)|(?:cart|basket|bag|offer|deal|discount|coupon|code|reservation|items?|savings|price) (?:is |are )?(?:about to|going to|set to) (?:expire|end|run out|disappear|vanish)",
      "examples": {
        "invalid": [
          "Almost expired!",
          "Your cart is about to expire!"
        ],
        "valid": [
          "Your sign-in code is about to expire. Request a new one if you need it."
        ]
      },
      "line": 843
    },
    {
      "id": "checkout-within",
      "message": "deadline",
      "regex": "(?:check ?out|complete (?:your |the )?(?:order|purchase|checkout)|finish (?:your |the )?(?:order|purchase|checkout)) within (?:{{clock}}|x{2,}|{{count}} (?:minutes?|mins?|seconds?|secs?))",
      "examples": {
        "invalid": [
          "Products are limited, checkout within {{ time }}",
          "Complete your order within 09:59 to keep this price."
        ],
        "valid": [
          "Please complete your order within 30 days of your quote."
        ]
      },
      "line": 853
    },
    {
      "id": "time-left-clock",
      "message": "deadline",
      "regex": "(?:time (?:left|remaining|remains?)|remain(?:ing)? time|time to go):? {{clock}}",
      "examples": {
        "invalid": [
          "Sale price! Time left: 02:13:56",
          "remain time: {{days}}Days {{hours}}:{{minutes}}:{{seconds}}"
        ],
        "valid": [
          "Upload in progress. Time remaining: 02:13",
          "Quiz: time left 09:45"
        ]
      },
      "line": 863
    },
    {
      "id": "countdown-text",
      "message": "deadline",
      "regex": "{{count}} ?d(?:ays?)? ?[:,]? ?{{count}} ?h(?:rs?|ours?)? ?[:,]? ?{{count}} ?m(?:ins?|inutes?)?(?: ?[:,]? ?{{count}} ?s(?:ecs?|econds?)?)?|x{2,} ?d(?:ays?)?,? ?x{2,}:x{2,}:x{2,}",
      "examples": {
        "invalid": [
          "16d : 21h : 57m : 23s",
          "{{days}} Days {{hours}}:{{minutes}}:{{seconds}}"
        ]
      },
      "line": 874
    },
    {
      "id": "cart-released-in",
      "message": "deadline",
      "regex": "(?:cart|basket|bag|items?|products?)(?: [\\p{L}-]+){0,4}? (?:will be|are|is|get|gets) (?:released|emptied|cleared|removed|lost)(?: from (?:your )?(?:cart|basket|bag))? (?:in|after|within)(?=\\s*(?::|…|\\.{2,3})?\\s*(?:$|{{clock}}|x{2,}|{{count}} ?(?:minutes?|mins?|m\\b|seconds?|secs?|s\\b)))|(?:your )?(?:cart|basket|bag)(?: (?:cart|basket|bag))? (?:is|has been|are) (?:reserved|on hold)(?=\\s*[.!]*\\s*$)",
      "examples": {
        "invalid": [
          "Due to high demand, items in your bag will be released in:",
          "Your cart will be emptied in 09:59",
          "Your Cart Bag Is Reserved"
        ],
        "valid": [
          "Items in your cart will be removed after 30 days.",
          "Your cart is reserved for your next visit, so take your time."
        ]
      },
      "line": 884
    },
    {
      "id": "high-demand-badge",
      "message": "scarcity",
      "regex": "(?:in )?(?:very |extremely )?high demand(?=\\s*(?:[-–—:!|•·]|$))",
      "examples": {
        "invalid": [
          "High Demand — Popular Choice This Season",
          "High demand!",
          "In high demand"
        ],
        "valid": [
          "High demand: replies may take a little longer today."
        ]
      },
      "line": 897
    },
    {
      "id": "quota-badge",
      "message": "scarcity",
      "regex": "(?:only|just) {{count}} (?:[\\p{L}-]+ ){0,2}?(?:available |accepted |left |made |sold |spots? |places? |slots? |seats? |openings? |units? )?(?:per|a|an|each|every) (?:day|night|week|month|season|year|batch|drop)\\b",
      "examples": {
        "invalid": [
          "Only 20 available per day",
          "Only 37 brides accepted a month"
        ],
        "valid": [
          "We take only 5 new clients a month, so we can give each one our full attention."
        ]
      },
      "line": 909
    },
    {
      "id": "just-bought-toast",
      "message": "crowd",
      "regex": "(?<!\\byou )just (?:bought|purchased|ordered|grabbed|booked)(?: (?:this|it|one|these|x{2,})(?: (?:product|item|deal))?)?(?=\\s*[!.,]*\\s*(?:$|,|\\bjust added\\b|\\bis viewing\\b))",
      "examples": {
        "invalid": [
          "just bought this!",
          "just purchased this product, just added this to their cart, is viewing this product"
        ],
        "valid": [
          "You just bought this? Here's how to set it up."
        ]
      },
      "line": 920
    },
    {
      "id": "ends-in-hours-badge",
      "message": "deadline",
      "regex": "(?:(?:sale|offer|deal|discount|promotion|promo|price|bonus|flash sale)s?,? )?(?:ends|ending|expires|expiring|closes|closing|ends?) in {{count}} ?(?:h|hrs?|hours?|m|mins?|minutes?)\\b",
      "examples": {
        "invalid": [
          "Sale is live! Ends in 24H",
          "Offer ends in 2 hours!"
        ],
        "valid": [
          "Your trial ends in 24 hours.",
          "Maintenance ends in 2 hours."
        ]
      },
      "line": 931
    },
    {
      "id": "buy-before-tonight",
      "message": "deadline",
      "regex": "(?:get|grab|order|buy|claim|shop|secure|book) (?:yours |it |one |them |now )?(?:before|by) (?:{{count}}(?::\\d{2})? ?(?:am|pm)|midnight|noon)(?: (?:tonight|today))?",
      "examples": {
        "invalid": [
          "Get Yours Before 2am Tonight",
          "Grab yours before midnight!"
        ],
        "valid": [
          "Order before 2pm for next-day delivery.",
          "Order by midnight tonight to get it before Christmas."
        ]
      },
      "line": 943
    }
  ],
  "fragments": {
    "count": "(?:\\d[\\d,.]*|x{2,})",
    "clock": "(?:\\d{1,2} ?h(?:rs?|ours?)?,? \\d{1,2} ?m(?:ins?|inutes?)?(?:,? \\d{1,2} ?s(?:ecs?|econds?)?)?|\\d{1,2}:\\d{2}(?::\\d{2})?|x{2,}h x{2,}m(?: x{2,}s)?|x{2,} x{2,} x{2,}|(?:x{2,} ?d(?:ays?)? ?)?x{2,}(?::x{2,}){1,2})"
  }
};

// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/acknowledge-problem/phrases.yaml",
  "entries": [
    {
      "id": "sorry",
      "regex": "(so |very |truly |really |deeply |genuinely )?sorry",
      "examples": {
        "invalid": [
          "We’re so sorry about this."
        ],
        "valid": [
          "We’re sorry for any inconvenience.",
          "Sorry if you felt this was sudden."
        ]
      },
      "line": 65
    },
    {
      "id": "we-apologise",
      "regex": "(we|i) (sincerely |truly |deeply )?apologi[sz]e",
      "examples": {
        "invalid": [
          "We sincerely apologise for the mix-up with your bank."
        ],
        "valid": [
          "We apologize for any inconvenience this may have caused."
        ]
      },
      "line": 73
    },
    {
      "id": "apologies",
      "regex": "(sincere |deepest |heartfelt )?apologies",
      "examples": {
        "invalid": [
          "Our sincere apologies for the trouble."
        ],
        "valid": [
          "Apologies if this was confusing."
        ]
      },
      "line": 80
    },
    {
      "id": "we-understand",
      "regex": "(we|i) (completely |totally |fully |really )?(know|understand|realise|realize|appreciate|recognise|recognize)(?! (of|about))",
      "examples": {
        "invalid": [
          "We completely understand how annoying this is."
        ],
        "valid": [
          "We know of no other way to charge you."
        ]
      },
      "line": 87
    },
    {
      "id": "this-is-frustrating",
      "regex": "(this|that|it|which|waiting|losing access|not knowing) (is|was|must be|must have been|can be|could be|may be|might be|has been|will be) (so |very |really |incredibly |understandably )?(frustrating|annoying|stressful|disappointing|worrying|upsetting|concerning|unsettling|inconvenient|disruptive|a hassle|a pain|a worry|a shock|bad news|not what you)",
      "examples": {
        "invalid": [
          "This must be frustrating.",
          "Losing access can be really stressful."
        ]
      },
      "line": 94
    },
    {
      "id": "not-the-experience-you-expected",
      "regex": "(not|isn't|wasn't|is not|was not) (the )?(experience|service|news|answer|outcome) (you|we) (expected|wanted|hoped|deserve|promised|were hoping)",
      "examples": {
        "invalid": [
          "This isn’t the service you deserve."
        ]
      },
      "line": 100
    },
    {
      "id": "we-let-you-down",
      "regex": "(we|i) (let you down|got (this|it) wrong|made a mistake|messed up|dropped the ball|should have|could have done better|fell short|didn't get this right|did not get this right)",
      "examples": {
        "invalid": [
          "We got this wrong.",
          "I should have warned you sooner."
        ]
      },
      "line": 105
    },
    {
      "id": "our-mistake",
      "regex": "(our|my) (mistake|fault|error|bad)",
      "examples": {
        "invalid": [
          "That was our mistake."
        ]
      },
      "line": 111
    },
    {
      "id": "this-is-on-us",
      "regex": "(that's|that is|this is|this one's|this one is) on us",
      "examples": {
        "invalid": [
          "This one’s on us."
        ]
      },
      "line": 116
    },
    {
      "id": "we-hate-it-when",
      "regex": "(we|i) hate (it when|that|to)",
      "examples": {
        "invalid": [
          "We hate it when this happens."
        ]
      },
      "line": 121
    },
    {
      "id": "we-are-gutted",
      "regex": "(we're|we are|we feel|we were|i'm|i am|i feel|the whole team is|everyone here is) (so |really |truly |just as |equally )?(gutted|devastated|heartbroken|disappointed|frustrated|upset|terrible|awful|bad|annoyed|sad)",
      "examples": {
        "invalid": [
          "We’re just as frustrated as you are."
        ],
        "valid": [
          "We are excited to show you what is next."
        ]
      },
      "line": 126
    },
    {
      "id": "this-stings",
      "regex": "(this|that|it|which) (really |truly )?(stings|hurts|is rough|is tough|is hard|is no fun|isn't fun|is not fun|is annoying|is maddening|is a blow|is a real blow)",
      "examples": {
        "invalid": [
          "We know it really stings.",
          "That is no fun at all."
        ]
      },
      "line": 133
    },
    {
      "id": "easy-to-miss",
      "regex": "(it's|it is|it can be|it's very|it is very) (easy|common|normal|understandable) to (miss|overlook|forget|lose track|get caught|slip)",
      "examples": {
        "invalid": [
          "It’s easy to miss an expiry date."
        ],
        "valid": [
          "It’s easy to fix in your account settings."
        ]
      },
      "line": 140
    },
    {
      "id": "happens-to-everyone",
      "regex": "(happens|can happen) (to (everyone|anyone|all of us|the best of us)|more often than (you|we) (might )?think|to lots of)|(refusals|rejections|delays|mistakes|problems|errors|these things|things like this|declines) (do|can|sometimes|occasionally) happen",
      "examples": {
        "invalid": [
          "This happens to the best of us.",
          "Although very rare, refusals do happen."
        ]
      },
      "line": 147
    },
    {
      "id": "this-usually-happens",
      "regex": "(this|that|it) (usually|typically|often|commonly|normally|most often|mostly) (happens|is caused|is due|is because|means|comes down to|is an?|is just)|(this|that|it) is (usually|typically|often|commonly|normally|most often|mostly) (caused|due|because|an?|just)",
      "examples": {
        "invalid": [
          "This is usually an expired card or a temporary hold from the bank.",
          "It typically happens when the address on the card has changed."
        ],
        "valid": [
          "Delivery usually takes three days."
        ]
      },
      "line": 155
    },
    {
      "id": "a-hard-month",
      "regex": "(a |an )?(hard|tough|difficult|stressful|busy|expensive|worrying) (month|time|week|year|period|few weeks|season|moment) for|(post|letters|mail|emails|reminders|parcels) (does |do |can |sometimes |often )?(go astray|get lost|go missing|slip through)",
      "examples": {
        "invalid": [
          "This may be a difficult time for you.",
          "Emails sometimes get lost."
        ]
      },
      "line": 163
    },
    {
      "id": "you-may-have-noticed",
      "regex": "you (may|might) (have )?(noticed|seen|had trouble|been unable|not been able|experienced|found|run into)",
      "examples": {
        "invalid": [
          "You may have had trouble logging in."
        ]
      },
      "line": 169
    },
    {
      "id": "thanks-for-your-patience",
      "regex": "(thank you|thanks) for (your )?(patience|understanding|bearing with us|sticking with us) (while|as|during)",
      "examples": {
        "invalid": [
          "Thank you for your patience while we sort this out."
        ],
        "valid": [
          "Thank you for your understanding."
        ]
      },
      "line": 174
    },
    {
      "id": "if-you-already-paid",
      "regex": "if (you('ve| have)|you) already (paid|sent|settled|made|renewed|updated|returned|replied|responded|done)|if (it|this|payment|the payment|your payment|they|these) (has|have) already been (sent|paid|made|settled|received|returned)|if (your payment|payment|it|this) (and this (notice|reminder|email|message) )?(has )?crossed|if (this|it) was you|if you (did this|made this change|made these changes|requested this|tried to sign in)",
      "examples": {
        "invalid": [
          "If you’ve already updated your card, please ignore this email.",
          "If your payment and this notice crossed, please disregard it.",
          "If this was you, you can ignore this notice."
        ]
      },
      "line": 183
    },
    {
      "id": "unfortunately-we-could-not",
      "regex": "(unfortunately|sadly|regrettably),? (we|i) (were|was|are|am|have been) (not able|unable)|(unfortunately|sadly|regrettably),? (we|i) (couldn't|could not|can't|cannot|didn't manage|did not manage|weren't able|wasn't able|failed)",
      "examples": {
        "invalid": [
          "Unfortunately, we weren’t able to take the payment."
        ],
        "valid": [
          "Unfortunately, your card was declined."
        ]
      },
      "line": 192
    },
    {
      "id": "you-keep-access",
      "regex": "(don't|do not) worry|no need to worry|nothing to worry about|rest assured|(your|the|all)( [^ ]+)? (service|services|account|access|subscription|membership|data|files|content|workspace|site|plan|credits|benefits|orders|progress|projects|documents|photos|messages|history|settings) ((is|are) still|remains?|will (stay|remain)|stays?) (active|available|accessible|yours)|your (menu|listing|listings|page|profile|store|shop) ((is|are) still|remains?|will (stay|remain)|stays?) (active|available|visible|online|live)|(funds|money|amount|balance|deposit)( [^ .]+){0,4} (has|have) been (fully )?(restored|returned|refunded|credited|released) to your|(your|the|all)( [^ ]+)? (service|services|account|access|subscription|membership|data|files|content|workspace|site|plan|credits|benefits|orders|progress|projects|documents|photos|messages|history|settings) (is|are|remains?|will (stay|remain|be)|stays?) (still |completely |fully |perfectly )?(safe|intact|untouched|unaffected|secure|preserved)|you can still (use|access|log in|sign in|keep|get|enjoy|see|read|download|export|reach)|you can continue (to use|using|to access|with)|you('ll| will) (still )?(keep|have|retain) (full )?access|(nothing|no data) (is|has been|will be|was) (lost|deleted)",
      "examples": {
        "invalid": [
          "Don’t worry, your service is still active.",
          "Your access is still active until the next retry.",
          "Your data is safe, and you can still export it.",
          "Your menu will remain visible until the end of the current billing period.",
          "The reserved funds have been fully restored to your available wallet balance."
        ],
        "valid": [
          "Your account is active again.",
          "Your plan is active from 3 May.",
          "Your order history stays the same.",
          "Your suspension page will stay visible to other users.",
          "The status page remains online."
        ]
      },
      "line": 201
    },
    {
      "id": "thanks-for-trying",
      "regex": "(thanks|thank you) for (giving [^ ]+( [^ ]+)? a (try|chance|shot|go)|trying [^ ]+( [^ ]+)? out)|even if it (didn't|did not|wasn't|was not) (work out|the right fit|a fit|for you)",
      "examples": {
        "invalid": [
          "Thanks for giving Keygen a try, even if it didn’t work out.",
          "Thank you for trying us out."
        ]
      },
      "line": 217
    }
  ],
  "tables": {
    "hollowApology": "(sorry|apologi[sz]e|apologies|regret) (for|about) (any [^ ]+|the (inconvenience|inconveniences))( (this|that|it) (may|might|could) (have )?caused| caused)?|(sorry|apologi[sz]e|apologies) if|(sorry|apologi[sz]e) (that )?you (feel|felt|think|thought|believe|found)",
    "exampleAcknowledgement": {
      "failed-payment": "We know a declined payment is a hassle, especially when you didn’t expect it.",
      "billing-error": "We’re sorry: being charged the wrong amount is worrying, and it was our mistake to fix.",
      "outage": "We’re sorry: we know you rely on us, and this got in your way.",
      "delay": "We’re sorry it’s late; we know you were counting on it.",
      "price-rise": "We know a higher price is never welcome news.",
      "suspension": "We know losing access is stressful, and we want to help you get back in quickly.",
      "breach": "We’re sorry. You trusted us with your information, and we take that seriously.",
      "out-of-stock": "We’re sorry: we know you were looking forward to it.",
      "refund-denied": "We know this isn’t the answer you hoped for.",
      "cancellation": "We’re sorry: we know this upsets your plans.",
      "debt": "We know money can be tight, and we’re here to help find a way forward.",
      "content-removed": "We know it’s disappointing to see something you shared taken down.",
      "other": "We’re sorry this happened, and we know it’s frustrating."
    },
    "reasonKinds": [
      "failed-payment",
      "suspension",
      "cancellation",
      "content-removed",
      "refund-denied",
      "other"
    ],
    "wayForwardKinds": [
      "failed-payment",
      "debt",
      "outage",
      "refund-denied",
      "cancellation"
    ],
    "statedReason": "((banned|suspended|muted|blocked|kicked|restricted)( [^ ]+){0,6} for:(?! *([0-9]|an? (minute|hour|day|week|month)))|due to|because( of)?|as a result of|owing to|caused by|on account of|for the following reasons?|for (this|these|that) reasons?|the reasons? (is|was|for)|reasons?|(possible|common|likely|usual) (reasons?|causes?)|most likely|probably (because|due)|following (a|an|the|your|several|multiple|repeated|too many|[0-9]+)|after (several|multiple|repeated|too many|[0-9]+) [^ ]+|too many (failed |unsuccessful |wrong |incorrect |invalid )?(login |log-in |sign-in |signin |password )?(attempts|tries|logins|sign-ins)|for (violating|breaching|breaking|violation|violations|breach|non-payment|nonpayment|abuse|spam|fraud|suspicious|inactivity)|(subscription|trial|plan|membership|access|account|key|token|licen[cs]e|certificate)( [^ ]+){0,6} (has |have |had )?(been )?(expired|ended|lapsed)|(exceeded|reached|gone over|used up) (your|the) ([^ ]+ )?([^ ]+ )?(limit|quota|allowance)|(limit|quota|allowance) (has been |was )?(reached|exceeded)|(detected|noticed|saw|seen|recorded) (several|multiple|repeated|too many|[0-9]+|unusual|suspicious) [^ ]+|as a (security|safety) (measure|precaution)|(our|the) records (show|indicate|suggest) that|after (a|an|our|the) (review|investigation|check|audit)|(we|we've|we have|our (team|system|systems|moderators?)|the system) (have |has )?(detected|found|noticed|identified) ([^ ]+ ){0,2}(content|activity|posts?|messages?|behaviou?r|transactions?|payments?|logins?|sign-ins?|attempts?|accounts?)|you are no longer (an? )?(active |registered |paying |current )?(member|subscriber|student|employee|customer|user))"
  },
  "signalContext": "Hi Sam,\n\nYour payment of $12 was declined."
};

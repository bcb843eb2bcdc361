// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-guilt-trip/phrases.yaml",
  "entries": [
    {
      "id": "confirmshaming",
      "message": "confirmshaming",
      "regex": "(?:(?<decline>(?:no|nope|nah|no way)(?:,?\\s+(?:thanks|thank you|thx|ty))?)\\s*[,.!:;—–-]*\\s*)?(?<clause>i (?:really |just |honestly |simply |actually )?(?:(?:don'?t|do not) (?:like|love|want|enjoy|care about|care for|believe in|deserve)(?: to)?|hate|dislike|despise|can'?t stand) (?:(?:to )?sav(?:e|ing) (?:money|time|cash)|savings?|money|free money|success|winning|growth|(?:my |good )?health|nice things|good things|fun|learning|(?:more |new )?(?:customers|clients|sales|leads)|(?:being |feeling |looking |staying )(?:healthy|happy|successful|productive|informed|smart|fit|safe|secure|organi[sz]ed|rich|better|good|great|in shape|in the know|ahead|up to date)|(?:to )?(?:save|learn|grow|improve|succeed|win|get better|make money|earn more|have fun|feel better|look better|get fit|grow my business|(?:be|stay|feel) (?:healthy|happy|successful|productive|informed|smart|fit|safe|rich|better|in shape|in the loop|up to date|ahead))|free (?:stuff|things|gifts?|shipping|delivery|food|coffee|samples|upgrades?|content|advice|tips|books|trials?|cancell?ation|returns?|insurance|protection|support|access|credits?|installation|setup|consultation|upgrade|bonus|e-?book)|freebies|(?:great |good |big |huge |better |exclusive |amazing )?(?:deals|discounts|bargains)|a (?:bargain|discount|good deal|great deal)|rewards|perks|gifts)|(?:i (?:don'?t|do not) (?:need|value)(?: to)?|(?:i'?m|i am) (?:not interested in|not into|too good for|above)) (?:(?:to )?sav(?:e|ing) (?:money|time|cash)|savings?|money|free money|success|winning|growth|(?:my |good )?health|nice things|good things|fun|learning|(?:more |new )?(?:customers|clients|sales|leads)|(?:being |feeling |looking |staying )(?:healthy|happy|successful|productive|informed|smart|fit|safe|secure|organi[sz]ed|rich|better|good|great|in shape|in the know|ahead|up to date)|(?:to )?(?:save|learn|grow|improve|succeed|win|get better|make money|earn more|have fun|feel better|look better|get fit|grow my business|(?:be|stay|feel) (?:healthy|happy|successful|productive|informed|smart|fit|safe|rich|better|in shape|in the loop|up to date|ahead)))|(?:i'?d|i would|i|i'?ll|i will|(?:i'?m|i am) going to) (?:(?:rather|prefer(?: to)?|like(?: to)?|love(?: to)?|enjoy|want to|choose to|plan to|just|happily|gladly) )?(?:keep |continue |go on |just )?(?:(?:pay|paying) (?:full price|full retail|retail|more|extra|the full price|double|too much)|overpay(?:ing)?|miss(?:ing)? out|(?:lose|losing) (?:money|out|customers|sales)|(?:waste|wasting) (?:my )?(?:money|time)|struggl(?:e|ing)|fail(?:ing)?|(?:do|doing|learn|learning) (?:it |things )?the hard way|(?:stay|staying|remain|remaining|be|being|keep being|go on being) (?:uninformed|ignorant|in the dark|(?:left )?behind(?: the times)?|broke|poor|unhealthy|unfit|out of shape|bored|boring|average|mediocre|stuck|clueless|out of (?:the loop|touch)|unproductive|disorgani[sz]ed|overwhelmed|stressed(?: out)?|confused|unsafe|vulnerable|lonely|miserable|unhappy|lazy|ugly|outdated|a (?:beginner|dinosaur|loser)|an amateur))|(?:i'?d|i would) (?:rather|prefer) not (?:to )?(?:(?:to )?sav(?:e|ing) (?:money|time|cash)|savings?|money|free money|success|winning|growth|(?:my |good )?health|nice things|good things|fun|learning|(?:more |new )?(?:customers|clients|sales|leads)|(?:being |feeling |looking |staying )(?:healthy|happy|successful|productive|informed|smart|fit|safe|secure|organi[sz]ed|rich|better|good|great|in shape|in the know|ahead|up to date)|(?:to )?(?:save|learn|grow|improve|succeed|win|get better|make money|earn more|have fun|feel better|look better|get fit|grow my business|(?:be|stay|feel) (?:healthy|happy|successful|productive|informed|smart|fit|safe|rich|better|in shape|in the loop|up to date|ahead)))|(?:i'?m|i am) (?:perfectly |totally |quite )?(?:fine|happy|ok|okay|content|good|comfortable)(?: with)? (?:(?:pay|paying) (?:full price|full retail|retail|more|extra|the full price|double|too much)|overpay(?:ing)?|miss(?:ing)? out|(?:lose|losing) (?:money|out|customers|sales)|(?:waste|wasting) (?:my )?(?:money|time)|struggl(?:e|ing)|fail(?:ing)?|(?:do|doing|learn|learning) (?:it |things )?the hard way|(?:stay|staying|remain|remaining|be|being|keep being|go on being) (?:uninformed|ignorant|in the dark|(?:left )?behind(?: the times)?|broke|poor|unhealthy|unfit|out of shape|bored|boring|average|mediocre|stuck|clueless|out of (?:the loop|touch)|unproductive|disorgani[sz]ed|overwhelmed|stressed(?: out)?|confused|unsafe|vulnerable|lonely|miserable|unhappy|lazy|ugly|outdated|a (?:beginner|dinosaur|loser)|an amateur))|i (?:already )?know (?:it all|everything)(?: already)?|(?:i'?m|i am) (?:already )?perfect)",
      "options": {
        "use": "confirmshaming"
      },
      "examples": {
        "invalid": [
          "No thanks, I don’t like saving money.",
          "No, I prefer to pay full price",
          "I'll stay uninformed.",
          "No, I don't want free cancellation"
        ],
        "valid": [
          "I’d rather pay full price than wait a month.",
          "No thanks, I'll buy it later.",
          "Avoid decline links like “No thanks, I hate saving money.”"
        ]
      },
      "line": 55
    },
    {
      "id": "confirmshaming-after-decline",
      "message": "confirmshaming",
      "regex": "(?<decline>(?:no|nope|nah|no way)(?:,?\\s+(?:thanks|thank you|thx|ty))?)\\s*[,.!:;—–-]*\\s*(?<clause>(?:(?:to )?sav(?:e|ing) (?:money|time|cash)|savings?|money|free money|success|winning|growth|(?:my |good )?health|nice things|good things|fun|learning|(?:more |new )?(?:customers|clients|sales|leads)|(?:being |feeling |looking |staying )(?:healthy|happy|successful|productive|informed|smart|fit|safe|secure|organi[sz]ed|rich|better|good|great|in shape|in the know|ahead|up to date)|(?:to )?(?:save|learn|grow|improve|succeed|win|get better|make money|earn more|have fun|feel better|look better|get fit|grow my business|(?:be|stay|feel) (?:healthy|happy|successful|productive|informed|smart|fit|safe|rich|better|in shape|in the loop|up to date|ahead))|free (?:stuff|things|gifts?|shipping|delivery|food|coffee|samples|upgrades?|content|advice|tips|books|trials?|cancell?ation|returns?|insurance|protection|support|access|credits?|installation|setup|consultation|upgrade|bonus|e-?book)|freebies|(?:great |good |big |huge |better |exclusive |amazing )?(?:deals|discounts|bargains)|a (?:bargain|discount|good deal|great deal)|rewards|perks|gifts) (?:isn'?t|is not|aren'?t|are not) (?:for me|my thing)|who needs (?:(?:to )?sav(?:e|ing) (?:money|time|cash)|savings?|money|free money|success|winning|growth|(?:my |good )?health|nice things|good things|fun|learning|(?:more |new )?(?:customers|clients|sales|leads)|(?:being |feeling |looking |staying )(?:healthy|happy|successful|productive|informed|smart|fit|safe|secure|organi[sz]ed|rich|better|good|great|in shape|in the know|ahead|up to date)|(?:to )?(?:save|learn|grow|improve|succeed|win|get better|make money|earn more|have fun|feel better|look better|get fit|grow my business|(?:be|stay|feel) (?:healthy|happy|successful|productive|informed|smart|fit|safe|rich|better|in shape|in the loop|up to date|ahead))|free (?:stuff|things|gifts?|shipping|delivery|food|coffee|samples|upgrades?|content|advice|tips|books|trials?|cancell?ation|returns?|insurance|protection|support|access|credits?|installation|setup|consultation|upgrade|bonus|e-?book)|freebies|(?:great |good |big |huge |better |exclusive |amazing )?(?:deals|discounts|bargains)|a (?:bargain|discount|good deal|great deal)|rewards|perks|gifts))",
      "options": {
        "use": "confirmshaming-after-decline"
      },
      "examples": {
        "invalid": [
          "Nah, saving money isn’t for me."
        ]
      },
      "line": 71
    },
    {
      "id": "are-you-sure-you-want-to-miss",
      "message": "secondGuess",
      "regex": "(?:are you (?:really |absolutely |totally )?sure(?: that)?(?: you (?:want|wanna|'d like|would like) to)?|do you (?:really |honestly )?want to|you really want to) (?:lose (?:access to (?:my|our)|your (?:\\p{L}+ )?(?:benefits|perks|rewards|savings|discount|streak|status))|miss (?:out|this|it|all (?:this|of this)|these (?:deals|savings|offers))|pass (?:this |it )?up|pass on (?:this|these|savings|free \\p{L}+)|say no to (?:this|savings|free \\p{L}+)|turn (?:this|it) down|turn down (?:this|these|savings|free \\p{L}+)|walk away from (?:this|these|your \\p{L}+)|throw (?:it|this|that) away|give up (?:on (?:us|yourself|your \\p{L}+)|your (?:savings|discount|rewards|perks|benefits))|pay (?:more|full price|extra|the full price)|lose out|leave (?:all )?(?:this|these|your (?:savings|rewards|perks|benefits)) behind)",
      "rewrite": "want to take another look?",
      "options": {
        "when": "question-follows",
        "suggestionWhen": "starts-and-ends",
        "extendToClauseEnd": true
      },
      "examples": {
        "invalid": [
          "Are you sure you want to miss out?",
          "Are you sure you want to lose access to my recommendations?"
        ]
      },
      "line": 80
    },
    {
      "id": "you-will-regret-it",
      "message": "regret",
      "regex": "(?:you'?ll|you will|you'?d|you would|you'?re going to|you are going to|you'?re gonna|you might|you may|you could|or you'?ll|or you will|or|and)(?: totally| really| definitely| surely| so| forever| always| seriously| only)? (?:regret (?:it|this|that|missing(?: out)?|not|passing|saying no|skipping|waiting|leaving|your decision)(?: later| forever)?|be sorry|kick yourself|hate yourself)",
      "rewrite": "we think you'll love it",
      "options": {
        "unless": "sorry-to-hear",
        "suggestionWhen": "you-starts-and-ends"
      },
      "examples": {
        "invalid": [
          "You’ll regret it!",
          "You will regret it if you skip this.",
          "Buy now or regret it."
        ],
        "valid": [
          "I don’t think you’ll regret it.",
          "You’ll be sorry to hear that our founder is retiring."
        ]
      },
      "line": 94
    },
    {
      "id": "dont-let-it-slip-away",
      "message": "loss",
      "regex": "(?:don'?t|do not|never) let (?:all )?(?:it|that|this|them|those|these|your|all (?:that|this|your|those|the))(?: [a-z'-]+){0,3}? (?:slip away|slip through your fingers|go to waste|be wasted|fade away|disappear|be for nothing|go for nothing)",
      "examples": {
        "invalid": [
          "Don't let all that progress slip away.",
          "Don't let your hard work go to waste!",
          "Don’t let it slip away!"
        ],
        "valid": [
          "We won't let your data disappear when you cancel.",
          "Never let a deadline slip away again with reminders."
        ]
      },
      "line": 111
    },
    {
      "id": "are-you-leaving-us",
      "message": "leaving",
      "regex": "(?:so |wait,? |oh no,? )?(?:(?:you'?re|you are)|are you) (?:really |actually |seriously |just |already )?(?:leaving|abandoning|ditching|dumping|deserting|breaking up with|giving up on|walking (?:away from|out on)|turning your back on) us\\??",
      "rewrite": [
        "we're sorry to see you go, and you're welcome back any time.",
        "we're sorry to see you go, and you're welcome back any time"
      ],
      "options": {
        "unless": "after-subordinator",
        "suggestionWhen": "question-at-start statement-alone"
      },
      "examples": {
        "invalid": [
          "After all we’ve done for you, you’re leaving us?",
          "You’re leaving us?"
        ],
        "valid": [
          "If you’re leaving us, you can export your data first."
        ]
      },
      "line": 122
    },
    {
      "id": "hate-to-lose-you",
      "message": "leaving",
      "regex": "(?:we'?d|we would|we|i'?d|i would|i) (?:really |truly |just |so )?(?:hate|(?:don'?t|do not|wouldn'?t|would not) (?:want|like)) to (?:lose|see) you(?: go| leave)?(?! (?:in|to) (?:the )?(?:spam|junk|promotions?))\\b",
      "examples": {
        "invalid": [
          "We'd hate to lose you.",
          "We noticed you're thinking about leaving, and we don't want to lose you."
        ],
        "valid": [
          "We don't want you to lose your data, so export it first.",
          "We'd hate to lose you in the spam folder, so add us to your contacts."
        ]
      },
      "line": 139
    },
    {
      "id": "why-would-you-leave",
      "message": "leaving",
      "regex": "why (?:would|on earth would|in the world would) you (?:ever |even |really )?(?:want to )?(?:leave|go|cancel|unsubscribe|quit|abandon us|give up|downgrade|switch)\\b[^.!?]*\\?",
      "examples": {
        "invalid": [
          "Why would you want to leave? We've given you everything."
        ],
        "valid": [
          "Why do you want to cancel? (optional)"
        ]
      },
      "line": 151
    },
    {
      "id": "cant-believe-youre-leaving",
      "message": "leaving",
      "regex": "(?:i |we )?(?:can'?t|cannot|can not) believe (?:you(?:'re| are)|you(?:'d| would)) (?:really |actually |seriously )?(?:doing this|do this|leaving|leave|going|cancell?ing|cancel|quitting|quit|unsubscribing|unsubscribe|giving up|give up|abandoning us)\\b",
      "options": {
        "unless": "thanks-given"
      },
      "examples": {
        "invalid": [
          "Hm, can’t believe you are doing this!"
        ],
        "valid": [
          "We can't believe you're already at level 10!",
          "Can't believe you are doing this for us — thank you!"
        ]
      },
      "line": 161
    },
    {
      "id": "leaving-so-soon",
      "message": "leaving",
      "regex": "(?:(?:so |wait,? |oh no,? )?(?:(?:you'?re|you are)|are you) (?:really |actually |seriously )?(?:leaving|going)(?: already| so soon)?|(?:leaving|going)(?: us)? (?:so soon|already))\\?",
      "rewrite": "we're sorry to see you go, and you're welcome back any time.",
      "options": {
        "unless": "after-question-word",
        "suggestionWhen": "sentence-start"
      },
      "examples": {
        "invalid": [
          "Leaving so soon?"
        ],
        "valid": [
          "How are you going?"
        ]
      },
      "line": 173
    },
    {
      "id": "not-leaving-right",
      "message": "leaving",
      "regex": "you(?:'re| are| were)? (?:not|n't) (?:really |actually |just )?(?:leaving|going|abandoning|quitting)\\b[^.!?]*, right(?=\\s*\\?)",
      "examples": {
        "invalid": [
          "You were not leaving your cart just like that, right?"
        ],
        "valid": [
          "You're not leaving the house today, so we'll deliver tomorrow."
        ]
      },
      "line": 187
    },
    {
      "id": "come-back-plea",
      "message": "leaving",
      "regex": "(?:please,? )?come back(?: to us)?(?=\\s*!+\\s*$)",
      "conditions": [
        "sentence-start"
      ],
      "options": {
        "when": "whole-string"
      },
      "examples": {
        "invalid": [
          "🔥 Come back!"
        ],
        "valid": [
          "Come back soon!",
          "Come back any time!",
          "Come back! We've saved your seat."
        ]
      },
      "line": 197
    },
    {
      "id": "please-dont-go",
      "message": "leaving",
      "regex": "(?:please )?(?:don'?t|do not) (?:leave|go|abandon)(?: us| me)?",
      "options": {
        "when": "clause-ends",
        "unless": "not-a-plea"
      },
      "examples": {
        "invalid": [
          "Please don’t go!"
        ],
        "valid": [
          "Please don’t leave the page while the upload finishes.",
          "Don’t go anywhere, we’ll be right back."
        ]
      },
      "line": 212
    },
    {
      "id": "please-dont-dismiss",
      "message": "guilt",
      "regex": "please (?:don'?t|do not) (?:dismiss|skip|close|reject|decline) (?:this|our|my) (?:request|appeal|ask|prompt|plea|survey|donation request)",
      "examples": {
        "invalid": [
          "Please don’t dismiss this request"
        ],
        "valid": [
          "Please don't close this window while the payment goes through."
        ]
      },
      "line": 225
    },
    {
      "id": "you-dont-like-us",
      "message": "guilt",
      "regex": "(?:you (?:don'?t|do not)|don'?t you|do you not) (?:like|love|enjoy) (?:our|the|this|my) (?:app|product|service|newsletter|emails?|site|shop|store|game|tool|platform)\\?",
      "examples": {
        "invalid": [
          "You don't like our app?"
        ],
        "valid": [
          "If you don't like our app, tell us why."
        ]
      },
      "line": 234
    },
    {
      "id": "think-again",
      "message": "secondGuess",
      "regex": "please (?:think|reconsider) (?:again|twice)|(?:think|reconsider) (?:again|twice)(?= ?!)",
      "options": {
        "unless": "before-after"
      },
      "examples": {
        "invalid": [
          "Are you sure you want to disable this? Please think again!"
        ],
        "valid": [
          "Think twice before sharing your password with anyone."
        ]
      },
      "line": 243
    },
    {
      "id": "where-have-you-been",
      "message": "guilt",
      "regex": "where (?:have you been|did you go|have you gone|are you)(?: hiding| lately| all this time)?(?=\\s*\\?)",
      "options": {
        "unless": "travel-context"
      },
      "examples": {
        "invalid": [
          "Where have you been?",
          "We haven't seen you in a while. Where did you go?"
        ],
        "valid": [
          "Where have you been travelling this year?",
          "Where are you based?",
          "Where have you been? Add a trip to your timeline."
        ]
      },
      "line": 255
    },
    {
      "id": "shame-on-you",
      "message": "guilt",
      "regex": "(?:you'?re|you are) breaking (?:our|my) hearts?|you broke (?:our|my) hearts?|shame on you|you should be ashamed(?: of yourself)?",
      "examples": {
        "invalid": [
          "You’re breaking our hearts.",
          "Shame on you!"
        ]
      },
      "line": 268
    },
    {
      "id": "dont-you-care",
      "message": "guilt",
      "regex": "(?:don'?t|do not) you (?:even )?(?:care|value|want to (?:(?:to )?sav(?:e|ing) (?:money|time|cash)|savings?|money|free money|success|winning|growth|(?:my |good )?health|nice things|good things|fun|learning|(?:more |new )?(?:customers|clients|sales|leads)|(?:being |feeling |looking |staying )(?:healthy|happy|successful|productive|informed|smart|fit|safe|secure|organi[sz]ed|rich|better|good|great|in shape|in the know|ahead|up to date)|(?:to )?(?:save|learn|grow|improve|succeed|win|get better|make money|earn more|have fun|feel better|look better|get fit|grow my business|(?:be|stay|feel) (?:healthy|happy|successful|productive|informed|smart|fit|safe|rich|better|in shape|in the loop|up to date|ahead))))|do you (?:even|not|really not) care|(?:did|have) you stop(?:ped)? caring|(?:i|we) guess you (?:don'?t|do not) (?:care|want|like|need)|you (?:clearly|obviously|must not|must) (?:even )?care",
      "reportNegated": true,
      "options": {
        "extendToClauseEnd": true
      },
      "examples": {
        "invalid": [
          "Don’t you care about your health?"
        ]
      },
      "line": 276
    },
    {
      "id": "we-thought-you-cared",
      "message": "guilt",
      "regex": "(?:we|i) (?:really |honestly |truly )?thought you (?:cared(?: about (?:us|this))?|were (?:different|better|smarter|one of us|serious|loyal|our friend|with us)|liked us|loved us)",
      "rewrite": "we'd love to hear how we can do better",
      "options": {
        "suggestionWhen": "starts-and-ends"
      },
      "examples": {
        "invalid": [
          "We thought you cared."
        ]
      },
      "line": 286
    },
    {
      "id": "after-all-we-have-done",
      "message": "guilt",
      "regex": "after (?:all|everything) (?:(?:we'?ve|we have|i'?ve|i have) (?:done(?: for you)?|been through(?: together)?|given you)|we did for you)",
      "examples": {
        "invalid": [
          "After all we’ve done for you, you’re leaving us?"
        ]
      },
      "line": 295
    },
    {
      "id": "counting-on-you",
      "message": "guilt",
      "regex": "(?:(?:your|the) (?:\\p{L}+ ){0,2}?(?:team|family|kids|children|colleagues|coworkers|co-workers|customers|clients|friends|students|patients|pets?|dogs?|cats?|parents|partner|loved ones|community|followers|fans|readers|employees|staff|future self|body)|they|we|everyone|everybody|so many people|(?:\\d+|thousands of|millions of) (?:people|children|kids|animals|families))(?: (?:is|are)|'s|'re)(?: all| really)? (?:counting|depending|relying) on you",
      "options": {
        "unless": "asking-for-feedback"
      },
      "examples": {
        "invalid": [
          "Your team is counting on you."
        ],
        "valid": [
          "We’re counting on you to tell us what to build next."
        ]
      },
      "line": 303
    },
    {
      "id": "dont-let-us-down",
      "message": "guilt",
      "regex": "(?:don'?t|do not) (?:let (?:us|them|him|her|me|yourself|everyone|anyone|your (?:\\p{L}+ ){0,2}?(?:team|family|kids|children|colleagues|coworkers|co-workers|customers|clients|friends|students|patients|pets?|dogs?|cats?|parents|partner|loved ones|community|followers|fans|readers|employees|staff|future self|body)) down|disappoint (?:us|them|him|her|me|yourself|everyone|anyone|your (?:\\p{L}+ ){0,2}?(?:team|family|kids|children|colleagues|coworkers|co-workers|customers|clients|friends|students|patients|pets?|dogs?|cats?|parents|partner|loved ones|community|followers|fans|readers|employees|staff|future self|body)))|(?:(?:you'?re|you are)|you'?d be|you would be|you'?ll be|you will be|you'?ve|you have|you) (?:letting|let) (?:us|them|him|her|me|yourself|everyone|anyone|your (?:\\p{L}+ ){0,2}?(?:team|family|kids|children|colleagues|coworkers|co-workers|customers|clients|friends|students|patients|pets?|dogs?|cats?|parents|partner|loved ones|community|followers|fans|readers|employees|staff|future self|body)) down",
      "rewrite": "we'd love your support",
      "options": {
        "suggestionWhen": "us-starts-and-ends"
      },
      "examples": {
        "invalid": [
          "Don't let us down.",
          "You are letting your whole team down."
        ]
      },
      "line": 314
    },
    {
      "id": "sorry-to-see-you-go",
      "message": "stockExit",
      "regex": "(?:(?:we'?re|we are|i'?m|i am)(?: (?:so|very|really|truly))? )?sorry to (?:see|watch|have) you (?:go|leave)|sorry to (?:find|hear|learn) (?:that )?you(?:'re| are) (?:no longer|not any longer|not longer) interested",
      "options": {
        "unless": "way-back-offered"
      },
      "examples": {
        "invalid": [
          "We're sorry to see you go! Before you go, take 50% off your next month.",
          "Sorry to see you go! Are you sure you want to cancel?"
        ],
        "valid": [
          "Sorry to see you go",
          "We're sorry to see you go! Tell us why you're cancelling.",
          "BookingPress - Sorry to see you go",
          "We're sorry to see you go! Your cancellation has been received.",
          "You have been unsubscribed. Sorry to see you go!",
          "We're sorry to see you go, and you're welcome back any time.",
          "We’re sorry to see you go. If you change your mind, you can resubscribe anytime.",
          "We're sorry to see you go. If you'd like to use IB Match again in the future, you're welcome to create a new account at any time.",
          "We're sorry to see you go. You'll continue to have access until the end of your billing period."
        ]
      },
      "line": 330
    },
    {
      "id": "sad-to-see-you-go",
      "message": "leaving",
      "regex": "(?:(?:we'?re|we are|i'?m|i am|we'?ll be|we will be|we feel|we'?re feeling) (?:so |very |really |truly |a bit |a little )?(?:sad|heartbroken|devastated|gutted|crushed|hurt)(?: to (?:see|watch|hear|have) you (?:go|leave|cancel|unsubscribe)| (?:that )?you(?:'re| are)? (?:leaving|going))|it (?:hurts|breaks (?:our|my) hearts?|pains us|kills us|makes us sad) to (?:see|watch|hear|let) you (?:go|leave))",
      "options": {
        "unless": "goodbye-accepted"
      },
      "examples": {
        "invalid": [
          "We’re so sad to see you go.",
          "It breaks our hearts to see you leave.",
          "We're sad to see you go, but first, tell us why you're leaving."
        ],
        "valid": [
          "We’re sorry to see you go, and you’re welcome back any time.",
          "Your subscription has been cancelled. We're sad to see you go, but we understand.",
          "While we're sad to see you go, we want you to know your data is safe.",
          "We’re sad to see you go, but if you ever decide to return, we’ll be here!"
        ]
      },
      "line": 351
    },
    {
      "id": "instead-of-leaving",
      "message": "leaving",
      "regex": "instead of (?:(?:leaving|going|quitting)(?! (?:a|an|the|your|my|our|it|this|that|these|those|them|feedback|comments?|reviews?|notes?|messages?|to|into|home|online)\\b)(?: us)?|cancell?ing|unsubscribing|saying goodbye)",
      "examples": {
        "invalid": [
          "Instead of leaving, why not pause your plan?"
        ],
        "valid": [
          "Instead of leaving a review, email us and we’ll fix it."
        ]
      },
      "line": 368
    },
    {
      "id": "wait-dont-go",
      "message": "leaving",
      "regex": "wait ?[!,.—–-]* ?(?:please )?(?:don'?t|do not) (?:go|leave)(?: us| yet)?",
      "examples": {
        "invalid": [
          "Wait, don’t leave us!"
        ]
      },
      "line": 377
    },
    {
      "id": "dont-go-after-wait",
      "message": "leaving",
      "regex": "(?:please )?(?:don'?t|do not) (?:go|leave)(?: us| yet)?",
      "reportNegated": true,
      "options": {
        "when": "after-bare-wait"
      },
      "examples": {
        "invalid": [
          "Wait! Don’t go!"
        ],
        "valid": [
          "Don’t leave the page until the upload finishes."
        ]
      },
      "line": 384
    },
    {
      "id": "sad-mascot",
      "message": "guilt",
      "regex": "(?:sad|crying|weeping|heartbroken|tearful|sobbing) (?:puppy|puppies|dog|cat|kitten|mascot|panda|robot|owl|bear|penguin|monster|unicorn|face)",
      "options": {
        "unless": "emoji-or-icon"
      },
      "examples": {
        "invalid": [
          "A crying puppy waves goodbye."
        ],
        "valid": [
          "Tap the sad face icon to tell us what went wrong."
        ]
      },
      "line": 396
    }
  ],
  "tables": {
    "previousDecline": {
      "source": "^[\"'*_\\s]*(?:no|nope|nah|no way)(?:,?\\s+(?:thanks|thank you|thx|ty))?\\s*[.!]?\\s*$",
      "flags": "u"
    },
    "decline": "(?:no|nope|nah|no way|skip|i'?ll pass|i will pass|pass)(?:,? (?:thanks|thank you|thx|ty))?",
    "plainReason": "^(?:i'?m|i am) (?:not interested|just (?:browsing|looking)|good for now|all set|fine for now|ok for now)\\b|^i (?:already )?(?:have|own|use|got|bought)\\b|^i (?:don'?t|do not) (?:want|need|wish) (?:(?:to )?(?:receive|get|be (?:contacted|emailed|e-mailed|notified)|sign up|subscribe|join|share|create|see|continue|add)\\b|(?:these|this|the|any|more(?! (?:traffic|customers|clients|sales|leads|money|clicks|followers|subscribers|results|revenue|profit|visitors|commissions|income|savings|growth)\\b)|marketing|promotional|your|an?|it|one)\\b)|^i'?ll (?:(?:do|decide|check|think about) (?:it|this|that )?later|(?:continue|check out|checkout|shop) (?:as a guest|without|to)|sign up later|come back later)\\b|^i (?:prefer|would prefer|'d prefer) (?:not to (?:share|say|receive)|e-?mail|email|text|sms|post|paper)\\b|^i'?d (?:rather|prefer) (?:not (?:say|share)|decide later|use (?:e-?mail|my email))\\b",
    "stance": "\\b(?:rather|prefer|enjoy|happy (?:to|with)|fine (?:with|to)|fine\\b|ok(?:ay)? with|content|sure|convinced|certain|choosing to|choose to|plan (?:on|to)|going to|gonna)\\b",
    "selfDefeat": [
      "full[- ]price|regular price|retail|(?:pay(?:ing)?|spend(?:ing)?) (?:more|extra|full|retail|for (?:shipping|delivery|postage))|over-?pay\\w*|expensive",
      "discounts?|savings|\\d+ ?% off|free (?:shipping|delivery|stuff|gifts?|money|samples?)|pass(?:ing)? on",
      "without (?:the |a |my |any |this |that )?(?:discount|savings?|deal|offer|perks?|bonus|gift|help|protection|\\d+)",
      "not (?:to )?(?:save|saving|get|getting|be|look|feel|have|win|grow|learn|know|improve)\\b(?! (?:contacted|e-?mailed|notified|disturbed|tracked|called|texted|asked|reminded))",
      "(?:the )?hard way|the slow way|alone|on my own|forever|uninformed|ignorant|in the dark|behind|bad|worse|boring|dull|bland|mediocre|ugly|outdated|unhappy|unhealthy|broke|poor",
      "manage|cope|get by|figure (?:it|things) out|struggl\\w*|suffer\\w*|bleed\\w*|los(?:e|ing)|miss(?:ing)? out|wast\\w*|fail\\w*"
    ],
    "plainAlternative": [
      "(?:talk|speak|chat) (?:to|with) (?:a |an |the |someone|somebody)|\\b(?:call|phone|e-?mails?|emails?|write|texts?|post|paper|printed|in person|in store|on the web|online|in the app)\\b",
      "\\bpay(?:ing)? (?:monthly|yearly|annually|weekly|by (?:card|invoice|bank transfer|cash)|in full|up ?front|later)\\b|\\b(?:monthly|annual|yearly) (?:billing|plan|payments?)\\b",
      "\\b(?:my|the|our) (?:current|existing|own|present)\\b|\\bwhat i (?:have|use|already)\\b|\\bthe free (?:version|plan|tier)\\b",
      "\\b(?:come back|be back|decide|wait|think (?:about|it over)|look (?:again|around))\\b|\\blater\\b|\\bnext time\\b|\\bfor now\\b"
    ],
    "mockery": "\\b(?:(?:pay|paying|buy|buying|shop|shopping|purchase|purchasing|get|getting)\\b(?: (?:it|this|them|one))? (?:at |for |the )*(?:full[- ]price|regular price|full retail)|hard way|hard work|myself|on my own|give up|pass up|throw away|abandon|waste|miss out|lose|risk|struggle|keep (?:paying|losing|struggling|wasting)|don'?t (?:feel|care|plan|see the (?:value|point)|believe|deserve|need (?:to )?(?:save|grow|learn|improve|succeed|win|customers|money|success|growth))|do not (?:feel|care|plan|see the (?:value|point)|believe|deserve)|don'?t want to (?!receive|get|be |sign|subscribe|join|share|create|see|continue|add)\\w+|do not want to (?!receive|get|be |sign|subscribe|join|share|create|see|continue|add)\\w+|know (?:it all|everything|enough|better)|already (?:perfect|an expert|rich))\\b|\\bi (?:fully |completely |totally )?(?:understand|realize|realise|accept|know)\\b.*\\b(?:never (?:see|get|find|have) (?:this|it|these|an offer|a deal|a price)|only (?:chance|opportunity|time)|gone for good|forever|can(?:not|'t) (?:return|come back|get (?:it|this) again))\\b|never (?:see|get|find) (?:this|it|an offer like this|another chance|this (?:offer|deal|price|discount)) again|(?:give|giving) (?:away )?my (?:discount|deal|spot|chance|place|bottle|offer)|giving up my chance|(?:okay|ok|fine|happy) with missing out|pass on this (?:chance|offer|deal|opportunity) forever|don'?t want (?:better|more|to (?:save|improve|grow|win|succeed|get better|look better|feel better|be healthier|lose weight))\\b|\\bi (?:hate|dislike|despise|can't stand) (?:making|saving|earning|winning|growing|money|free|deals|discounts|commissions|growth|success|results|traffic|sales|profits?|customers|clients|\\$)|don'?t (?:want|need) (?:more|extra|better|bigger|higher|faster|\\d|(?:smooth|clear|young|health|happ|cheap|strong|rich|slimm|thinn|bright|soft|firm|fitt|lean|calm|sharp|fresh|quick|eas|saf|smart|wealth|tight|full|thick|whit|glowi|sexi|prett)i?er\\b)|stick (?:with|to) (?:tiny|small|low|little|my (?:old|slow|boring|tiny|small)|fewer|less|mediocre)|\\bi acknowledge\\b.*\\b(?:pay (?:much |a lot |way )?more|never|only|forever|lose)\\b|(?:^|\\bpass(?:ing)? )on (?:saving|saving money|savings|discounts?|deals|bargains|free (?:shipping|delivery|stuff|gifts?|money|samples?|trials?)|\\d+ ?% off|(?:the |this |my |a |your )(?:discount|savings|free \\w+|gift|bonus|reward))\\b|\\b(?:don'?t|do not) (?:want|need) (?:my|the|a|this|your) free (?:gift|shipping|delivery|samples?|trial|bonus|upgrade)\\b"
  }
};

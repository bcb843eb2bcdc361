// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-condescension/phrases.yaml",
  "entries": [
    {
      "id": "just-do-it",
      "regex": "(?<minimizer>(?:just|simply)(?: (?:just|simply))?) (?<verb>[\\p{L}][\\p{L}'-]*)",
      "message": "minimizer",
      "options": {
        "use": "minimizer-before-word"
      },
      "examples": {
        "invalid": [
          "Your payment failed. Simply update your card.",
          "Your card expired. Just click the link below.",
          "Your plan expired. Please just tap Renew and you’re done."
        ],
        "valid": [
          "Simply click the link below to finish verifying your account.",
          "We just launched dark mode.",
          "To update your card, just click the link below.",
          "Just in time for summer: 20% off sandals.",
          "Just checking in: did your parcel arrive?"
        ]
      },
      "line": 196
    },
    {
      "id": "as-you-should-know",
      "regex": "as (?:you|you've|you have) (?:should|must|surely|ought to|will surely|no doubt|undoubtedly|of course|obviously|clearly)(?: already)? (?:know|have known|be aware|have heard|have read|have seen|have noticed|been told|heard|read|noticed|seen)|as (?:you're|you are) (?:surely|no doubt|undoubtedly|obviously|clearly|of course)(?: already)? aware|as (?:everyone|everybody|anyone|anybody) (?:already |surely |should )?(?:knows|know|is aware|can see|can tell)",
      "message": "assumedKnowledge",
      "options": {
        "rewrite": "remove"
      },
      "examples": {
        "invalid": [
          "As you should know, payments are due on the 1st.",
          "As you must already know, the store is closed on Sundays.",
          "As everyone knows, strong passwords matter."
        ]
      },
      "line": 214
    },
    {
      "id": "everyone-knows-that",
      "regex": "(?<!\\b(?:sure|ensure|so|not|until|once|when|if|let|make|that|help|helps|before|after|then) )(?:everyone|everybody) (?:already )?knows that",
      "message": "assumedKnowledge",
      "options": {
        "rewrite": "remove"
      },
      "examples": {
        "invalid": [
          "Everyone knows that passwords should be long."
        ]
      },
      "line": 226
    },
    {
      "id": "everyone-knows-how-to",
      "regex": "(?<!\\b(?:sure|ensure|so|not|until|once|when|if|let|make|that|help|helps|before|after|then) )(?:everyone|everybody) (?:already )?knows how to (?:accept|activate|add|adjust|apply|approve|attach|authorise|authorize|book|bring|browse|cancel|change|charge|check|choose|claim|clear|click|close|complete|configure|confirm|connect|copy|create|customise|customize|delete|disable|disconnect|double-check|double-click|download|downgrade|drag|drop|edit|enable|enter|export|fill|find|finish|fix|follow|forward|get|go|grab|grant|head|hit|hold|import|insert|install|join|link|log|login|make|mark|move|navigate|open|opt|order|pack|pair|paste|pay|pick|place|plug|pop|post|press|print|provide|put|re-enter|read|reboot|redeem|refresh|register|reinstall|reload|remove|rename|renew|reorder|replace|reschedule|resend|reset|restart|restore|resubmit|retry|return|scan|schedule|scroll|search|select|send|set|share|show|sign|snap|start|stick|submit|subscribe|swap|swipe|switch|sync|take|tap|tick|toggle|top|try|turn|type|uncheck|uninstall|unplug|unsubscribe|untick|update|upgrade|upload|use|verify|visit)",
      "message": "assumedKnowledge",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Everyone knows how to reset a password."
        ]
      },
      "line": 235
    },
    {
      "id": "you-should-have-known",
      "pattern": "you (should|must|ought to|really should|should really) (have known|have realised|have realized|know better|already know|already be aware|know [(this|that|it)] by now|know (this|that) already|be aware [of (this|that)] by now)",
      "message": "assumedKnowledge",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "You should know better than to share your password.",
          "You should have known the store closes at six."
        ]
      },
      "line": 245
    },
    {
      "id": "as-we-already-told-you",
      "regex": "(?:as|like) (?:we|i)(?: have|'ve| had|'d)? (?:already|previously|repeatedly) (?:told|said|explained|mentioned|stated|informed|advised|pointed out|noted)(?: (?:to )?you)?(?: (?:before|already|earlier|several times|many times|multiple times|more than once|repeatedly))?|(?:as|like) (?:we|i)(?: have|'ve| had|'d)? (?:told|said|explained|mentioned|stated|informed|advised|pointed out|noted)(?: (?:to )?you)? (?:before|already|several times|many times|multiple times|more than once|repeatedly|countless times)|as (?:you were|you've been|you have been)(?: already| previously| repeatedly)? (?:told|informed|advised|reminded)|as (?:already|repeatedly) (?:stated|mentioned|explained|said|noted|advised)",
      "message": "reproach",
      "options": {
        "rewrite": "reminder"
      },
      "examples": {
        "invalid": [
          "As we already told you, your plan ends on Friday.",
          "Your plan ends on Friday, as we’ve said before.",
          "Like we said before, we’re here to help."
        ]
      },
      "line": 256
    },
    {
      "id": "if-you-dont-know-what-you-are-doing",
      "regex": "(?:if|unless) you (?:don't|do not|really) know what you(?:'re| are) doing|(?:if|unless) you(?:'re| are) (?:not )?(?:sure|confident) (?:that )?you know what you(?:'re| are) doing",
      "message": "assumedKnowledge",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Do not attempt this if you do not know what you are doing.",
          "Don’t change these settings unless you really know what you’re doing."
        ]
      },
      "line": 267
    },
    {
      "id": "you-actually-did",
      "regex": "(?:make sure|check|ensure|confirm|verify)(?: that)? you(?:'ve| have)? actually|did you actually|you (?:did|do) actually|(?:if|whether) you(?:'ve| have)? (?:really|actually) (?:selected|chosen|picked|entered|typed|uploaded|attached|sent|clicked|filled)",
      "message": "doubt",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Make sure that you have actually selected an OPML file.",
          "If you have really selected a file to upload, check the upload limit."
        ],
        "valid": [
          "Make sure that you have selected an OPML file."
        ]
      },
      "line": 277
    },
    {
      "id": "you-should-really",
      "regex": "you (?:should|ought to|need to) really|you really (?:should|ought to|need to)(?! (?:try|see|check out|love|like|enjoy))",
      "message": "nag",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "You should really add an e-mail address so you can reset your password."
        ],
        "valid": [
          "You should add an e-mail address so you can reset your password.",
          "You really should try the new editor."
        ]
      },
      "line": 289
    },
    {
      "id": "not-rocket-science",
      "regex": "(?:it|this|that)(?:'s| is)(?: really| just)?(?: not|n't| hardly) (?:exactly |really )?(?:rocket science|brain surgery)|(?:it|this|that) really isn't (?:exactly )?(?:rocket science|brain surgery)",
      "message": "easy",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "It’s not rocket science.",
          "Honestly, it's not brain surgery."
        ]
      },
      "line": 301
    },
    {
      "id": "get-out",
      "regex": "(?:^|(?<=[.!?] ))(?:now,? |so |just )?(?:get (?:outta|out of) (?:here|my (?:sight|face|chat|channel|server))|(?:get (?:out|lost)|go away|buzz off|scram|piss off|bugger off|sod off|push off|get out of my (?:sight|face))(?= *[.!]| *$))",
      "message": "dismissal",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Only admins are allowed to add bots to this chat! Get outta here.",
          "Go away!"
        ],
        "valid": [
          "Get out there and enjoy the sun.",
          "The rash will go away in a few days.",
          "Your best time is 2:31. Beat it!",
          "We hope the pain goes away soon."
        ]
      },
      "line": 312
    },
    {
      "id": "just-leave",
      "regex": "(?:^|(?<=[.!?] ))(?:then |so )?just leave (?:the|this|my) (?:chat|server|group|channel|room)(?: then)?(?= *[.!]| *$)",
      "message": "dismissal",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Do you want to warn yourself? Just leave the chat then."
        ],
        "valid": [
          "To leave the chat, type /leave.",
          "If you no longer want these alerts, just leave the group from its settings."
        ]
      },
      "line": 328
    },
    {
      "id": "taunt",
      "regex": "are you (?:happy|pleased|satisfied) with yourself\\?|another one bites the dust|good riddance|don't let the door hit you|(?<!\\bno )skill issue|git gud|cry about it|cope harder|stay mad|touch grass|(?:time to )?grind harder|get rekt",
      "message": "taunt",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Another one bites the dust...! Banned Sam.",
          "Insufficient balance, time to grind harder! :3",
          "Wrong answer. Skill issue.",
          "Good riddance!",
          "Are you happy with yourself? Your last workout was a month ago!"
        ],
        "valid": [
          "Nobody was banned this week.",
          "Pick a skill to learn next."
        ]
      },
      "line": 341
    },
    {
      "id": "film-refusal",
      "regex": "(?:^|(?<=[.!?] ))i'm afraid i can't (?:do|let you do) that(?= *[.!]| *$)",
      "message": "quip",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "I'm afraid I can't do that.",
          "Permission denied. I'm afraid I can't do that."
        ],
        "valid": [
          "I'm afraid I can't do that for orders older than 30 days, but I can send you a voucher."
        ]
      },
      "line": 358
    },
    {
      "id": "better-if-you-just",
      "regex": "(?:wouldn't|would not|isn't|is not) it (?:be )?(?:better|easier|nicer|smarter|wiser) if you (?:just|simply)(?=[^.!?]*\\?)",
      "message": "mockQuestion",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Slow down. Wouldn't it be better if you just go outside for a bit?"
        ],
        "valid": [
          "Wouldn't it be better to pay yearly? You save 20%.",
          "It would be better if you just sent the photo by e-mail."
        ]
      },
      "line": 370
    },
    {
      "id": "punish-yourself-question",
      "regex": "(?:do |did |are )?(?:you|u) (?:wanna|want to|really want to|trying to|tryna|gonna|going to)(?: try)?(?: to)? (?:ban|kick|mute|warn|punish|timeout|time out|demote|jail|smite) (?:yourself|urself|my (?:owner|creator|master|dev|developer|maker|boss))(?=[^.!]*\\?)",
      "message": "mockQuestion",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Do you wanna warn yourself? Just leave the chat then.",
          "Wow, you wanna try ban my owner?",
          "Are you trying to kick yourself?"
        ],
        "valid": [
          "You can't ban yourself.",
          "Do you want to remove yourself from the team?",
          "Are you sure you want to ban this member?"
        ]
      },
      "line": 384
    },
    {
      "id": "calm-down",
      "regex": "^(?:please |now |ok,? )?(?:calm down|chill out)(?= *[!.]| *$)",
      "message": "toneOrder",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Calm down! You need to wait 5 seconds before you can run another command."
        ],
        "valid": [
          "Relax and enjoy the show.",
          "Your massage is booked for Friday at 3 pm. Sit back. Relax. We'll take care of the rest.",
          "Our breathing guide helps you calm down before the exam."
        ]
      },
      "line": 400
    },
    {
      "id": "is-it-so-hard",
      "regex": "(?<!\\bwhy )(?:is|was) it (?:really |s+o+ |that |honestly )(?:hard|difficult|much to ask) to(?=[^.!?]*\\?)",
      "message": "easy",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "What a shame... is it soooooo hard to follow my rules?"
        ],
        "valid": [
          "We know it is hard to find the time, so we made it short.",
          "Was it difficult to find what you were looking for? Let us know in this 1-minute survey.",
          "Why is it so hard to save money? Here are five tips that help."
        ]
      },
      "line": 413
    },
    {
      "id": "mocking-question",
      "regex": "did you (?:really|honestly|seriously|actually) (?:think|expect|believe)\\b(?=[^.!]*\\?)|what (?:on earth |in the world )?were you thinking(?=\\s*[?!])|(?:are|r) (?:you|u) (?:kidding|joking|serious|for real)(?: me)?(?=\\s*[?!])|you(?:'ve| have)? got to be kidding(?: me)?|(?:can(?:'t|not)?|do(?:n't)?) you (?:even |not )?read(?=\\s*[?!])",
      "message": "mockQuestion",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Did you really think that would work?",
          "What were you thinking?",
          "Are you kidding me? That is not a valid code.",
          "Can't you read? The file must be a PDF."
        ],
        "valid": [
          "Did you just move? Update your address in settings.",
          "Are you serious about growing your shop? Our course can help.",
          "Did you really enjoy the course? Tell us in a short survey.",
          "Can you read this text? Try the larger font."
        ]
      },
      "line": 428
    },
    {
      "id": "lecture-on-choices",
      "regex": "(?:reflect on|rethink|re-think|reassess|re-evaluate|reevaluate) (?:your|all your) (?:priorities|choices|life choices|spending(?: habits)?|habits|finances|behaviou?r|lifestyle)|(?:(?<=^|\\bso |\\bplease |\\band |\\btry to |\\byou (?:should|need to|must|ought to|have to) ))(?:manage|spend|handle|budget|use) (?:your )?(?:money|finances|budget|spending|cash|funds) (?:more )?(?:wisely|responsibly|sensibly|carefully|prudently)|(?:try to|please|learn to|you (?:should|need to|must|ought to)) be (?:a (?:bit|little) )?more (?:conservative|careful|responsible|sensible|frugal|disciplined|prudent) (?:next (?:time|week|month)|with (?:your )?(?:money|spending|budget|limits?)|in (?:the )?future)",
      "message": "lecture",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "It is a good time to reflect on your priorities and how you are managing your finances.",
          "You are very close, so manage your money wisely to make ends meet.",
          "Please try to be more conservative next week."
        ],
        "valid": [
          "Take a moment to reflect on your year with our recap.",
          "Our budgeting tool helps you spend your money wisely.",
          "Please be more specific in your search.",
          "Try to be more descriptive when you name your project."
        ]
      },
      "line": 446
    },
    {
      "id": "pointless-tag-question",
      "regex": "(?:is|was|seems|looks|sounds) (?:a (?:bit|little) |kind of |kinda |rather |pretty |quite |somewhat )?(?:pointless|silly|useless|dumb|stupid|ridiculous|absurd|odd|weird|strange)(?: to [a-z]+(?: [a-z]+)?)?,? (?:no|right|huh|eh|isn't it|don't you think|wouldn't you say)(?=\\s*\\?)",
      "message": "mockQuestion",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Must add at least one thing; an empty dashboard is a bit pointless, no?",
          "Sending an empty message is kind of silly, right?"
        ],
        "valid": [
          "This step is a bit pointless for small teams, so you can skip it.",
          "Is this a silly question? Ask it anyway."
        ]
      },
      "line": 462
    },
    {
      "id": "how-do-you-expect",
      "regex": "how (?:do|did|can|could) you (?:honestly |really |seriously )?expect (?:me|us|i|we|anyone|anybody|someone|this|it) (?:to|would|could|can|will)\\b",
      "message": "mockQuestion",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "How do you expect me to mute for {duration}? I'm not a time traveler!",
          "How do you expect us to know that?"
        ],
        "valid": [
          "Tell us how you expect to use the app.",
          "How do you think we did this year? Take our two-minute survey.",
          "How do you imagine this would work for your team?"
        ]
      },
      "line": 475
    },
    {
      "id": "any-idiot-can",
      "pattern": "(any|every) (idiot|fool|moron|dummy|numpty|muppet|monkey|imbecile) (can|could)",
      "message": "anyoneCan",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Any idiot can set this up."
        ]
      },
      "line": 488
    },
    {
      "id": "even-a-child-can",
      "regex": "(?:even|so (?:easy|simple)(?: that)?(?: even)?) (?:a|an|your|my) (?:child|kid|toddler|five-year-old|5-year-old|six-year-old|6-year-old|grandma|grandmother|granny|gran|grandpa|grandad|granddad|grandfather|nan|nana|monkey|caveman|technophobe|luddite|beginner) (?:can|could|would be able to)(?= (?:do|use|set|figure|understand|manage|fix|work|follow|install|handle|operate|master|learn|get|cope)\\b)",
      "message": "anyoneCan",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "Even a child can do it.",
          "So easy your grandma could use it.",
          "It’s so easy even your grandma could set it up."
        ]
      },
      "line": 498
    },
    {
      "id": "that-is-how-easy-it-is",
      "regex": "(?:that's|that is) (?:just )?how (?:easy|simple) it is|(?:it|this|that) (?:couldn't|could not|could hardly|can't|cannot) be (?:any )?(?:easier|simpler)|(?:it's|it is) (?:as|that|so|really that|just that) (?:easy|simple)(?: as that)?(?= *[.!]| *$)|(?:it's|it is) as (?:easy|simple) as (?:that|pie|abc|1-2-3|one, two, three|1, 2, 3|can be)",
      "message": "easy",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "It’s that simple!",
          "It couldn't be easier.",
          "That’s how easy it is."
        ]
      },
      "line": 509
    },
    {
      "id": "it-is-easy",
      "regex": "(?<!\\b(?:if|whether|when|whatever|as long as|unless) )(?:it's|it is|it really is|it's really|it's all|it's all so) (?:(?:really|so|very|super|pretty|quite|incredibly|ridiculously|dead|truly|totally|actually|honestly) )*(?:(?:quick|fast|free|simple) (?:and|&) )?(?<adjective>easy|simple|straightforward|a breeze|a piece of cake|child's play|a cinch|a no-brainer|a doddle)",
      "message": "easy",
      "options": {
        "use": "it-is-easy"
      },
      "examples": {
        "invalid": [
          "It’s easy to update your card.",
          "Don't worry, it's really easy to reset your password.",
          "It's easy: print the label and drop it off."
        ],
        "valid": [
          "It’s simple: if you’re not happy, we’ll refund you.",
          "It's easy for us to fix: reply and we'll sort it.",
          "It’s easy to miss this setting, so here’s where to find it."
        ]
      },
      "line": 521
    },
    {
      "id": "obviously",
      "pattern": "obviously",
      "message": "knowing",
      "options": {
        "use": "obviously"
      },
      "examples": {
        "invalid": [
          "Obviously, we can’t refund a used ticket.",
          "This is, obviously, a mistake on our side.",
          "You’ll obviously need a password."
        ],
        "valid": [
          "Obviously Good Coffee is our new autumn blend.",
          "We obviously can’t wait to see you.",
          "Obviously, we love dogs."
        ]
      },
      "line": 535
    },
    {
      "id": "clearly-opener",
      "regex": "clearly(?=,? (?:you|you've|you're|you'd|your|they|it|it's|this|that|there|the|someone|something|nobody|no one|not)\\b)",
      "message": "knowing",
      "options": {
        "use": "clearly-opener"
      },
      "examples": {
        "invalid": [
          "Clearly, you didn't read our last email."
        ]
      },
      "line": 550
    },
    {
      "id": "as-clearly-stated",
      "regex": "as (?:was |has been |is |we |i |we've |we have )?(?<adverb>clearly) (?:stated|explained|mentioned|shown|noted|outlined|indicated|said|specified|described|written|set out|laid out)",
      "message": "knowing",
      "options": {
        "use": "clearly-as-stated"
      },
      "examples": {
        "invalid": [
          "As clearly stated in our terms, refunds take 10 days."
        ]
      },
      "line": 558
    },
    {
      "id": "you-clearly-missed",
      "regex": "you(?:'ve| have)? (?<adverb>clearly) (?:didn't|did not|don't|do not|haven't|have not|hadn't|had not|forgot|forgotten|missed|overlooked|misread|misunderstood|ignored|weren't|were not|aren't|are not|can't|cannot|never)",
      "message": "knowing",
      "options": {
        "use": "clearly-reproach"
      },
      "examples": {
        "invalid": [
          "You clearly didn’t read the instructions."
        ]
      },
      "line": 566
    },
    {
      "id": "of-course",
      "pattern": "of course",
      "message": "knowing",
      "options": {
        "use": "of-course"
      },
      "examples": {
        "invalid": [
          "Of course, you’ll need to log in first.",
          "You need to reset your password, of course.",
          "Of course, check your spam folder first."
        ],
        "valid": [
          "Of course! Happy to help.",
          "You can, of course, cancel at any time.",
          "Of course, we’ll refund the delivery fee."
        ]
      },
      "line": 575
    }
  ],
  "tables": {
    "taskVerbs": [
      "accept",
      "activate",
      "add",
      "adjust",
      "apply",
      "approve",
      "attach",
      "authorise",
      "authorize",
      "book",
      "bring",
      "browse",
      "cancel",
      "change",
      "charge",
      "check",
      "choose",
      "claim",
      "clear",
      "click",
      "close",
      "complete",
      "configure",
      "confirm",
      "connect",
      "copy",
      "create",
      "customise",
      "customize",
      "disable",
      "disconnect",
      "double-check",
      "double-click",
      "download",
      "downgrade",
      "drag",
      "drop",
      "edit",
      "enable",
      "enter",
      "export",
      "fill",
      "find",
      "finish",
      "fix",
      "follow",
      "forward",
      "get",
      "go",
      "grab",
      "grant",
      "head",
      "hit",
      "hold",
      "import",
      "insert",
      "install",
      "join",
      "link",
      "log",
      "login",
      "make",
      "mark",
      "move",
      "navigate",
      "open",
      "opt",
      "order",
      "pack",
      "pair",
      "paste",
      "pay",
      "pick",
      "place",
      "plug",
      "pop",
      "post",
      "press",
      "print",
      "provide",
      "put",
      "re-enter",
      "read",
      "reboot",
      "redeem",
      "refresh",
      "register",
      "reinstall",
      "reload",
      "remove",
      "rename",
      "renew",
      "reorder",
      "replace",
      "reschedule",
      "resend",
      "reset",
      "restart",
      "restore",
      "resubmit",
      "retry",
      "return",
      "scan",
      "schedule",
      "scroll",
      "search",
      "select",
      "send",
      "set",
      "share",
      "show",
      "sign",
      "snap",
      "start",
      "stick",
      "submit",
      "subscribe",
      "swap",
      "swipe",
      "switch",
      "sync",
      "take",
      "tap",
      "tick",
      "toggle",
      "top",
      "try",
      "turn",
      "type",
      "uncheck",
      "uninstall",
      "unplug",
      "unsubscribe",
      "untick",
      "update",
      "upgrade",
      "upload",
      "use",
      "verify",
      "visit"
    ],
    "clauseOpeners": "(?:^|[:;,(\\u2014\\u2013\"*\\u2022-]|^\\s*\\d+[.)]|\\b(?:and|then|please|or|so|now|first|next|finally|also|do is)|\\byou(?: should| need to| have to| must|'ll have to| will have to)(?: probably| maybe| now| then)?)\\s*$",
    "invitation": "^(?:let\\s+(?:us|me)\\s+know|ask|reply|respond|write\\s+back|reach\\s+out|get\\s+in\\s+touch|get\\s+back\\s+to\\s+us|contact\\s+us|call\\s+us|email\\s+us|e-mail\\s+us|send\\s+(?:us\\s+)?(?:an?\\s+)?(?:e-?mail|message|note|line)|hit\\s+reply|message\\s+us|text\\s+us|chat\\s+with\\s+us|tell\\s+us|give\\s+us\\s+a|drop\\s+us|say\\s+the\\s+word|hold\\s+(?:on|tight))\\b",
    "ourLimit": "\\b(?:can't|cannot|can not|won't|will not|don't|do not|aren't able|are not able|unable|have to|need to|must|only)\\b",
    "gentleOrders": [
      "take",
      "get",
      "try",
      "start",
      "join",
      "use",
      "pick",
      "choose",
      "keep",
      "pop",
      "grab",
      "swap",
      "switch",
      "cancel",
      "return"
    ],
    "instructionStart": "^(?:just|simply|you|first|step)\\b",
    "readerObligation": "(?<!\\b(?:if|when|whenever|case|unless|should|whether)\\s+)\\byou(?:'ll|'d| will| would)?(?:\\s+(?:also|still|first|probably|definitely|obviously))?\\s+(?:need|must|have to|'ve got to|have got to|should|are required|'re required|are expected|'re expected|will need|will have to|can't|cannot|can not|won't be able)\\b",
    "empatheticAfterEasy": "^(?:(?:get|make|feel|fall) (?:lost|confused|wrong|mixed up|stuck|overwhelmed|behind|carried away|a mistake|mistakes|an error|the wrong|into)|make (?:a )?mistakes?|lose (?:track|sight)|mix up|miss|overlook|forget|misread|misunderstand|see why|see how|understand why|take for granted|think|assume)\\b"
  }
};

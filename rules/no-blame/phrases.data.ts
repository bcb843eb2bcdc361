// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-blame/phrases.yaml",
  "entries": [
    {
      "id": "did-not",
      "message": "didNot",
      "regex": "{{subject}}(?<aux> didn'?t| did not)(?: (?:even|actually|ever|yet|once))? (?<verb>{{bases}})",
      "examples": {
        "invalid": [
          "You didn't check in.",
          "You didn’t check in for your flight.",
          "Because you did not pay, your account is on hold."
        ],
        "valid": [
          "The link we sent you didn’t include the date.",
          "You didn’t pay a penny for shipping.",
          "Good news: you didn’t pay twice."
        ]
      },
      "line": 432
    },
    {
      "id": "failed-to",
      "message": "didNot",
      "regex": "{{subject}}(?: (?:have |'ve |had )?(?:{{pasts}}|[a-z]+ed)\\b(?:(?!\\b(?:that|our|their|who|which|it|they|he|she|we)\\b)[^.!?;:]){0,60}?,? (?:but|yet)(?: then)?)?(?<aux>{{accusingAux}})(?: (?:even|actually|ever))? (?<verb>{{bases}}|{{anyVerb}})",
      "examples": {
        "invalid": [
          "You failed to update your card.",
          "You failed to meet our lending criteria.",
          "you forgot to add your postcode",
          "You RSVPed to an event on Monday, but failed to attend.",
          "You have not only failed to repay till date but you are not answering our calls.",
          "You have RSVPed to the event but failed to attend.",
          "You kept failing to pay on time."
        ],
        "valid": [
          "You tried to pay, but the card failed to go through.",
          "You reported that our app crashed and failed to save your draft. We're sorry, it's fixed in version 2.1.",
          "You told us the driver arrived late and failed to ring the bell.",
          "If, by any chance, you forgot to cancel, reply and we’ll refund you.",
          "Looks like you forgot to add your address.",
          "“You failed to deliver on time,” wrote one customer. We’ve changed couriers since."
        ]
      },
      "line": 446
    },
    {
      "id": "have-not",
      "message": "didNot",
      "regex": "{{subject}}(?<aux> haven'?t| have not|'ve not| have still not| haven'?t still| still haven'?t)(?: (?:yet|even|actually|ever))? (?<verb>{{participles}})",
      "examples": {
        "invalid": [
          "You haven’t paid your March invoice.",
          "You still haven’t updated your card."
        ],
        "valid": [
          "We noticed you haven’t finished setting up your account.",
          "You haven’t verified your email yet. It takes a minute."
        ]
      },
      "line": 466
    },
    {
      "id": "never",
      "message": "didNot",
      "regex": "{{subject}} (?<aux>never) (?<verb>{{pasts}})",
      "examples": {
        "invalid": [
          "You never responded to our emails."
        ]
      },
      "line": 477
    },
    {
      "id": "missed",
      "message": "missed",
      "regex": "{{subject}}(?<aux> missed| have missed|'ve missed| have now missed|'ve now missed) (?<det>{{missedDeterminers}})(?: (?<mod>[a-z0-9]+(?: [a-z0-9]+)?))?? (?:{{missedObjectGroups}})",
      "examples": {
        "invalid": [
          "You missed the deadline.",
          "You missed your appointment on Monday.",
          "You’ve missed two payments.",
          "You have missed your medical clinic visit."
        ],
        "valid": [
          "Even if you missed the deadline, we can still help.",
          "We’re sorry you missed your appointment. Book a new time below."
        ]
      },
      "line": 484
    },
    {
      "id": "failed-check",
      "message": "didNot",
      "regex": "{{subject}}(?<aux> failed| have failed|'ve failed) (?<det>the|our|your|an|a) (?<noun>{{checkNouns}}){{nounLookahead}}",
      "examples": {
        "invalid": [
          "You failed the identity check."
        ]
      },
      "line": 497
    },
    {
      "id": "wrong-input",
      "message": "wrongInput",
      "regex": "{{inputHead}} (?<noun>[a-z]+(?:(?:-|\\s+)[a-z]+){0,2}?){{nounLookahead}}",
      "examples": {
        "invalid": [
          "You entered the wrong card number.",
          "Your card was declined because you entered an expired card.",
          "You entered the wrong password twice."
        ]
      },
      "line": 504
    },
    {
      "id": "wrong-input-head",
      "message": "wrongInput",
      "regex": "{{inputHead}}",
      "examples": {
        "invalid": [
          "You typed in an incorrect code."
        ]
      },
      "line": 513
    },
    {
      "id": "due-to-your-error",
      "message": "yourFault",
      "regex": "(?<prep>{{causePrepositions}}) your (?<noun>{{faultNounAlternation}})",
      "examples": {
        "invalid": [
          "Your order was delayed due to your error.",
          "Due to your late payment, your order is on hold."
        ],
        "valid": [
          "Due to your error report, we fixed the bug."
        ]
      },
      "line": 520
    },
    {
      "id": "your-failure-to",
      "message": "yourFault",
      "regex": "your (?:own )?failure to (?<verb>{{bases}}|{{anyVerb}})",
      "examples": {
        "invalid": [
          "Your failure to respond means we closed the ticket.",
          "As a result of your failure to pay, we paused the account."
        ]
      },
      "line": 530
    },
    {
      "id": "your-fault",
      "message": "yourFault",
      "regex": "(?:(?:it|this|that|which)'s|(?:(?:it|this|that|which|everything) )?(?:is|was|are|were)) (?:all |entirely |completely |totally |solely |clearly )?your (?:own )?fault|you(?:'re| are| were) (?:entirely |solely |fully |clearly )?(?:at fault|to blame)",
      "examples": {
        "invalid": [
          "It was all your fault."
        ]
      },
      "line": 538
    },
    {
      "id": "should-have",
      "message": "hindsight",
      "regex": "{{subject}} (?<frame>{{hindsightPerfect}})(?: (?:just|at least|really|already|simply))? (?<verb>{{participles}})",
      "examples": {
        "invalid": [
          "You should’ve called us first."
        ],
        "valid": [
          "You should have read access to the shared folder."
        ]
      },
      "line": 545
    },
    {
      "id": "were-supposed-to",
      "message": "hindsight",
      "regex": "{{subject}} (?<frame>{{hindsightInfinitive}}) (?<verb>{{bases}})",
      "examples": {
        "invalid": [
          "You were required to submit your documents by 1 May."
        ]
      },
      "line": 554
    },
    {
      "id": "you-made-a-mistake",
      "message": "mistake",
      "regex": "{{subject}}(?<aux> made| have made|'ve made| may have made| might have made| must have made| probably made) (?<object>(?:a|an|another|some|several|a few|one|two) (?:small |big |serious |simple |little |costly )?(?:mistake|error|typo)s?|mistakes|errors|typos)",
      "examples": {
        "invalid": [
          "You made a mistake in your address."
        ],
        "valid": [
          "An unknown error occurred. Perhaps you made a mistake entering your code. Please try again."
        ]
      },
      "line": 561
    },
    {
      "id": "you-mistyped",
      "message": "mistake",
      "regex": "{{subject}}(?<aux> have|'ve)? (?<verb>mistyped|misspelled|misspelt|misentered|misread|misunderstood|got (?:it|this|that|them) wrong|(?:mistakenly|wrongly|incorrectly|erroneously) (?:made|entered|typed|changed|uploaded|submitted|filled(?: in| out)?|selected|chose|chosen|picked|deleted|removed|added|used|provided|gave|given|put|set|clicked|edited|modified|altered|copied|pasted|input|specified|formatted)\\b|mangled|botched|messed up|screwed up)",
      "examples": {
        "invalid": [
          "You mistyped your email address.",
          "Please be noted that you have mistakenly made changes in the file.",
          "Either the token has expired or you mangled the confirmation link."
        ],
        "valid": [
          "If you mistakenly entered the wrong address, reply to this email.",
          "It looks like you wrongly entered a date.",
          "The form was incorrectly filled in by our system, not by you.",
          "You mistakenly received this email because of a glitch on our side. Sorry about that!",
          "Maybe you mistakenly entered the wrong address. Please check it."
        ]
      },
      "line": 571
    },
    {
      "id": "you-ignored",
      "message": "ignored",
      "regex": "{{subject}}(?<aux> ignored| have ignored|'ve ignored| disregarded| have disregarded|'ve disregarded| chose to ignore| have chosen to ignore|'ve chosen to ignore)",
      "examples": {
        "invalid": [
          "You’ve ignored our last three reminders."
        ]
      },
      "line": 586
    },
    {
      "id": "missed-your-check-in",
      "message": "missed",
      "regex": "you(?:'ve| have)? missed your (?:check in|checkin)",
      "rewrite": "we missed you at check-in",
      "examples": {
        "invalid": [
          "You missed your check in."
        ],
        "valid": [
          "We missed your check in call, sorry about that."
        ]
      },
      "line": 597
    },
    {
      "id": "not-provided-consent",
      "message": "didNot",
      "regex": "you (?:have not|haven't|did not|didn't|never|have never) (?:yet )?(?:provided|provide|given|give|granted|grant)(?: us)? (?:your )?(?:consent|permission|approval|authori[sz]ation)",
      "reportNegated": true,
      "rewrite": "we don't have your consent yet",
      "examples": {
        "invalid": [
          "You have not provided consent for marketing.",
          "You haven’t given us permission to store cookies."
        ],
        "valid": [
          "If you haven’t given consent, you can do so in Settings."
        ]
      },
      "line": 607
    },
    {
      "id": "tried-n-times",
      "message": "didNot",
      "regex": "you(?: \\(x{2,}\\)| x{2,})? (?:have|'ve) (?:already )?(?:tried|attempted|failed|entered (?:it|a wrong \\p{L}+|an incorrect \\p{L}+))(?: to [\\p{L} -]+?)? (?:\\d+|x{2,}|two|three|four|five|six|ten) times|you(?:'ve| have) made (?:\\d+|x{2,}|two|three|four|five|six|ten) (?:incorrect|failed|wrong|unsuccessful|invalid) (?:attempts|tries)",
      "examples": {
        "invalid": [
          "You ({{ email }}) have tried {{ count }} times to sign in.",
          "You have failed 5 times.",
          "You have made 3 incorrect attempts"
        ],
        "valid": [
          "You can try 3 times before the code expires.",
          "You have tried to sign in too many times. Try again in 10 minutes."
        ]
      },
      "line": 619
    },
    {
      "id": "did-not-exclaimed",
      "message": "didNot",
      "regex": "you (?:didn'?t|did not|haven'?t|have not)(?: (?:even|yet|actually))? (?!got\\b|gotten\\b|been\\b|had\\b|any\\b|enough\\b|finish\\b|complete\\b)[a-z]+(?:-[a-z]+)*",
      "examples": {
        "invalid": [
          "You did not rate the question!",
          "You haven't selected a file!"
        ],
        "valid": [
          "You didn't change anything.",
          "If you did not request this, ignore this email!",
          "You haven't got enough space in your inventory!",
          "You have not recorded any weights yet!",
          "Looks like you have not configured the mailer yet! Copy the invite link above instead."
        ]
      },
      "line": 632
    },
    {
      "id": "despite-warnings",
      "message": "ignored",
      "regex": "(?:as per|despite|in spite of|after|following|given|because of) (?:our |the |your )?(?:previous|prior|earlier|repeated|several|multiple|numerous|many|past) (?:warnings|reminders|notices|requests)",
      "examples": {
        "invalid": [
          "As per previous warnings, we have had to block your organisation.",
          "Despite repeated reminders, your invoice is still unpaid."
        ],
        "valid": [
          "After several reminders from you, we fixed the sync bug.",
          "You can turn off previous reminders in your settings."
        ]
      },
      "line": 646
    },
    {
      "id": "because-you-refused",
      "message": "yourFault",
      "regex": "(?:because|since|as|after) you (?:refused|have refused|'ve refused|wouldn'?t|would not) (?:to )?[a-z]+",
      "examples": {
        "invalid": [
          "Your account has been suspended because you refused to consent to the terms."
        ],
        "valid": [
          "If you refused to consent, you can change your mind in Settings."
        ]
      },
      "line": 657
    },
    {
      "id": "entered-invalid",
      "message": "wrongInput",
      "regex": "you(?:'ve| have)? (?:specified|entered|provided|given|typed|chosen|selected|supplied|submitted|filled in)(?: (?:an?|the|some))? (?:unknown|invalid|incorrect|wrong|non-existent|nonexistent|illegal|malformed|unrecogni[sz]ed|erroneous|errorneous|false|bogus)",
      "examples": {
        "invalid": [
          "You have specified an unknown PIN, which can’t be used.",
          "YOU HAVE SPECIFIED AN UNKNOWN ACCOUNT NUMBER!",
          "You have entered erroneous data into the form."
        ],
        "valid": [
          "Welcome back! You’ve typed an unrecognised reference; you can look it up under Orders."
        ]
      },
      "line": 667
    },
    {
      "id": "filled-in-incorrectly",
      "message": "wrongInput",
      "regex": "you(?:'ve| have)? (?:not )?(?:filled (?:in|out)|completed|entered|typed|answered)[\\p{L}, ]{0,50}? incorrectly",
      "reportNegated": true,
      "examples": {
        "invalid": [
          "You have filled out two boxes incorrectly."
        ],
        "valid": [
          "If you filled in the form incorrectly, you can edit it until Friday."
        ]
      },
      "line": 678
    },
    {
      "id": "your-fault-caused",
      "message": "yourFault",
      "regex": "your (?:own )?(?:{{faultNounAlternation}}|carelessness|negligence|oversight|misuse|incompetence) (?:has |have |may have |might have )?(?:caused|led to|resulted in|created|triggered|is (?:the )?(?:reason|cause)|was (?:the )?(?:reason|cause)|is why|was why)",
      "examples": {
        "invalid": [
          "Your carelessness caused this error.",
          "Your late payment has led to a fee."
        ],
        "valid": [
          "Your report led to a fix for everyone."
        ]
      },
      "line": 688
    },
    {
      "id": "do-not-blame-us",
      "message": "defensive",
      "regex": "(?:please )?(?:do not|don't|never) blame (?!you\\b|yourself\\b|yourselves\\b|your\\b|them\\b|him\\b|her\\b|each other\\b|anyone\\b)(?:us|me|the [\\p{L}-]+|this [\\p{L}-]+|[\\p{L}-]+)(?: for (?:this|that|it|these|those|the [\\p{L}-]+))?",
      "examples": {
        "invalid": [
          "Google is working on a fix. Please do not blame the app for this Android problem!",
          "Some providers make it difficult to add an account. Please do not blame FairEmail for this, but ask for support instead."
        ],
        "valid": [
          "We don't blame you. These settings are confusing, and we're simplifying them.",
          "It's not your fault, so please don't blame yourselves.",
          "If this happens, you can blame the cache and clear it from Settings."
        ]
      },
      "line": 699
    },
    {
      "id": "you-took-too-long",
      "message": "yourFault",
      "regex": "you (?:took|were taking|have taken|'ve taken|are taking|'re taking|stayed|have stayed|'ve stayed|waited|have waited|'ve waited|spent|have spent|'ve spent)(?: [\\p{L}]+){0,4}? too long",
      "examples": {
        "invalid": [
          "Your session has expired because you took too long.",
          "You stayed too long on the previous page and the form has expired."
        ],
        "valid": [
          "If you took too long, the code may have expired. Request a new one.",
          "You have been inactive for too long."
        ]
      },
      "line": 713
    },
    {
      "id": "you-couldnt-pay",
      "message": "yourFault",
      "regex": "you (?:couldn'?t|could not|were unable to|weren'?t able to|were not able to) (?:pay|afford)",
      "examples": {
        "invalid": [
          "You couldn't pay the town tax and have been removed from the town."
        ],
        "valid": [
          "If you couldn't pay this month, reply and we'll set up a plan."
        ]
      },
      "line": 725
    },
    {
      "id": "you-lacked-funds",
      "message": "yourFault",
      "regex": "(?:because|as|since|due to the fact that) you (?:didn'?t|did not|don'?t|do not|had not|hadn'?t) (?:have )?(?:enough|sufficient|the) (?:funds|money|balance|credit|budget)",
      "examples": {
        "invalid": [
          "The charge bounced because you didn’t have enough funds."
        ],
        "valid": [
          "The charge didn’t go through; this is often a temporary hold from the bank."
        ]
      },
      "line": 733
    }
  ],
  "fragments": {
    "anyVerb": "[a-z]+(?:-[a-z]+)*",
    "checkNouns": "(?:identity |id |security |credit |verification |age |background |affordability )?(?:check|checks|verification|test|screening|assessment)",
    "missedDeterminers": "the|your|a|an|this|that|two|three|several|multiple|both|\\d+",
    "wrongAdjectives": "wrong|incorrect|invalid|inaccurate|false|mistyped|misspelled|misspelt|expired|outdated|out-of-date",
    "nounStopWords": "for|on|in|at|when|while|so|and|but|or|please|twice|again|during|to|into|with|by|because|which|that|this|three|multiple|several|too|last|yesterday|today",
    "nounLookahead": "(?=[\\s\"')\\]*_]*(?:[.,;:!?]|$)|\\s+(?:{{nounStopWords}})\\b)",
    "inputHead": "{{subject}}(?<aux> must have| must've| have|'ve)? (?<verb>{{inputVerbAlternation}}) (?:(?<det>the|a|an|your|some) )?(?<adj>{{wrongAdjectives}})",
    "causePrepositions": "due to|because of|owing to|as a result of|caused by|resulting from|on account of|thanks to",
    "hindsightPerfect": "should have|should've|shouldve|ought to have|could have|could've|must have|must've",
    "hindsightInfinitive": "were supposed to|were meant to|were required to|were expected to|was supposed to",
    "objectMarkers": "sent|send|gave|give|given|told|tell|showed|show|shown|emailed|texted|mailed|offered|promised|asked|ask|charged|wished|owe|owed|thank|to|for|with|at|from|about|than|like|by|of|let|help|helped|remind|reminded",
    "hedges": "(?:looks|look|seems|seem|appears|appear|sounds) (?:like|as if|as though|that)|(?:looks|seems|appears)|noticed(?: that)?|notice(?: that)?|(?:we|i) see(?: that)?|saw(?: that)?|realised(?: that)?|realized(?: that)?|think(?: that)?|guess|suspect(?: that)?|perhaps|maybe|possibly|probably|might be that|may be that|chances are|if so|sorry(?: that)?|sad(?: that)?|(?:a )?shame(?: that)?|(?:a )?pity(?: that)?",
    "faultCompounds": "report|reports|log|logs|message|messages|code|codes|screen|page|rate|handling",
    "checkFrames": "(?:make sure|makes sure|making sure|check|checking|double-check|ensure|confirm|see if|see whether|check whether|check if|verify)(?: that)?",
    "conditionMarkers": "if|unless|in case|whether|in the event(?: that)?|even if|suppose|supposing|assuming|whenever|should",
    "denialFrame": "(?:n't|\\bnot|\\bnever|\\bno one)\\s+(?:(?:just|only|necessarily|simply|really|always|at all|all|that|is|are|was|were|be|been|trying to|going to|meant to|supposed to)\\s+){0,3}?(?:because|mean|means|meant|saying|say|says|implying|imply|suggest|suggesting|think|thinks|blame|blaming)\\s+(?:that\\s+)?$"
  },
  "providedFragments": [
    "bases",
    "pasts",
    "participles",
    "subject",
    "accusingAux",
    "missedObjectGroups",
    "inputVerbAlternation",
    "faultNounAlternation"
  ],
  "tables": {
    "blameVerbs": [
      {
        "base": "pay",
        "past": "paid",
        "participle": "paid",
        "kind": "pay",
        "openState": true,
        "unless": "a (?:penny|cent|dime|thing|fee|premium)|anything|nothing|extra|more|less|twice|full price|for (?:shipping|delivery)|(?:any )?(?:fees|interest)|a single"
      },
      {
        "base": "settle",
        "past": "settled",
        "participle": "settled",
        "kind": "other",
        "openState": true
      },
      {
        "base": "respond",
        "past": "responded",
        "participle": "responded",
        "kind": "reply",
        "openState": true,
        "particle": " to( us| me)?"
      },
      {
        "base": "reply",
        "past": "replied",
        "participle": "replied",
        "kind": "reply",
        "openState": true,
        "particle": " to( us| me)?"
      },
      {
        "base": "answer",
        "past": "answered",
        "participle": "answered",
        "kind": "reply",
        "openState": true
      },
      {
        "base": "get back",
        "past": "got back",
        "participle": "got back|gotten back",
        "kind": "reply",
        "openState": true,
        "particle": " to( us| me)?"
      },
      {
        "base": "write back",
        "past": "wrote back",
        "participle": "written back",
        "kind": "reply",
        "openState": true
      },
      {
        "base": "comply",
        "past": "complied",
        "participle": "complied",
        "kind": "other",
        "openState": true
      },
      {
        "base": "return",
        "past": "returned",
        "participle": "returned",
        "kind": "receive"
      },
      {
        "base": "provide",
        "past": "provided",
        "participle": "provided",
        "kind": "receive",
        "particle": " us( with)?"
      },
      {
        "base": "submit",
        "past": "submitted",
        "participle": "submitted",
        "kind": "receive"
      },
      {
        "base": "send",
        "past": "sent",
        "participle": "sent",
        "kind": "receive",
        "particle": " us"
      },
      {
        "base": "upload",
        "past": "uploaded",
        "participle": "uploaded",
        "kind": "receive"
      },
      {
        "base": "include",
        "past": "included",
        "participle": "included",
        "kind": "receive"
      },
      {
        "base": "enter",
        "past": "entered",
        "participle": "entered",
        "kind": "receive"
      },
      {
        "base": "fill in",
        "past": "filled in",
        "participle": "filled in",
        "kind": "receive"
      },
      {
        "base": "fill out",
        "past": "filled out",
        "participle": "filled out",
        "kind": "receive"
      },
      {
        "base": "confirm",
        "past": "confirmed",
        "participle": "confirmed",
        "kind": "confirm"
      },
      {
        "base": "check in",
        "past": "checked in",
        "participle": "checked in",
        "kind": "check-in"
      },
      {
        "base": "attend",
        "past": "attended",
        "participle": "attended",
        "kind": "attend"
      },
      {
        "base": "show up",
        "past": "showed up",
        "participle": "shown up|showed up",
        "kind": "show-up"
      },
      {
        "base": "turn up",
        "past": "turned up",
        "participle": "turned up",
        "kind": "show-up"
      },
      {
        "base": "update",
        "past": "updated",
        "participle": "updated",
        "kind": "other"
      },
      {
        "base": "verify",
        "past": "verified",
        "participle": "verified",
        "kind": "other"
      },
      {
        "base": "complete",
        "past": "completed",
        "participle": "completed",
        "kind": "other",
        "unless": "(?:your |the |this )?(?:purchase|checkout|check-?out|order|booking|reservation)(?![^.!?]*\\b(?:in time|before|by the|deadline)\\b)"
      },
      {
        "base": "finish",
        "past": "finished",
        "participle": "finished",
        "kind": "other",
        "unless": "(?:checking out|your (?:purchase|checkout|order|booking)|the checkout)(?![^.!?]*\\b(?:in time|before|by the|deadline)\\b)"
      },
      {
        "base": "renew",
        "past": "renewed",
        "participle": "renewed",
        "kind": "other"
      },
      {
        "base": "activate",
        "past": "activated",
        "participle": "activated",
        "kind": "other"
      },
      {
        "base": "register",
        "past": "registered",
        "participle": "registered",
        "kind": "other"
      },
      {
        "base": "sign",
        "past": "signed",
        "participle": "signed",
        "kind": "other",
        "unless": "up|in|out|on"
      },
      {
        "base": "check",
        "past": "checked",
        "participle": "checked",
        "kind": "other",
        "unless": "out|on"
      },
      {
        "base": "read",
        "participle": "read",
        "kind": "other",
        "unless": "access|(?:or|and) write|permissions?|rights|only|-only|(?:that|this|it) (?:right|wrong)"
      },
      {
        "base": "follow",
        "past": "followed",
        "participle": "followed",
        "kind": "other"
      },
      {
        "base": "cancel",
        "past": "cancelled|canceled",
        "participle": "cancelled|canceled",
        "kind": "other"
      },
      {
        "base": "contact",
        "past": "contacted",
        "participle": "contacted",
        "kind": "other"
      },
      {
        "base": "call",
        "past": "called",
        "participle": "called",
        "kind": "other"
      },
      {
        "base": "notify",
        "past": "notified",
        "participle": "notified",
        "kind": "other"
      },
      {
        "base": "inform",
        "past": "informed",
        "participle": "informed",
        "kind": "other"
      },
      {
        "base": "tell",
        "past": "told",
        "participle": "told",
        "kind": "other"
      },
      {
        "base": "let us know",
        "past": "let us know",
        "participle": "let us know",
        "kind": "other"
      },
      {
        "base": "meet",
        "past": "met",
        "participle": "met",
        "kind": "other",
        "openState": true,
        "unless": "(?:anyone|anybody|many|some of|the team|them|him|her|us|with|(?:your |the |this |today's |a )?(?:goal|target|milestone|streak|daily))\\b"
      },
      {
        "base": "select",
        "past": "selected",
        "participle": "selected",
        "kind": "other",
        "unless": "(?:a|an|any) (?:plan|option|time|date|slot) yet\\b"
      },
      {
        "base": "choose",
        "past": "chose",
        "participle": "chosen",
        "kind": "other",
        "unless": "(?:to (?:be|have|get)|this)\\b"
      },
      {
        "base": "keep",
        "past": "kept",
        "participle": "kept",
        "kind": "other"
      },
      {
        "base": "collect",
        "past": "collected",
        "participle": "collected",
        "kind": "other"
      },
      {
        "base": "pick up",
        "past": "picked up",
        "participle": "picked up",
        "kind": "other"
      },
      {
        "base": "back up",
        "past": "backed up",
        "participle": "backed up",
        "kind": "other"
      },
      {
        "base": "review",
        "past": "reviewed",
        "participle": "reviewed",
        "kind": "other"
      },
      {
        "base": "acknowledge",
        "past": "acknowledged",
        "participle": "acknowledged",
        "kind": "other"
      },
      {
        "base": "authorise",
        "past": "authorised",
        "participle": "authorised",
        "kind": "other"
      },
      {
        "base": "authorize",
        "past": "authorized",
        "participle": "authorized",
        "kind": "other"
      }
    ],
    "accusingAuxiliaries": [
      "failed to",
      "have failed to",
      "'ve failed to",
      "have not only failed to",
      "'ve not only failed to",
      "(?:keep|kept) (?:failing|forgetting) to",
      "are (?:repeatedly|continually|constantly) failing to",
      "'re (?:repeatedly|continually|constantly) failing to",
      "have (?:repeatedly failed|failed repeatedly) to",
      "'ve (?:repeatedly failed|failed repeatedly) to",
      "forgot to",
      "have forgotten to",
      "'ve forgotten to",
      "have forgot to",
      "neglected to",
      "have neglected to",
      "'ve neglected to",
      "omitted to",
      "didn'?t bother to",
      "did not bother to",
      "couldn'?t be bothered to",
      "could not be bothered to",
      "never bothered to"
    ],
    "noChanceVerbs": [
      "meet",
      "qualify",
      "be",
      "have",
      "deserve",
      "understand",
      "realise",
      "realize",
      "notice",
      "know",
      "match",
      "pass",
      "satisfy"
    ],
    "subjectAdverbs": [
      "still",
      "also",
      "again",
      "once again",
      "yet again",
      "apparently",
      "clearly",
      "obviously",
      "simply",
      "just",
      "repeatedly",
      "previously",
      "then"
    ],
    "missedObjects": [
      {
        "nouns": "deadline|deadlines|due date|cut-off|cutoff|closing date",
        "rewrite": "passed"
      },
      {
        "nouns": "payment|payments|instalment|instalments|installment|installments|repayment|repayments",
        "rewrite": "received"
      },
      {
        "nouns": "appointment|appointments|consultation|check-in|visit|scheduled call",
        "rewrite": "missed-you"
      }
    ],
    "inputVerbs": [
      "entered",
      "typed",
      "typed in",
      "put in",
      "filled in",
      "input",
      "provided",
      "provided us with",
      "gave us",
      "gave",
      "submitted",
      "used",
      "selected",
      "chose",
      "picked",
      "sent us",
      "supplied",
      "added"
    ],
    "inputNounClasses": [
      {
        "pattern": "\\b(card|card number|card details|cvc|cvv|security code|expiry date|expiration date|payment details|billing details|bank details|sort code|iban|payment method)$",
        "template": "the {noun} didn't go through"
      },
      {
        "pattern": "\\b(password|passcode|code|pin|login|username|coupon|voucher)$",
        "template": "the {noun} didn't work"
      },
      {
        "pattern": "\\b(name|date of birth|birthday|address|email|e-mail|phone number|postcode|zip code|zip|account number|id|id number|details)$",
        "template": "the {noun} {doesn't} match our records"
      }
    ],
    "faultNouns": [
      {
        "nouns": "error",
        "replacement": "an error"
      },
      {
        "nouns": "errors",
        "replacement": "errors"
      },
      {
        "nouns": "mistake",
        "replacement": "a mistake"
      },
      {
        "nouns": "mistakes",
        "replacement": "mistakes"
      },
      {
        "nouns": "oversight",
        "replacement": "an oversight"
      },
      {
        "nouns": "typo",
        "replacement": "a typo"
      },
      {
        "nouns": "late payment",
        "replacement": "the late payment"
      },
      {
        "nouns": "non-payment|nonpayment|missed payment",
        "replacement": "the missed payment"
      },
      {
        "nouns": "lack of (response|reply)",
        "replacement": "not hearing back from you"
      },
      {
        "nouns": "negligence|carelessness",
        "replacement": "a mix-up"
      },
      {
        "nouns": "inaction|fault|own fault|actions|misuse|non-compliance|noncompliance|lack of action"
      }
    ],
    "failureNominals": {
      "pay": "the missed payment",
      "respond": "not hearing back from you",
      "reply": "not hearing back from you",
      "get back to us": "not hearing back from you",
      "confirm": "the missing confirmation",
      "verify": "the missing verification",
      "sign": "the missing signature",
      "renew": "the missed renewal",
      "check in": "the missed check-in"
    }
  }
};

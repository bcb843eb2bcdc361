// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-blunt-verdict/phrases.yaml",
  "entries": [
    {
      "id": "wrong-input",
      "message": "wrong",
      "regex": "(?:(?:the|a) )?(?:wrong {{inputs}}|bad (?:password|passcode|pin|username|user ?name|login|credentials)(?: ?(?:/|and/or|and|or) ?{{input}})?)",
      "rewrite": "that doesn't match",
      "conditions": [
        "not-after-if"
      ],
      "examples": {
        "invalid": [
          "Wrong PIN!",
          "You typed the wrong code."
        ],
        "valid": [
          "Wrong password. Please try again.",
          "Picked the wrong date? Change it here.",
          "We got the wrong address from the courier, sorry.",
          "If you enter the wrong password you may be shown a wallet balance that you do not expect."
        ]
      },
      "line": 38
    },
    {
      "id": "input-is-wrong",
      "message": "wrong",
      "regex": "{{owner}}(?: [\\p{L}-]+){0,3}? {{inputs}}(?: (?:you|that you) (?:typed|entered|gave|provided|used|chose|submitted)(?: in)?)? {{isWord}} (?:(?:simply|just|completely|totally|clearly) )?(?:wrong|bad|unacceptable|badly formatted|malformed|garbage|nonsense|rubbish)",
      "examples": {
        "invalid": [
          "The password you typed is wrong."
        ],
        "valid": [
          "The date format is wrong in our export. We’re fixing it."
        ]
      },
      "line": 54
    },
    {
      "id": "badly-formatted-input",
      "message": "wrong",
      "regex": "badly (?:formatted|formed|written|typed) {{inputs}}",
      "examples": {
        "invalid": [
          "Badly formatted email."
        ]
      },
      "line": 63
    },
    {
      "id": "invalid-input-shouted",
      "message": "invalid",
      "regex": "(?:invalid|incorrect) (?:[\\p{L}-]+ )??{{inputs}}|(?:invalid|incorrect|outdated|unoriginal|illegal|unsupported|duplicate) [\\p{L}-]+(?= ?!)",
      "examples": {
        "invalid": [
          "Invalid entry!",
          "Invalid Ticket! Please try again.",
          "Outdated client! Update your game!"
        ],
        "valid": [
          "Invalid e-mail address",
          "Incorrect PIN. You have two tries left."
        ]
      },
      "line": 70
    },
    {
      "id": "input-is-invalid",
      "message": "invalid",
      "regex": "(?:{{owner}}(?: [\\p{L}-]+){0,3}? {{inputs}}|your(?: [\\p{L}-]+){1,3}?|{{placeholder}}|that|this|it) {{isWord}} (?:(?:simply|just|completely|totally|clearly) )?(?:incorrect|invalid|not (?:a )?(?:valid|correct|(?:an )?acceptable)(?: [\\p{L}-]+){0,3})",
      "examples": {
        "invalid": [
          "That is not a valid username!",
          "Your input is incorrect.",
          "Your time length is invalid"
        ],
        "valid": [
          "Your phone number is invalid. Use digits only, like 0612345678.",
          "The data you submitted is invalid."
        ]
      },
      "line": 82
    },
    {
      "id": "illegal-input",
      "message": "invalid",
      "regex": "(?:illegal) (?:characters?|chars?|symbols?|letters?|words?|date|dates|e-?mail(?: address)?|value|values|input|entry|name|user ?name|format|file ?name|number|amount)|(?:is|are) not an? legal (?:date|e-?mail(?: address)?|value|input|name|user ?name|format|number|address)|^illegal (?:operation|request|action|access)s?(?= *[.!:]| *$)",
      "examples": {
        "invalid": [
          "You have illegal characters in your username!",
          "Illegal operation. You are not the administrator of this workspace.",
          "'31/02' is not a legal date."
        ],
        "valid": [
          "It is illegal to resell tickets in some countries.",
          "The chosen username contains a forbidden word.",
          "Illegal operations on the account are reported to the authorities."
        ]
      },
      "line": 97
    },
    {
      "id": "rhetorical-doubt",
      "message": "doubt",
      "regex": "(?:are you (?:really |even )?sure (?:that |it )?(?:was|were|you (?:typed|entered|spelled|wrote|used|got|copied|pasted|received))|are you (?:really |even )?sure (?:they|he|she|it) (?:exists?|is real|are real)|are you (?:really |even )?sure you(?:'ve| have) (?:one |it |them |an? \\p{L}+ )?(?:installed|entered|typed|registered|signed up)|are you (?:really |even )?sure (?:that|it) is(?! (?:what|where|who|how|the \\p{L}+ you)\\b)|did you (?:make a typo|mistype|misspell|even (?:read|look|check|try|bother))|did you (?:input|enter|type|provide|supply) (?:the |a |an )?(?:correct|right|proper|valid) [\\p{L}-]+|how did you (?:even |ever )(?:get|end up)|have you (?:even|actually) (?:registered|signed up)|can you (?:even |not )?(?:read|type|spell)|perhaps by you|maybe by you)|you (?:did|do|really|actually) (?:want|mean|intend|need|remember|know) (?:to )?[^.!?]{0,40}, right(?=\\?)",
      "examples": {
        "invalid": [
          "Are you sure that was your password?",
          "Your message field is empty. You did want to say something, right?",
          "Did you make a typo?",
          "Player not found, are you sure they exist?",
          "Failed to open a wallet application. Are you sure you have one installed?",
          "This item has been disabled! How did you even get that?",
          "No valid magic key! Are you sure that you got that from your notification message?",
          "Error while saving meal. Did you input the correct meal information?"
        ],
        "valid": [
          "Are you sure this is the address you want to use?",
          "Did you forget your password? Reset it here."
        ]
      },
      "line": 109
    },
    {
      "id": "are-you-lost",
      "message": "doubt",
      "regex": "are you lost(?=\\s*\\?)",
      "examples": {
        "invalid": [
          "We can't find what you are looking for. Are you lost?"
        ],
        "valid": [
          "Are you lost? Try searching, or go back to the home page.",
          "Are you lost in the city? Our map helps."
        ]
      },
      "line": 127
    },
    {
      "id": "politely",
      "message": "politely",
      "regex": "(?:you (?:may|can|should|must|could|might|are (?:asked|expected|requested) to)|please|kindly) politely",
      "examples": {
        "invalid": [
          "You may politely ask the author to change it."
        ],
        "valid": [
          "Users can politely ask for a refund."
        ]
      },
      "line": 137
    },
    {
      "id": "you-have-been-warned",
      "message": "warned",
      "regex": "(?:you(?:'ve| have) been warned|consider yourself warned|this is your (?:last|final|only) warning|you(?:'ve| have) (?:received|got|been given|been issued) (?:a|an|another|your) (?:(?:final|last|formal|official|first|second|third) )?warning(?= ?!))",
      "examples": {
        "invalid": [
          "You have been warned.",
          "This is your last warning.",
          "You have received a warning!"
        ]
      },
      "line": 146
    },
    {
      "id": "stop-misbehaving",
      "message": "stop",
      "regex": "stop (?:flooding|spamming|trolling|abusing|cheating|harassing|begging|whining|complaining|making excuses|slacking(?: off)?|being lazy|messing (?:around|about)|fooling around|posting (?:spam|junk|the same))",
      "examples": {
        "invalid": [
          "Stop spamming the forum!",
          "Stop making excuses. Start making progress."
        ],
        "valid": [
          "Stop being so hard on yourself!",
          "Stop by our shop on Saturday!"
        ]
      },
      "line": 156
    },
    {
      "id": "telling-off",
      "message": "stop",
      "regex": "(?<!\\b(?:if|as) )i (?:already |just )?told you (?:not to [a-z]+|so\\b)|how many times (?:do i have to|have i|must i) (?:tell|told|ask|asked) you|(?:mind|watch) your (?:language|tongue|mouth|manners|tone|words)|behave yourself|grow up(?=\\s*(?:[.!]|$))|(?:knock|cut) it out|knock it off|(?:do not|don't) be (?:so )?(?:rude|silly|stupid|lazy|a jerk|an idiot|annoying|childish|immature)|learn (?:how )?to read|mind your own business|(?<=^|please |so |and )(?:do not|don't|never)(?: (?:try|attempt) to)? (?:cheat|lie|steal|troll|spam|hack|exploit|scam|cross your limits)(?=\\s*(?:[.!]|$))|(?:make sure|ensure)(?: that)? you (?:respect|follow|obey|abide by|comply with|adhere to) (?:our|the) (?:[\\p{L}-]+ ){0,2}?(?:rules|terms(?: of (?:service|use))?|guidelines|policies|policy)(?=\\s*!)|(?<=^|please |\\. |, )(?:follow|respect|obey|read) (?:the|our) (?:[\\p{L}-]+ )?(?:rules|guidelines|terms)(?=[^.!?]*!)|(?:we )?(?:advise|urge) you to (?:adhere to|follow|respect|obey|comply with|abide by|review|read) (?:our|the) (?:[\\p{L}-]+ ){0,2}?(?:rules|guidelines|terms(?: of (?:service|use))?|polic(?:y|ies))(?=[^.!?]*\\bto avoid (?:(?:any|future|further|their|its|such|a|an|the|your|account|post|content) )*(?:removals?|suspensions?|bans?|being (?:banned|suspended|removed|blocked)|penalties|sanctions|violations|warnings)\\b)|(?:make sure|ensure) (?:to|that you|you) (?:review|read|follow|respect|obey|adhere to|comply with|abide by) (?:our|the) (?:[\\p{L}-]+ ){0,2}?(?:rules|guidelines|terms(?: of (?:service|use))?|polic(?:y|ies))(?=[^.!?]*\\bto avoid (?:(?:any|future|further|their|its|such|a|an|the|your|account|post|content) )*(?:removals?|suspensions?|bans?|being (?:banned|suspended|removed|blocked)|penalties|sanctions|violations|warnings)\\b)",
      "examples": {
        "invalid": [
          "Oi! Mind your language!",
          "Eyy, I told you not to spam!",
          "How many times do I have to tell you?",
          "Please do not cheat.",
          "Please Don't Try To Cheat",
          "Please make sure you respect our Terms Of Service!",
          "Sorry, your photo was rejected. Follow the rules and upload a new one!",
          "Please do not spam.",
          "Knock it off!",
          "Don't be rude.",
          "We advise you to adhere to our community guidelines while posting to avoid their removal.",
          "Please make sure to review our platform policies to avoid a suspension."
        ],
        "valid": [
          "Please mind the gap.",
          "Do not cheat yourself of a good night's sleep: set a bedtime reminder.",
          "Players who do not cheat get a badge.",
          "Read the guidelines and make sure you follow them.",
          "Please read the rules before you post.",
          "Watch your inbox for the code.",
          "Watch your savings grow up to 5% a year.",
          "As I told you on the phone, your refund is on its way.",
          "If I told you to wait, it was because the bank was closed.",
          "As I told you to expect, your parcel arrives on Monday.",
          "Make sure you follow our packing guidelines to avoid delays.",
          "Make sure to review our shipping policy to avoid issues at customs.",
          "To get the most out of your stay, we advise you to read the house rules to avoid any problems at check-in."
        ]
      },
      "line": 170
    },
    {
      "id": "shouted-order",
      "message": "scolding",
      "regex": "(?:(?:do not|don't|never|you (?:must(?: not|n't)?|have to|are (?:required|not allowed) to))(?= (?:(?:always|ever|only|first|now|also) )?{{ruleVerb}}\\b)|your (?:[\\p{L}-]+ ){0,2}?must(?: not|n't)?(?= \\p{L}))",
      "reportNegated": true,
      "examples": {
        "invalid": [
          "Do not post links!",
          "You must enter a username!"
        ],
        "valid": [
          "You must wait **{{seconds}}** second(s) to be able to run this command again!",
          "You must enter a subject.",
          "Don’t worry, your data is safe!"
        ]
      },
      "line": 204
    },
    {
      "id": "the-customer-must",
      "message": "thirdPerson",
      "regex": "(?<report>the (?:customer|user|client|buyer|member|account holder|cardholder|applicant))(?='?s? (?:must|shall|should|has to|have to|is (?:required|obliged|requested|expected|not allowed|not permitted) to|will need to|needs to|agrees|acknowledges|accepts|is (?:solely |fully )?(?:responsible|liable) for|bears (?:the|all|any) )\\b)",
      "rewrite": "you",
      "examples": {
        "invalid": [
          "The customer must confirm the order by Friday.",
          "The buyer is liable for return shipping costs."
        ],
        "valid": [
          "The customer service team replies within a day.",
          "The client must sign in with the invite link; as the admin you can resend it."
        ]
      },
      "line": 217
    },
    {
      "id": "access-denied",
      "message": "denied",
      "regex": "(?:access|permission|entry|request|login|log-?in) (?:is |was |has been )?denied",
      "rewrite": "you don't have access to this page",
      "examples": {
        "invalid": [
          "Access denied!"
        ],
        "valid": [
          "Access denied"
        ]
      },
      "line": 230
    },
    {
      "id": "status-shouted",
      "message": "denied",
      "regex": "(?:(?:your|this) (?:account|profile|ip(?: address)?|country|session|card|payment|order|membership|access|subscription|request|application|participation|registration|booking|reservation|group|team|workspace|role request|withdraw(?:al)? request|product|listing|post|comment|review|submission|proposal|store|shop|prescription|claim|loan|refund(?: request)?|appointment|document|verification|photo|video|upload|ad|advert)|(?<=^|: )(?:the )?user)(?: [^ .!?,;:]+){0,6}? (?:is|was|were|are|has been|have been) (?:now |currently |permanently |temporarily )?(?:disabled|banned|blocked|suspended|locked|rejected|declined|refused|disapproved|deactivated|blacklisted|inactive|terminated|cancell?ed|expired|revoked|denied)|(?:your )?(?:points|credits|rewards) (?:are|have|has) (?:been )?expired|you(?:'re| are| were| have been|'ve been) (?:now )?(?:muted|banned|blocked|kicked|suspended|silenced|blacklisted|restricted)|you(?:'re| are) not (?:logged in|signed in|allowed|authori[sz]ed|permitted|verified){{forNow}}|(?:token|link|code|session|key) (?:has |is )?(?:expired|invalid)|(?:failed|declined|rejected|refused) (?:payment|login|log-?in|sign-?in|transaction)|(?:payment|login|log-?in|sign-?in|transaction) (?:failed|declined|rejected|refused)|(?<=^[^\\p{L}\\p{N}]*)(?:account|profile) (?:terminated|banned|suspended|blocked|disabled|locked)",
      "examples": {
        "invalid": [
          "Your account is disabled!",
          "Account terminated!",
          "Your IP address is blocked on this forum!",
          "You are muted! Expires in 5 minutes.",
          "This account is currently inactive!",
          "You are not logged in and therefore cannot view this page!",
          "Your subscription for Night Owls has been suspended! You can no longer access the premium episodes.",
          "Your role request to be a tutor on Campus has been rejected!",
          "Unfortunately! Your product ( Blue mug ) has been rejected by Admin!",
          "Your Prescription has been declined!",
          "User is expired!"
        ],
        "valid": [
          "Your credentials were rejected! Please try again.",
          "Your card was declined. Try another card or contact your bank.",
          "Payment failed. Please try again.",
          "Your order was declined by the bank, but your basket is saved!"
        ]
      },
      "line": 240
    },
    {
      "id": "decision-final",
      "message": "denied",
      "regex": "(?:(?:this|the|our|that) )?(?:decision|ban|suspension|block|verdict)(?: to (?:ban|block|suspend|remove|terminate) you)? (?:is (?:final|definitive|irrevocable|irreversible|permanent and (?:final|cannot be appealed))|(?:cannot|can't|can not) be (?:appealed|reversed|overturned|revoked)|is not subject to (?:appeal|review))|this is (?:definitive|final) and (?:cannot|can't|can not) be (?:revoked|appealed|reversed|undone|changed|overturned)",
      "examples": {
        "invalid": [
          "This account has been permanently banned for violating our content policy. This decision is final.",
          "The system kicked you from the game. This is definitive and cannot be revoked.",
          "You have been banned from the forum. This ban is permanent and cannot be appealed."
        ],
        "valid": [
          "Please note that after careful review this decision is final. We wish you luck in your search.",
          "Are you sure you want to delete your account? This action is irreversible.",
          "NB: Your decision is final. We will not be able to recover your data.",
          "Our spring photo contest kicked off today! The judges will pick a winner and the decision is final.",
          "We've reviewed your appeal and lifted the ban. Welcome back! Our decision is final."
        ]
      },
      "line": 264
    },
    {
      "id": "you-cant-do-that",
      "message": "denied",
      "regex": "{{apologyBefore}}you (?:can't|cant|cannot|(?:are not|aren't|'re not) (?:allowed|permitted) to) do (?:that|this)(?! (?:yet|right now|at the moment|so often|that fast|so fast|so quickly|again so soon|while|whilst|during|until|because|since|as long as)\\b)",
      "reportNegated": true,
      "examples": {
        "invalid": [
          "You can't do that.",
          "You are not permitted to do this."
        ],
        "valid": [
          "You can’t do that yet. Ask an admin to give you access.",
          "You’re not allowed to view this page.",
          "You can't do that yet! Wait 5 more seconds!",
          "You cannot do that because you are currently frozen...",
          "Sorry, you are not allowed to do that.",
          "Sorry, but you are not permitted to do that here."
        ]
      },
      "line": 280
    },
    {
      "id": "alarm-label",
      "message": "alarm",
      "regex": "(?:warning|error|attention|alert) ?:",
      "examples": {
        "invalid": [
          "Error: that phone number is already in use!"
        ],
        "valid": [
          "Warning: you will lose unsaved changes!",
          "Attention: our office is closed on Monday!"
        ]
      },
      "line": 298
    },
    {
      "id": "failure-shouted",
      "message": "failure",
      "regex": "(?:failed to (?:log ?in|login|sign ?in|upload|save|send|load|connect|download|open|restore|process|create|update|delete|set|add|remove|sync|back ?up|import|export|fetch|verify)\\b[^.!?]*|(?:\\p{L}+ ){0,2}(?:save|saving|upload|uploading|download|downloading|login|log-?in|sign-?in|sending|transfer|sync|backup|import|export|update|connection|request|operation|action) (?:has )?failed|failed|error|problem (?:sending|saving|loading|uploading|connecting)[^.!?]*)(?=\\s*!+\\s*$)",
      "examples": {
        "invalid": [
          "Failed to upload!",
          "Game save failed!",
          "Failed!",
          "Problem sending coins!"
        ],
        "valid": [
          "Saved!",
          "Couldn't upload. Check your connection and try again!",
          "Your payment failed, but don't worry, nothing was charged!",
          "Cannot verify authenticity!",
          "Error! Cannot delete the super user."
        ]
      },
      "line": 309
    },
    {
      "id": "you-did-wrong",
      "message": "fault",
      "regex": "you(?: have|'ve)? (?:did|done) (?:something|it|that|this|everything|things) wrong|(?<!\\b(?:perhaps|maybe|possibly|probably) )you(?: have|'ve)? made (?:a|an|another|some) (?:mistake|error|mess)s?|(?<!\\b(?:if|when|unless|whether|case|think|feel|believe|worry|worried|fear|afraid|that|maybe|perhaps) )you(?:'re| are) (?:(?:just|simply|clearly|totally|completely|dead|plain) )?(?:wrong|mistaken)(?=\\s*(?:[.!]|$))",
      "examples": {
        "invalid": [
          "Oops: you did something wrong.",
          "You made a mistake on the form.",
          "Well.. you are wrong.",
          "Nobody was kicked. Maybe you've done something wrong.",
          "You're wrong!"
        ],
        "valid": [
          "If you made a mistake, you can edit your entry until Friday.",
          "An unknown error occurred. Perhaps you made a mistake entering your code. Please try again.",
          "We did something wrong, and we are fixing it.",
          "If you think you are wrong, you can change your answer.",
          "You're not wrong.",
          "You are wrong to worry about the fee; it is waived."
        ]
      },
      "line": 326
    },
    {
      "id": "try-harder",
      "message": "scolding",
      "regex": "try harder|pay (?:more |closer |better )?attention(?! to\\b)(?: next time| this time)?|be more careful|read (?:the (?:instructions|rules|guidelines|faq)|it) (?:more )?(?:carefully|properly|first|next time)|next time,? (?:read|check|pay attention|be careful|think)|don't be (?:that|the) (?:person|guy|girl|user|one)(?! (?:who|that)\\b)",
      "examples": {
        "invalid": [
          "Incorrect. Try harder.",
          "Please pay attention next time.",
          "Can't like your own message. Don't be that person."
        ],
        "valid": [
          "We’ll try harder to get it right.",
          "Pay attention to the dates in your confirmation e-mail."
        ]
      },
      "line": 344
    },
    {
      "id": "shouted-refusal",
      "message": "denied",
      "regex": "(?:not (?:allowed|permitted|authori[sz]ed)|unauthori[sz]ed|forbidden|prohibited|no access|access (?:restricted|forbidden|prohibited))",
      "examples": {
        "invalid": [
          "Not allowed!",
          "Forbidden!",
          "Unauthorized! You are not allowed to view this page."
        ],
        "valid": [
          "Not allowed on this plan. Upgrade to add more members.",
          "Pets are not allowed in the rooms!"
        ]
      },
      "line": 356
    },
    {
      "id": "you-cannot-shouted",
      "message": "denied",
      "regex": "{{apologyBefore}}you (?:cannot|can't|can not|may not|are not allowed to|aren't allowed to|are not permitted to|do not have permissions? to|don't have permissions? to) {{forNow}}(?:{{ruleVerb}}|start|access|view|see|edit|comment|vote|join|log in|sign in|login|open|download|message|chat|leave|do)(?: [\\p{L}-]+){0,3}",
      "reportNegated": true,
      "examples": {
        "invalid": [
          "You cannot post here!",
          "You may not edit this topic!"
        ],
        "valid": [
          "You cannot post here yet. Verify your e-mail address to start posting!",
          "You can't change teams that fast!",
          "You may not use this command whilst muted!",
          "You are not allowed to chat right now!",
          "You can’t miss it!"
        ]
      },
      "line": 370
    },
    {
      "id": "content-is-spam",
      "message": "judged",
      "regex": "(?:your|this|that) (?:post|comment|message|review|content|submission|reply|topic|upload|listing|ad|question|answer|registration|sign-?up)s? (?:is|was|are|were|looks like|seems to be|seems) (?:clearly |obviously |just )?(?:spam|abusive|offensive|inappropriate|junk|garbage|rubbish|nonsense|low[- ]quality|off[- ]topic|worthless|pointless)|(?:your|this|that) (?:[\\p{L}-]+ )?(?:post|comment|message|review|content|submission|reply|topic|upload|listing|ad|question|answer|entry)s? (?:has been|have been|was|were|is|are|got) (?:automatically )?(?:identified|flagged|detected|marked|classified|recogni[sz]ed|caught) as (?:an? )?(?:possible |potential |likely )?(?:spam|abusive|offensive|inappropriate|junk)|your (?:post|comment|message|review|content|submission|reply|topic|upload|listing|ad|question|answer)s? (?:was|were|has been|have been) (?:removed|deleted|hidden|rejected|blocked) (?:because|as|since) (?:it|they) (?:was|were|is|are) (?:clearly |obviously |just )?(?:spam|abusive|offensive|inappropriate|junk|garbage|rubbish|nonsense|low[- ]quality|worthless|pointless)",
      "examples": {
        "invalid": [
          "Your comment is spam.",
          "This review is inappropriate and has been removed.",
          "Your comment was removed because it was offensive.",
          "Your post has been identified as a spam message",
          "This review has been flagged as possible spam and cannot be submitted.",
          "CleanTalk Anti-Spam: This registration is spam."
        ],
        "valid": [
          "If you think this comment is spam, report it.",
          "This content was reported as spam by other members."
        ]
      },
      "line": 385
    },
    {
      "id": "you-look-like-a-bot",
      "message": "labelled",
      "regex": "you (?:look|seem|sound|appear)(?: to be)?(?: like)? (?:a|an) (?:bot|robot|spammer|troll|scammer|fraud|fraudster|cheat|cheater|hacker|criminal|thief|liar)|you(?:'re| are) (?:a|an|just a|clearly a) (?:bot|spammer|troll|scammer|fraudster|cheater|liar)|you(?:'ve| have)? been (?:identified|flagged|detected|marked|classified|recogni[sz]ed) as (?:an? )?(?:spam|spammer|bot|robot|abuse|abuser|automated|abusive|troll|fraud|fraudster|cheater)|you(?:'ve| have)? (?:been|got) caught (?:spamming|cheating|hacking|flooding|lying|stealing|trolling|abusing|exploiting|botting|griefing|advertising)",
      "examples": {
        "invalid": [
          "You have been caught spamming multiple times!",
          "You look like a bot.",
          "You've been identified as spam or another type of automated abuse."
        ],
        "valid": [
          "Are you a robot? Tick the box to continue.",
          "If you look like a bot to our filter, we will ask you to solve a puzzle."
        ]
      },
      "line": 401
    },
    {
      "id": "misconduct-detected",
      "message": "labelled",
      "regex": "(?:(?:stack |item |speed |fly )?cheat(?:ing)?|exploit(?:ing)?|botting|bot|spam|spamming|fraud|abuse) (?:attempt )?detected|cheating,? huh",
      "examples": {
        "invalid": [
          "Cheat detected",
          "Exploit detected. Your score was not saved.",
          "Cheating huh?"
        ],
        "valid": [
          "Site notification - Spam detected",
          "No spam detected in your post.",
          "Flooding detected. You can only upload 5 images per minute."
        ]
      },
      "line": 414
    },
    {
      "id": "name-calling",
      "message": "labelled",
      "reportNegated": true,
      "regex": "(?:(?:you|ya) |(?<=, |(?<!\\b(?:call|calling|called|calls|feel|feeling|felt|think|consider|make|making|made) )yourself )|(?<=^[\\s*_\"“]{0,4}))(?:big |silly |little |stupid |dumb )?(?:sucker|loser|idiot|moron|dummy|dumbass|noob|n00b|fool|clown|scrub|silly|silly billy|dummy)s?(?=[\\s*_\"”]*[!.?…]*\\s*$|\\s*[!?])",
      "examples": {
        "invalid": [
          "Purchase successful! Thanks, you sucker!",
          "Nice try, loser!",
          "You cannot do that, silly.",
          "You cannot mute yourself fool!",
          "**Silly**",
          "Fool!"
        ],
        "valid": [
          "Don't be fooled by fake sellers.",
          "The Fool is the first card of the tarot.",
          "Silly putty is back in stock.",
          "April Fool",
          "Don't let this fool you.",
          "Never call yourself silly.",
          "Dress up for the party and make it silly!"
        ]
      },
      "line": 427
    },
    {
      "id": "you-are-disabled",
      "message": "switchedOff",
      "regex": "(?<=^[\\s\"'“*_]{0,3})you(?:'re| are| have been|'ve been)(?: now| temporarily| permanently)? (?:disabled|deactivated)(?= *(?:[.,;!:]|$|for (?!the purposes)|from\\b|until\\b|due\\b))",
      "examples": {
        "invalid": [
          "You are disabled, please contact the customer service for more information.",
          "You have been disabled."
        ],
        "valid": [
          "If you are disabled, you may qualify for free travel.",
          "You are disabled people's best advocate.",
          "Direct messages to you are disabled.",
          "You are disabled by barriers in society, not by your impairment.",
          "You're disabled for the purposes of the Equality Act if you have a long-term impairment."
        ]
      },
      "line": 452
    },
    {
      "id": "you-are-not-one",
      "message": "denied",
      "regex": "and you(?:'re| are) not one(?! (?:of|to|who|that)\\b)",
      "examples": {
        "invalid": [
          "Threads are for mods only, and you are not one"
        ],
        "valid": [
          "Two seats were free, and you are not one of the winners this time."
        ]
      },
      "line": 466
    },
    {
      "id": "input-error-shouted",
      "message": "invalid",
      "regex": "(?:(?:the|your|this) )?(?:[\\p{L}-]+ ){0,2}?{{inputs}}s? (?:is |are |was )?(?:too (?:short|long|weak|simple|common|easy)|(?:do|does) not match|don't match|doesn't match|incorrect|invalid|not (?:valid|correct|recogni[sz]ed))(?= ?!)|(?:is|are) not an? (?:valid|correct|proper|real|supported) [\\p{L}-]+(?= ?!)",
      "examples": {
        "invalid": [
          "Password too short!",
          "Passwords do not match!",
          "Captcha incorrect! Are you a robot?",
          "The file you have uploaded is not a valid image!"
        ],
        "valid": [
          "Passwords don't match. Try again.",
          "Password too short. Use at least 8 characters."
        ]
      },
      "line": 476
    },
    {
      "id": "do-not-again",
      "message": "scolding",
      "regex": "(?:please )?(?:do not|don't) (?:contact|submit|send|post|email|e-mail|write to|call|open|create|report|resubmit|re-submit)\\b[^.!?]{0,40}? again",
      "examples": {
        "invalid": [
          "Your request was rejected. Do not submit it again.",
          "Please do not contact support about this issue again."
        ],
        "valid": [
          "Don't show this again",
          "Do not send the same code again; we'll text you a new one."
        ]
      },
      "line": 490
    },
    {
      "id": "ban-dead-end",
      "message": "denied",
      "regex": "your (?:current )?(?:ip|ip address|account|country|device|network|e-?mail(?: address)?|username) (?:is|has been|was)(?: now)? (?:not allowed|not permitted|banned|blocked|blacklisted|prohibited)|you(?:'re| are| have been| were)(?: now)? (?:forbidden|barred|prohibited) (?:from|to) [\\p{L}-]+",
      "examples": {
        "invalid": [
          "Your current IP is not allowed",
          "You have been forbidden to use this website.",
          "You are forbidden from accessing the administration section.",
          "Your IP has been banned, you cannot register."
        ],
        "valid": [
          "Your account has been blocked for 24 hours because of repeated failed sign-ins. Reset your password to unlock it now.",
          "Your account is prohibited from logging in. Please contact the site admin.",
          "You are barred from posting until the cooldown is over.",
          "You are banned from this forum."
        ]
      },
      "line": 502
    },
    {
      "id": "unauthorized-access",
      "message": "denied",
      "regex": "unauthori[sz]ed (?:access|request|action|operation)(?! attempt)(?: to [\\p{L}-]+(?: [\\p{L}-]+){0,2})?",
      "rewrite": "you don't have access to this",
      "examples": {
        "invalid": [
          "Unauthorized access to administration."
        ],
        "valid": [
          "We noticed an unauthorized access attempt on your account and blocked it."
        ]
      },
      "line": 518
    },
    {
      "id": "accused-of-intent",
      "message": "intent",
      "regex": "you(?:'re| are)? (?![^.!?]*\\?)(?:attempting|trying) to (?:access|view|open|reach|use|do|perform|modify|edit|change|enter) (?:(?:a |an |the )?(?:forbidden|restricted|unauthori[sz]ed|prohibited) (?:\\p{L}+ ?){0,2}|something (?:that )?you (?:shouldn't|should not|are not (?:allowed|supposed|meant) to|aren't (?:allowed|supposed|meant) to)(?: be doing| do)?)|(?:hacking|hack|intrusion|tampering|break-in) attempt (?:detected|logged|recorded)",
      "examples": {
        "invalid": [
          "You are attempting to access forbidden resources.",
          "You are attempting to do something you shouldn't be doing...",
          "CSRF protection: Hacking attempt detected"
        ],
        "valid": [
          "You are trying to access a page that no longer exists.",
          "We blocked a hacking attempt on our servers last night.",
          "You're trying to access a restricted area? Ask an admin for an invite."
        ]
      },
      "line": 529
    },
    {
      "id": "we-dont-tolerate",
      "message": "scolding",
      "regex": "we (?:do not|don't|will not|won't) tolerate",
      "examples": {
        "invalid": [
          "We don't tolerate swearing on our server!"
        ],
        "valid": [
          "We don't tolerate harassment, and we act on every report within a day."
        ]
      },
      "line": 542
    },
    {
      "id": "whoa-there",
      "message": "scolding",
      "regex": "(?:whoa|woah),? there|hold your horses|slow down,? (?:there|cowboy|tiger|buddy|pal)|(?:please,? )?slow down(?=\\s*[!.]+\\s*$)",
      "examples": {
        "invalid": [
          "Whoa there! You must log in to your account to continue.",
          "Hold your horses, you're too fast for us! Please wait a moment.",
          "Slow down. Click slower."
        ],
        "valid": [
          "Whoa, that was fast! Your order is already packed.",
          "Slow down and enjoy the view."
        ]
      },
      "line": 552
    },
    {
      "id": "not-good-enough",
      "message": "fault",
      "regex": "you(?:'re| are| were|'re still| are still)? (?:not|n't) (?:\\p{L}+ )?(?:skilled|good|fast|smart|clever|experienced|careful|quick|strong|worthy) enough",
      "examples": {
        "invalid": [
          "You were not skilled enough to keep any enchantments."
        ],
        "valid": [
          "Don't worry if you're not fast enough at first; the timer is off in practice mode."
        ]
      },
      "line": 564
    }
  ],
  "fragments": {
    "input": "(?:password|passcode|pin|username|user ?name|user|login|log-?in|e-?mail(?: address)?|address|input|entry|entries|data|details|information|info|answer|code|otp|one-time password|verification code|token|captcha|value|format|name|number|phone(?: number)?|date|url|link|file|credentials|combination|choice|selection|field|fields|subject|title|message|post|comment|amount|card(?: number)?|id|identifier)",
    "inputs": "{{input}}(?: ?(?:/|and/or|and|or) ?{{input}})?",
    "placeholder": "x{2,}",
    "owner": "(?:your|the|this|that|these|those|{{placeholder}})",
    "isWord": "(?:is|was|are|were|seems|seem|looks|look|appears to be|appear to be|'s|'re)",
    "apologyBefore": "(?<!\\bsorry,? (?:but )?)",
    "forNow": "(?![^.!?]{0,60}\\b(?:yet|right now|at the moment|at this time|that fast|so fast|so quickly|so often|for another|whil(?:e|st)|during|until|till)\\b)",
    "ruleVerb": "(?:post|upload|enter|type|fill|provide|accept|agree|read|follow|respect|obey|include|add|attach|choose|select|pick|use|match|contain|confirm|verify|write|submit|send|share|link|spam|flood|set|create|register|complete|answer|remove|delete|edit|tag|quote|specify|insert|reply|respond|report|wait|ask|request|contact|pay|change|buy|sell|trade|build|place|break)"
  }
};

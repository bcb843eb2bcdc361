// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-threat/phrases.yaml",
  "entries": [
    {
      "id": "failure-to",
      "message": "failureTo",
      "regex": "(?:(?:any|your) )?failure to (?<action>[^,.;:!?]+?) (?<link>{{consequenceLinks}})(?<consequence> [^,.;:!?]*[^,.;:!?\\s])",
      "examples": {
        "invalid": [
          "Failure to pay will result in suspension of your account.",
          "Failure to pay by 30 April will result in the suspension of your account.",
          "Failure to respond within 14 days will result in your account being closed."
        ]
      },
      "line": 127
    },
    {
      "id": "failure-to-comply",
      "message": "failureTo",
      "regex": "(?:(?:any|your) )?failure to (?:comply|adhere|conform|abide)(?: (?:with|to|by))?",
      "examples": {
        "invalid": [
          "Failure to comply with our policies is not tolerated."
        ]
      },
      "line": 136
    },
    {
      "id": "or-else",
      "message": "orElse",
      "regex": "(?<lead>(?:or|otherwise)(?: else)?),? (?<core>{{penaltyAny}}|lose (?:all )?(?:access|your [a-z-]+)(?: to [^,.;:!?]*[^,.;:!?\\s])?|(?:face|risk) (?:losing (?:access|your [a-z-]+)|(?:account |service )?(?:suspension|termination|closure|deactivation|deletion)|legal action|collections?|penalties|a ban)){{tail}}",
      "examples": {
        "invalid": [
          "Please update your card within 7 days or your account will be suspended.",
          "Update your details, otherwise your account will be closed.",
          "Renew now or lose access to your photos."
        ]
      },
      "line": 143
    },
    {
      "id": "if-not-then",
      "message": "ifNot",
      "regex": "(?<cond>(?:if|unless) [^,.;:!?]+?),? (?:then )?(?<core>{{penaltyAny}}){{tail}}",
      "examples": {
        "invalid": [
          "If you don’t update your card, you will lose access.",
          "If you don’t update your card by Friday, you’ll lose access to your files.",
          "Unless you pay by Friday, your account will be closed.",
          "If you do not renew, your data will be permanently destroyed."
        ],
        "valid": [
          "If you cancel, your account will be closed at the end of the billing period.",
          "If you import the file, all your current data will be destroyed first, so back it up now.",
          "If you do not respond, we will close your case.",
          "If you exceed your storage limit, uploads will be paused until you free up space."
        ]
      },
      "line": 153
    },
    {
      "id": "penalty-if-not",
      "message": "ifNot",
      "regex": "(?<core>{{penaltyAny}})(?<mid>[^,.;:!?]*?),? (?<cond>(?:if|unless) [^,.;:!?]*[^,.;:!?\\s]|until (?:(?:this|it|(?:the|your) (?:outstanding |overdue |unpaid )?(?:invoice|balance|amount|fee|bill|debt|dues)|(?:full )?payment|you)(?: is|'s| has been| have been| are|'ve)? (?:paid|settled|received|made|cleared|pay|settle|clear)(?: (?:it|this|the (?:balance|invoice|amount))| in full)?|paid(?: in full)?|we (?:receive|get) (?:your |the |full )?payment))",
      "examples": {
        "invalid": [
          "Your account will be suspended if you don't pay by Friday.",
          "Your account will be deactivated unless you confirm your email.",
          "All activity on your site will be suspended until this is paid."
        ],
        "valid": [
          "We'll close your ticket if we don't hear back within 7 days.",
          "New records will be stored but locked until payment is received.",
          "We will retry every 30 minutes until the invoice is paid."
        ]
      },
      "line": 169
    },
    {
      "id": "forced-to",
      "message": "forced",
      "regex": "(?<frame>{{forcedFrames}})(?=\\s+(?:(?:{{forcedVerbs}}) (?:{{readerObjects}})|(?:take|initiate|start|begin|commence|institute|file|pursue) (?:legal|further|formal|court|enforcement|recovery) (?:action|proceedings|steps|measures)|involve (?:our|a|the) (?:solicitors?|lawyers?|legal team|debt))\\b)",
      "examples": {
        "invalid": [
          "We have no choice but to suspend your account.",
          "We’ll be forced to take legal action.",
          "Due to your activities we see ourselves forced to terminate your user account.",
          "Hence, we have no alternative but to initiate legal proceedings against you for recovery of our dues.",
          "We've no choice but to start legal proceedings against you.",
          "We have no other option than to take legal action against you."
        ]
      },
      "line": 182
    },
    {
      "id": "legal",
      "message": "legal",
      "regex": "{{legalThreats}}",
      "examples": {
        "invalid": [
          "We’ll be forced to take legal action.",
          "Your debt will be referred to a debt collection agency.",
          "Your account will be sent to collections.",
          "Missed payments may damage your credit score."
        ],
        "valid": [
          "We took legal action against counterfeit sellers.",
          "You have the right to take legal action.",
          "We will never send your account to collections.",
          "Late payments can affect your credit score, so we always remind you first."
        ]
      },
      "line": 194
    },
    {
      "id": "reserve-the-right",
      "message": "reserveRight",
      "regex": "reserves? the right to (?<verb>{{reservedPenalties}})",
      "examples": {
        "invalid": [
          "We reserve the right to terminate your account."
        ]
      },
      "line": 209
    },
    {
      "id": "final-warning",
      "message": "finalWarning",
      "regex": "{{warningLabels}}",
      "examples": {
        "invalid": [
          "Final warning: your invoice is overdue.",
          "This is your last warning.",
          "This is the third and final overdue notice for invoice 42."
        ],
        "valid": [
          "Last warning signs of a failing battery, explained.",
          "“Final warning” emails are a common scam."
        ]
      },
      "line": 216
    },
    {
      "id": "will-result-in",
      "message": "consequence",
      "regex": "(?<link>{{consequenceLinks}}) (?:(?:(?:the|a|an|immediate|permanent|temporary|further|longer|indefinite|or|and|even) )*(?:{{punitiveNouns}})s?|(?:your|the) (?:[a-z-]+ )?(?:account|membership|subscription|access|profile|service) being (?:{{punitiveParticiples}}))",
      "examples": {
        "invalid": [
          "Late payment will result in account suspension.",
          "Any misuse will lead to an immediate account ban.",
          "Repeated violations may lead to longer or immediate suspensions.",
          "Further violations will result in your account being terminated.",
          "Multiple such violations may lead to a temporary or even a permanent ban."
        ]
      },
      "line": 228
    },
    {
      "id": "countdown-to-penalty",
      "message": "consequence",
      "regex": "(?:\\d+|x{2,}|one|two|three|four|five|six|seven|ten|a few) (?:more )?(?:days?|hours?|weeks?) (?:left )?(?:until|till|til) (?:(?:your )?(?:account |service |subscription |membership )(?:suspension|deactivation|termination|deletion|closure|ban|disconnection|lockout)|(?:your )?(?:suspension|deactivation|termination|ban|disconnection|lockout)|(?:your (?:account|service|subscription|membership) )?being (?:{{punitiveParticiples}}))",
      "examples": {
        "invalid": [
          "Payment Overdue - 3 Days Until Suspension",
          "Only 48 hours left until account deletion."
        ],
        "valid": [
          "Deleted folders are kept for 30 days before being removed for good.",
          "3 days until your trial ends.",
          "Files in the bin have 30 days until deletion, so you can still restore them.",
          "Just 3 days until closure for the holidays; we reopen on 2 January."
        ]
      },
      "line": 239
    },
    {
      "id": "vague-threat",
      "message": "vagueThreat",
      "regex": "{{vagueThreats}}",
      "examples": {
        "invalid": [
          "Please pay now, or else.",
          "Unexpected bad things will happen if you don’t read this!",
          "You will be punished if you kill this player again! Please stop.",
          "Do not swear! Next time you can be punished.",
          "Your recent activity violates our rules. Repeated issues may lead to stronger action.",
          "Be careful mentioning any more, as you are about to be banned for exceeding this server's mention threshold.",
          "Further action will be taken.",
          "Payments must recommence immediately to prevent further action being taken.",
          "Your builds will soon be disabled and access to your documentation will be removed.",
          "Your account has an overdue balance and access will soon be suspended.",
          "All coding activity older than 12 months will be deleted soon.",
          "Your trial ended some time ago, and your account is about to be permanently deleted.",
          "Your account will be terminated without further notice.",
          "We may suspend your account without prior warning."
        ],
        "valid": [
          "Even when bad things happen to your server, your backups stay safe.",
          "Prices may change without notice.",
          "You can cancel your plan without notice or fees."
        ]
      },
      "line": 252
    },
    {
      "id": "otherwise-consequence",
      "message": "orElse",
      "regex": "(?:otherwise|or else|failing which|failing that|failing this|if not)[,]? (?:we|we'll|we'd|you|you'll|your|our|the|this|that|these|those|all|any|some|each|every|it|it'll|they|they'll)\\b[^,.;:!?]*",
      "examples": {
        "invalid": [
          "Remove your listings before closing the shop otherwise all of them will be deleted.",
          "Reply by Monday, failing which the booking will be released.",
          "Please keep your card up to date. Otherwise you will be downgraded to the free plan."
        ],
        "valid": [
          "Save your changes before closing the tab, otherwise they will be lost.",
          "Confirm your address, otherwise we’ll send a reminder next week."
        ]
      },
      "line": 279
    },
    {
      "id": "after-which",
      "message": "consequence",
      "regex": "(?:after which|after that|at which point|beyond which|or from then on),? (?:we|we'll|your|you|you'll|the|this|all|any|it)[^,.;:!?]*",
      "examples": {
        "invalid": [
          "Renew the domain within 10 days, after which it will be sold at auction."
        ],
        "valid": [
          "Try the new editor for a week, after which you can switch back in Settings."
        ]
      },
      "line": 291
    },
    {
      "id": "before-we",
      "message": "consequence",
      "regex": "before (?:we|the (?:team|moderators|administrators?|admins?|system|site)) (?:will |'ll |have to |must |need to )?(?:\\p{L}+ )?(?:{{punitiveVerbs}}) (?:{{readerObjects}})[^,.;:!?]*",
      "examples": {
        "invalid": [
          "You have 3 days to reply before we disable your account."
        ],
        "valid": [
          "Download your files before we move to the new server on Friday.",
          "Please check your order before we send it."
        ]
      },
      "line": 300
    },
    {
      "id": "ignore-and",
      "message": "orElse",
      "regex": "(?:ignore|disregard|keep ignoring|don't (?:pay|reply|respond|act)|do not (?:pay|reply|respond|act)) (?:(?:this|these|our|the|it|them)(?: [\\p{L}-]+){0,2} )?and (?:we|we'll|your|you|you'll|the|this|it|all|access)[^,.;:!?]*",
      "examples": {
        "invalid": [
          "Ignore this notice and your service will be cut off."
        ],
        "valid": [
          "Ignore this email and nothing will change.",
          "If you didn't ask for this, ignore this email and your password will stay the same."
        ]
      },
      "line": 310
    },
    {
      "id": "seek-legal-recourse",
      "message": "legal",
      "regex": "(?:seek|pursue|take|consider|exercise|initiate|begin|start|commence|explore)(?: all| any| every)?(?: available| necessary| appropriate| further)? (?:legal (?:recourse|remedies|options|routes?)|(?:judicial|court|legal) (?:proceedings|measures)|recourse)",
      "examples": {
        "invalid": [
          "The landlord may seek legal recourse."
        ],
        "valid": [
          "You can seek legal recourse if the seller refuses.",
          "We will never seek legal recourse over a late payment."
        ]
      },
      "line": 320
    },
    {
      "id": "may-elect-to",
      "message": "consequence",
      "regex": "(?:may|might|can|could|will|shall) (?:at any time )?(?:elect|decide|choose|opt|proceed) to (?:delete|remove|close|suspend|terminate|ban|disable|deactivate|block|restrict|purge|erase|destroy) (?:your|the user|the member|this user)",
      "examples": {
        "invalid": [
          "At any time the moderators may elect to remove your profile."
        ],
        "valid": [
          "You can choose to delete your account in Settings."
        ]
      },
      "line": 330
    },
    {
      "id": "to-avoid-penalty",
      "message": "consequence",
      "regex": "(?:to|in order to|so as to|and) avoid (?:(?:your|the|any) (?:account|service|subscription|access|membership|website|site|domain|number|phone number|card|listing|profile)s? (?:being |getting )?(?:suspended|closed|terminated|deactivated|disabled|cancell?ed|cut off|disconnected|deleted|locked|released|restricted)|(?:any |further |an? |the )?(?:account |service )?(?:suspension|termination|deactivation|disconnection|closure|late (?:fees?|charges?|payment (?:fees?|charges?))|collections?|debt collection|legal action|further action|penalt(?:y|ies)|service interruptions?|interruptions? (?:of|to) (?:your )?service|losing access))",
      "examples": {
        "invalid": [
          "Please pay this invoice immediately to avoid your account being suspended.",
          "Pay by Friday to avoid late fees.",
          "Please pay the invoice within 24 hours to avoid service interruptions."
        ],
        "valid": [
          "Please update your payment method to avoid service interruption.",
          "To avoid losing your work, save often.",
          "We schedule updates at night to avoid downtime.",
          "Set up autopay to avoid late fees. It takes a minute.",
          "Back up your data regularly to avoid losing access to your files."
        ]
      },
      "line": 341
    },
    {
      "id": "misconduct-and",
      "message": "misconduct",
      "regex": "(?:break|violate|abuse|evade|circumvent|spam|cheat)\\b[^,.;:!?]{0,40}?,? and (?:then )?(?:{{penaltyAny}}){{tail}}",
      "examples": {
        "invalid": [
          "Break the rules again and your account will be permanently banned."
        ],
        "valid": [
          "Break a sweat and you'll earn a badge."
        ]
      },
      "line": 356
    },
    {
      "id": "get-you-penalised",
      "message": "misconduct",
      "regex": "(?:will|'ll|may|might|could|can|would) (?:also |quickly |easily )?get you (?:(?:ip|permanently|temporarily|instantly|immediately|automatically) )?(?:{{punitiveParticiples}}|kicked(?: out)?|muted|expelled|thrown out)",
      "examples": {
        "invalid": [
          "Take note that ban evasion will get you IP banned.",
          "Spamming the chat can get you muted."
        ],
        "valid": [
          "Reporting a post won't get you banned."
        ]
      },
      "line": 366
    }
  ],
  "fragments": {
    "modals": "will|shall|may|might|could|can|would",
    "modalAdverbs": "also|likely|immediately|automatically|permanently|temporarily|then|unfortunately",
    "punitiveParticiples": "suspended|terminated|closed|deleted|permanently deleted|destroyed|permanently destroyed|erased|permanently erased|wiped|purged|cancelled|canceled|deactivated|disabled|removed|blocked|banned|frozen|locked out|locked|restricted|revoked|shut down|cut off|disconnected|blacklisted|reported|unenrolled|unenroled|un-enrolled|expelled|kicked out|kicked|muted|disqualified|referred to (?:[a-z-]+ )*?(?:collections?|recovery|solicitors?|lawyers?|attorneys?|court)(?: agency| agencies)?|sent to collections|passed to (?:[a-z-]+ )*?(?:collections?|recovery)(?: agency| agencies)?",
    "punitiveVerbs": "suspend|terminate|close|delete|cancel|deactivate|disable|remove|block|ban|freeze|lock|restrict|revoke|cut off|disconnect|refer|pass|send|charge|report|withhold|take legal action|start legal|begin legal|take (?:further|formal) action",
    "readerObjects": "your|you|this (?:matter|debt|account|balance)|the (?:matter|debt|account|balance|outstanding)|it",
    "forcedVerbs": "suspend|terminate|close|delete|cancel|deactivate|disable|remove|block|ban|freeze|lock|restrict|refer|pass|send|charge|report|withhold|recover|pursue",
    "forcedFrames": "be forced to|are forced to|were forced to|feel forced to|(?:have|we've|i've|had) no (?:other )?(?:choice|option|alternative)s? (?:but|other than|than) to|(?:be|are|were|we're) left with no (?:other )?(?:choice|option|alternative)s? (?:but|other than|than) to|leaves? us (?:with )?no (?:other )?(?:choice|option|alternative)s? (?:but|other than|than) to|there (?:is|was) no (?:other )?(?:choice|option|alternative) (?:but|other than|than) to|be obliged to|be compelled to|(?:see|find|saw|found) ourselves (?:forced|compelled|obliged) to",
    "punitiveNouns": "(?:account |service |immediate |permanent |temporary )?(?:suspension|termination|closure|cancellation|deactivation|deletion|removal|restriction|disconnection)|(?:a |an )?(?:permanent |temporary )?(?:account |user |ip |chat |posting )?(?:ban|blacklisting)|legal action|legal proceedings|court action|prosecution|eviction|(?:debt )?collections?(?: action| proceedings| activity)?|loss of (?:access|service|your [a-z]+)|penalties|a penalty|fines|a fine",
    "consequenceLinks": "(?:{{modals}})(?: (?:{{modalAdverbs}}))? (?:result in|lead to|cause|mean|trigger|incur|be met with)|(?:is|are|will be|may be|constitutes|constitute) grounds for",
    "legalThreats": "(?:sent|send|passed|pass|referred|refer|handed over|hand over|transferred|transfer|forwarded|assigned|sold)(?: (?:your|this|the) (?:account|debt|balance|case|matter|invoice)| it| this)? (?:on )?to (?:(?:a |an |our |the )?(?:external |third-party |third party )?(?:debt )?(?:collections?|recovery) (?:agency|agencies|agent|agents|team|partner|partners|company|firm)|collections|(?:a )?debt collectors?)|legal (?:action|proceedings|steps|measures)|court (?:action|proceedings)|(?:take|taking) (?:you|this|the matter|this matter|it) to court|small claims court|(?:sue|suing) you|bailiffs?|debt collect(?:or|ors|ion agency|ion agencies)|(?:collection|collections|recovery) agenc(?:y|ies)|(?:our |my )?(?:solicitors|lawyers|attorneys) (?:will|may|shall) (?:contact|be in touch)|(?:will|may|might|could|would) (?:negatively |adversely |seriously )?(?:affect|damage|harm|impact|hurt|lower|ruin|be reported (?:on|to)) your credit(?: (?:rating|score|file|record|history|report))?|reported to (?:the )?credit (?:reference |bureaus?|agencies|agency|reporting)",
    "vagueThreats": "or else(?=[.!]|$)|(?:(?<![a-wyz\\d] )|(?<=\\bnext time,? ))you(?:'ll| will| may| might| could| can| shall)? (?:be|get) punished(?![^.!?]*\\b(?:at other|elsewhere|other (?:gyms|banks|shops|stores|companies|providers|services|apps|sites)|not with us|but not here)\\b)|(?:may|might|will|could|can) (?:lead|result) (?:to|in) (?:stronger|further|more serious|serious|disciplinary|additional|harsher|stricter) (?:action|actions|consequences|measures|penalties|sanctions)|you(?:'re| are) (?:now )?about to be (?:{{punitiveParticiples}})|(?:bad|terrible|awful|horrible|nasty|dreadful) things (?:will|may|might|could|are going to|can) happen(?= (?:if|unless|when)\\b)|(?:further|formal|enforcement|recovery|disciplinary|appropriate) action (?:will|may|shall|might|could) be taken|(?:to )?(?:prevent|avoid) (?:any )?(?:further|formal|enforcement|recovery|legal) action(?:(?:\\sfrom)?\\sbeing taken)?|we(?:'ll| will| may| shall| might)? take (?:further|formal|enforcement|recovery|disciplinary) action|there will be consequences|face (?:the )?consequences|(?:your|access to your|(?<=\\band |^)access|(?:all|any) (?:[\\w-]+ ){0,5}?(?:data|activity|files|content|history|records|photos|posts))(?: [\\w-]+){0,4}? (?:will|'ll|are going to|is going to) (?:soon be (?:(?:automatically|permanently) )?(?:{{punitiveParticiples}})|be (?:(?:automatically|permanently) )?(?:{{punitiveParticiples}}) (?:soon|shortly)\\b)|your (?:[\\w-]+ ){0,3}?(?:is|are) (?:now )?about to be (?:(?:automatically|permanently) )?(?:{{punitiveParticiples}})|(?:be|get|being) (?:(?:automatically|immediately|permanently|temporarily) )?(?:{{punitiveParticiples}}) without (?:any |further |prior |additional |advance |more )?(?:notice|warning)|(?:we|we'll|we will|we may|we might|we can|we reserve the right to|reserves the right to) (?:(?:immediately|permanently|also) )?(?:terminate|suspend|close|delete|remove|ban|block|disable|cancel|deactivate|lock) (?:you|your [\\w-]+(?: [\\w-]+)?|the account|(?:any |the )?accounts?) without (?:any |further |prior |additional |advance )?(?:notice|warning)",
    "warningLabels": "(?:final|last) (?:warning|demand)|final notice|(?:second|third|2nd|3rd|last) and final (?:[a-z-]+ ){0,2}?(?:notice|reminder|demand|warning)|final (?:overdue|payment|past due|arrears|demand) (?:notice|reminder)",
    "reservedPenalties": "terminate|suspend|close|cancel|deactivate|delete|remove|ban|block|disable|refuse|take legal action|pursue|recover|refer|charge|withhold|restrict",
    "tail": "(?<tail>(?: [^,.;:!?]*[^,.;:!?\\s])?)",
    "penalty": "(?:you|your (?:[a-z-]+ ){0,3}?[a-z-]+|it|they|access(?: to (?:[a-z-]+ ){0,3}?[a-z-]+)?|this (?:account|debt|matter)|the (?:account|debt|matter|balance))(?:'ll| will| may| might| could| shall| would| is going to| are going to)(?: (?:{{modalAdverbs}}))?(?: be (?:(?:automatically|immediately|permanently|temporarily) )?(?:{{punitiveParticiples}})| lose (?:all )?(?:access|your [a-z-]+)(?: to [^,.;:!?]*[^,.;:!?\\s])?| no longer (?:have access|be able to (?:access|use|log in|sign in)))",
    "lockout": "(?:you|we)(?: won't| will not| will no longer|'ll no longer) be able to (?:access|use|log in|sign in|log on)(?: [^,.;:!?]*[^,.;:!?\\s])?",
    "weWill": "we(?:'ll| will| may| might| shall| would)(?: (?:have to|need to|then|also|{{forcedFrames}}))? (?:{{punitiveVerbs}})(?= (?:{{readerObjects}})\\b)",
    "penaltyAny": "(?:{{penalty}}|{{weWill}}|{{lockout}})"
  },
  "tables": {
    "negativeCondition": "(?:^unless\\b)|^until\\b|\\b(?:don't|dont|do not|doesn't|does not|didn't|did not|haven't|have not|hasn't|has not|isn't|is not|aren't|are not|wasn't|was not|weren't|were not|can't|cannot|can not|won't|will not|fail|fails|failed|neglect|neglects|not|no|never|nothing)\\b",
    "keepStates": [
      {
        "pattern": "\\b(?:lose|losing|loss of|no longer have) access\\b|\\bbe able to (?:access|use|log in|sign in|log on)\\b|\\baccess (?:will|may|could) be (?:restricted|revoked|removed|blocked|suspended|cut off)",
        "state": "access"
      },
      {
        "pattern": "\\bclos(?:e|ed|ure|ing)\\b|\\bshut down\\b",
        "state": "open"
      },
      {
        "pattern": "\\b(?:suspen|terminat|deactivat|disabl|block|ban\\b|banned|freez|frozen|lock|restrict|revok|cut off|disconnect)",
        "state": "active"
      },
      {
        "pattern": "\\b(?:cancel|delet|remov|lose|losing|loss)",
        "state": "kept"
      }
    ],
    "penaltyObjects": "\\byour ((?:[a-z-]+ )?(?:account|subscription|membership|plan|service|booking|reservation|order|card|profile|listing|store|website|site|domain|page|data|files|photos|content))\\b",
    "routineObjects": "\\b(?:ticket|tickets|case|request|conversation|chat|thread|query|enquiry|inquiry|cart|basket|draft|session|invitation|invite|temporary files|cache)\\b",
    "actionRewrites": [
      {
        "pattern": "^(?:comply|adhere|conform) (?:with|to)\\b",
        "flags": "i",
        "with": "follow"
      },
      {
        "pattern": "^abide by\\b",
        "flags": "i",
        "with": "follow"
      },
      {
        "pattern": "^remit (?:payment|the payment)\\b",
        "flags": "i",
        "with": "pay"
      },
      {
        "pattern": "^make (?:payment|the payment|a payment)\\b",
        "flags": "i",
        "with": "pay"
      }
    ],
    "consequenceHarm": "\\b(?:stop|block|clos|suspend|cancel|terminat|delet|remov|restrict|limit|disabl|deactivat|lock|ban|charg|fine|penalt|fees?\\b|report|refer|pass(?:ed)? (?:on|to)|hand|collect|legal|court|withdraw|no longer|los[et]|losing|forfeit|releas|destroy|eras|purg|expel|evict|reposs|withh[eo]ld|interrupt|cut off|disconnect|revok|freez|sell|sold|dispos|discard|expir|void|invalidat|downgrad|demot|kick|mut(?:e|ed|ing)\\b)",
    "consequenceCoercion": "\\b(?:have to|had to|need to|be forced to|be obliged to|be compelled to|be required to|no choice but to)\\b",
    "consequenceHarmless": "\\b(?:all set|good to go|remind|reminder|refund|return (?:it|the|your) (?:parcel|package|item)|renew|keep|stay|remain|continue)\\b",
    "consequenceFuture": "\\b(?:will|'ll|may|might|shall|would|could|can|be|is going to|are going to)\\b",
    "writerSubject": "^(?:otherwise|or else|failing which|failing that|failing this|if not)[,]? (?:we|we'll|we'd|our)\\b",
    "deliberatePassive": {
      "pattern": "\\b(?:be|been|get|gets) (?:\\p{L}+ )?(?:stopped|blocked|closed|suspended|cancell?ed|terminated|deleted|removed|restricted|limited|disabled|deactivated|locked|banned|charged|fined|penali[sz]ed|reported|referred|passed (?:on|to)|handed (?:over|to)|collected|withdrawn|released|destroyed|erased|purged|expelled|evicted|repossessed|withheld|interrupted|cut off|disconnected|revoked|frozen|sold|disposed of|discarded|invalidated|voided|forfeited|downgraded|demoted|kicked|muted)\\b",
      "flags": "u"
    },
    "readerStake": "\\b(?:your|the) (?:account|subscription|membership|service|access|order|booking|reservation|deposit|money|funds|domains?|listings?|profile|licen[cs]e|contract|tenancy|plan)\\b|\\b(?:lose|losing) access\\b",
    "deadlineBefore": "\\b(?:within|by|before|until|in) (?:the next )?(?:\\d+|x{2,}|one|two|three|five|seven|ten|fourteen|thirty|a|an)\\b|\\b(?:have|has|get|got) (?:only |just )?(?:\\d+|x{2,}|one|two|three|five|seven|ten|fourteen|thirty|a few) (?:more )?(?:days?|hours?|weeks?)\\b",
    "readerDecides": "\\byou(?:rself)?\\b[^,;:]*$",
    "clauseNegation": "(?:n't|\\bnot|\\bnever|\\bno|\\bwithout)\\b"
  }
};

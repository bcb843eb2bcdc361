// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/sensitive-subject/phrases.yaml",
  "entries": [
    {
      "id": "money-trouble",
      "regex": "(?<!(?:tasks?|receipts?|assets?|reviews?|to-?dos?|issues?|tickets?|reports?|timesheets?|assignments?|homework|equipment|devices?|consents?|documents?|forms?|signatures?|paperwork|agreements?|submissions?) (?:(?:is|are|was|were) )?(?:now )?)(?:overdue|past due)(?! (?:tasks?|receipts?|assets?|reviews?|to-?dos?|issues?|tickets?|reports?|timesheets?|assignments?|homework|equipment|devices?|consents?|documents?|forms?|signatures?|paperwork|agreements?|submissions?)\\b)|in arrears|arrears|overdrawn|over (your|its) (arranged |agreed )?(overdraft )?limit|debt collection|debt collector|collection agency|sent to collections|your debt|(you|you still) owe|outstanding (balance|amount|debt)|unpaid (invoice|balance|bill|amount|rent)|missed (payment|payments|instalment|installment|repayment)|final (notice|demand|reminder)|late payment|bankruptcy|eviction|repossession|default notice|defaulted|(?<=(?:payment|invoice|bill|balance|fee|fees|rent|amount|premium|tuition)(?: [^ .,;:!?]+){0,6} (?:is|are|was|were) (?:now )?)(?:overdue|past due)",
      "options": {
        "topic": "money"
      },
      "examples": {
        "invalid": [
          "Subject: Your account is overdue\n\nPlease pay by Friday.",
          "Subject: Final notice for invoice 1042\n\nHi Sam,\n\nHere is how to pay.",
          "Subject: About your order\n\nYou still owe $40 on your order.",
          "Subject: Payment for your concert tickets is overdue\n\nHi Sam,\n\nHere is how to pay."
        ],
        "valid": [
          "Subject: Your invoice for March is ready\n\nHi Sam,\n\nYour balance is past due.",
          "Subject: An update about your account\n\nLog in to see it.",
          "Subject: Overdue tasks for the project Apollo\n\nHere are the tasks past their due date.",
          "Subject: Overdue asset return\n\nPlease bring the laptop back to the IT desk."
        ]
      },
      "line": 14
    },
    {
      "id": "health-details",
      "regex": "(your|the) (hiv|sti|std|pregnancy|covid|covid-19|lab|blood|biopsy|screening|test|scan|mri|pap|smear|fertility|genetic|dna) (test )?(results?|report)|test results?|lab results?|results are (in|ready|back|positive|negative)|(tested |came back )?(positive|negative) for|diagnos(is|ed|es)|hiv|herpes|chlamydia|gonorrh?oea|syphilis|pregnan(t|cy)|miscarriage|ivf|fertility treatment|(your|the) ([^ ]+ )?(prescription|medication|medicine|refill)(?! (sunglasses|glasses|lenses|spectacles|eyewear|frames|goggles|swim))|antidepressants?|erectile|mental health|therapy session|rehab|addiction|cancer|tumou?r|biopsy|weight[- ]loss (plan|programme|program|medication)",
      "options": {
        "topic": "health"
      },
      "examples": {
        "invalid": [
          "Subject: Your blood test results are ready\n\nLog in to read them.",
          "Subject: A note from your pharmacy\n\nYour prescription refill is ready to collect."
        ],
        "valid": [
          "Subject: Your prescription sunglasses have shipped\n\nThey arrive on Friday.",
          "Subject: You have a new message in your patient portal\n\nLog in to read it."
        ]
      },
      "line": 31
    }
  ],
  "tables": {
    "neutralSubject": {
      "money": "An update about your account",
      "health": "You have a new message in your patient portal"
    }
  }
};

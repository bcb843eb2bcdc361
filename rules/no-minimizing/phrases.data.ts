// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-minimizing/phrases.yaml",
  "entries": [
    {
      "id": "just-a-small-fee",
      "regex": "(?<lead>just|only|merely) (?:(?<article>a|an) )?(?<modifier>(?:(?:very|really) )?(?:small|tiny|little|minor|nominal|modest|token|teeny|low|wee|slight)) (?<noun>(?:(?:price|monthly|annual|yearly|one-off|one-time|service|late|admin|administration|processing|handling|delivery|shipping|booking|cancellation|transaction|card) )?(?:fee|fees|charge|charges|cost|costs|surcharge|surcharges|price|amount|sum|payment|payments|deposit|increase|rise|top-up|premium))",
      "message": "cost",
      "options": {
        "rewrite": "rebuild"
      },
      "examples": {
        "invalid": [
          "It’s just a small fee.",
          "It's only a small charge.",
          "There’s only a small admin fee to pay."
        ]
      },
      "line": 85
    },
    {
      "id": "nominal-fee",
      "regex": "(?:(?<article>a|an) )?(?<modifier>nominal|token) (?<noun>(?:(?:price|monthly|annual|yearly|one-off|one-time|service|late|admin|administration|processing|handling|delivery|shipping|booking|cancellation|transaction|card) )?(?:fee|fees|charge|charges|cost|costs|surcharge|surcharges|price|amount|sum|payment|payments|deposit|increase|rise|top-up|premium))",
      "message": "cost",
      "options": {
        "rewrite": "rebuild"
      },
      "examples": {
        "invalid": [
          "For a nominal fee, we’ll gift-wrap it."
        ]
      },
      "line": 96
    },
    {
      "id": "small-price-increase",
      "regex": "(?:(?<article>a|an) )?(?<modifier>(?:very )?(?:small|slight|minor|modest|tiny|little)) (?<noun>(?:price|pricing|rate|fee|subscription|membership|plan|bill|billing|premium) (?:increase|rise|hike|adjustment|change)s?|surcharge|surcharges)",
      "message": "cost",
      "options": {
        "rewrite": "rebuild"
      },
      "examples": {
        "invalid": [
          "A small price increase starts in June."
        ]
      },
      "line": 105
    },
    {
      "id": "slight-increase-to-your-price",
      "regex": "(?:(?<article>a|an) )?(?<modifier>(?:very )?(?:small|slight|minor|modest|tiny|little)) (?<noun>(?:increase|rise|adjustment|hike)s?)(?= (?:in|to) (?:your|the|our) (?:price|prices|plan|subscription|bill|fee|fees|rate|rates|monthly|annual|membership|premium|pricing)\\b)",
      "message": "cost",
      "options": {
        "rewrite": "rebuild"
      },
      "examples": {
        "invalid": [
          "Your plan will see a slight increase to your monthly price."
        ]
      },
      "line": 114
    },
    {
      "id": "only-a-few-dollars-more",
      "regex": "(?<lead>only|just|merely) (?:(?:an|a) (?:extra|additional) [$£€]\\d[\\d.,]*|[$£€]\\d[\\d.,]* (?:more|extra)|\\d+(?:p|c| cents| pence) (?:more|extra))",
      "message": "cost",
      "options": {
        "rewrite": "drop-lead"
      },
      "examples": {
        "invalid": [
          "It’s only $2 more a month."
        ]
      },
      "line": 124
    },
    {
      "id": "minor-inconvenience",
      "regex": "(?:(?<lead>just|only|merely) (?=an? ))?(?:(?<article>a|an) )?(?<modifier>(?:(?:very|really|super|teeny|tiny|little|wee) )?(?:minor|slight|small|little|tiny|teeny|teeny-tiny|itty-bitty|wee|mini)) (?<noun>inconveniences|inconvenience|interruptions|interruption|disruptions|disruption|oversight|glitches|setbacks|downtime|problems|mistakes|hiccups|setback|outages|mix-ups|problem|mistake|hiccup|glitch|hassle|delays|outage|mix-up|mixups|issues|errors|blips|snags|delay|mixup|issue|error|blip|snag)",
      "message": "problem",
      "options": {
        "rewrite": "rebuild",
        "conditions": "ours not-fix-context"
      },
      "examples": {
        "invalid": [
          "Sorry for the minor inconvenience.",
          "We know this is a minor inconvenience.",
          "We apologise for this slight inconvenience."
        ],
        "valid": [
          "We know this is no small inconvenience.",
          "This was more than a minor hiccup for you, and we’re sorry.",
          "Fixed a minor issue with notifications."
        ]
      },
      "line": 134
    },
    {
      "id": "a-bit-of-a-delay",
      "regex": "(?:(?<lead>just|only|merely) )?(?<modifier>a (?:little |tiny |small )?bit of) (?<article>a|an) (?<noun>inconveniences|inconvenience|interruptions|interruption|disruptions|disruption|oversight|glitches|setbacks|downtime|problems|mistakes|hiccups|setback|outages|mix-ups|problem|mistake|hiccup|glitch|hassle|delays|outage|mix-up|mixups|issues|errors|blips|snags|delay|mixup|issue|error|blip|snag)",
      "message": "problem",
      "options": {
        "rewrite": "rebuild",
        "conditions": "ours not-fix-context"
      },
      "examples": {
        "invalid": [
          "There was a bit of a delay with your parcel."
        ]
      },
      "line": 150
    },
    {
      "id": "just-a-glitch",
      "regex": "(?<lead>just|only|merely) (?<article>a|an) (?<modifier>(?:(?:very )?(?:short|brief|quick) )?)(?<noun>delay|glitch|hiccup|blip|inconvenience|hassle|snag|mix-up|mixup|outage|interruption|wait)",
      "message": "problem",
      "options": {
        "rewrite": "drop-lead"
      },
      "examples": {
        "invalid": [
          "It’s just a glitch.",
          "There was only a brief outage."
        ],
        "valid": [
          "It wasn’t just a delay: it ruined your weekend, and we’re sorry."
        ]
      },
      "line": 160
    },
    {
      "id": "only-a-few-minutes-of-downtime",
      "regex": "(?<lead>just|only|merely) (?:a few|a couple of|a couple|a handful of|one|two|three|four|five|\\d+) (?:minutes?|hours?|days?|weeks?)(?: of)? (?:downtime|delay|disruption|outage|waiting|late|behind)",
      "message": "problem",
      "options": {
        "rewrite": "drop-lead"
      },
      "examples": {
        "invalid": [
          "It was only a few hours of downtime."
        ]
      },
      "line": 172
    },
    {
      "id": "nothing-to-worry-about",
      "pattern": "nothing [(at all|really|much)] to (worry|be worried|fret|stress|panic) (about|over)",
      "message": "dismissive",
      "options": {
        "rewrite": "none",
        "conditions": "no-reason"
      },
      "examples": {
        "invalid": [
          "It's nothing to worry about.",
          "Don’t panic, there’s nothing to worry about."
        ],
        "valid": [
          "Your card was never charged, so there’s nothing to worry about."
        ]
      },
      "line": 180
    },
    {
      "id": "no-big-deal",
      "pattern": "(no (big|huge|real) deal|not (a|that|such a|that big of a|that big a|really a) [(big|huge)] deal|not that big [of] a deal|no biggie|no harm done)",
      "message": "dismissive",
      "options": {
        "rewrite": "none",
        "conditions": "not-for-us"
      },
      "examples": {
        "invalid": [
          "It's no big deal.",
          "It’s not a big deal, but your card expired.",
          "No biggie, we’ll send a new one."
        ],
        "valid": [
          "It’s no big deal for us to resend it."
        ]
      },
      "line": 192
    },
    {
      "id": "only-temporary",
      "regex": "(?<lead>only|just|merely) (?:temporary|a temporary (?:issue|problem|glitch|delay|outage|thing))",
      "message": "dismissive",
      "options": {
        "rewrite": "drop-lead"
      },
      "examples": {
        "invalid": [
          "It's only temporary."
        ]
      },
      "line": 206
    },
    {
      "id": "merely",
      "regex": "(?<=(?:\\b(?:is|was|are|were|be|been|seems|seemed)|'s) )merely|merely(?= (?:a|an|one|temporary|[$£€\\d])\\b)",
      "message": "dismissive",
      "options": {
        "rewrite": "drop-word"
      },
      "examples": {
        "invalid": [
          "This is merely a formality."
        ]
      },
      "line": 215
    },
    {
      "id": "simply-a-matter-of",
      "pattern": "(simply|just|only|merely) [a] (matter|question|case) of",
      "message": "effort",
      "options": {
        "rewrite": "none"
      },
      "examples": {
        "invalid": [
          "It's simply a matter of updating your card."
        ]
      },
      "line": 224
    }
  ],
  "tables": {
    "problemNouns": {
      "inconvenience": "inconvenience",
      "inconveniences": "inconveniences",
      "hiccup": "problem",
      "hiccups": "problems",
      "blip": "problem",
      "blips": "problems",
      "snag": "problem",
      "snags": "problems",
      "glitch": "glitch",
      "glitches": "glitches",
      "hassle": "hassle",
      "setback": "setback",
      "setbacks": "setbacks",
      "disruption": "disruption",
      "disruptions": "disruptions",
      "delay": "delay",
      "delays": "delays",
      "interruption": "interruption",
      "interruptions": "interruptions",
      "outage": "outage",
      "outages": "outages",
      "downtime": "downtime",
      "mix-up": "mix-up",
      "mix-ups": "mix-ups",
      "mixup": "mix-up",
      "mixups": "mix-ups",
      "issue": "issue",
      "issues": "issues",
      "problem": "problem",
      "problems": "problems",
      "error": "error",
      "errors": "errors",
      "mistake": "mistake",
      "mistakes": "mistakes",
      "oversight": "oversight"
    },
    "sharedBlameNouns": [
      "error",
      "errors",
      "mistake",
      "mistakes",
      "oversight"
    ],
    "releaseNoteNouns": [
      "glitch",
      "glitches",
      "issue",
      "issues",
      "problem",
      "problems",
      "error",
      "errors"
    ],
    "massNouns": [
      "downtime"
    ],
    "denial": "\\b(?:no|not|never|hardly|isn't|wasn't|aren't|weren't|far from|anything but|more than|n't)\\s+(?:(?:a|an|just|only|merely|such a|simply|really|exactly)\\s+)*$",
    "fixContext": "\\b(?:fix|fixed|fixes|fixing|resolved|resolves|resolve|squashed|patched|addressed)\\b",
    "ourMistake": "\\b(?:we|i)(?:'ve| have| had|'d)? (?:made|make|caused|introduced)\\b|\\bour\\s+$|\\b(?:on|from|at) (?:our|my) (?:part|side|end)\\b|\\b(?:by|from) us\\b",
    "reasonGiven": "\\b(?:so|because|since|which means|that means|means)\\b"
  }
};

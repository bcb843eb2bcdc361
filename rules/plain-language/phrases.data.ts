// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/plain-language/phrases.yaml",
  "entries": [],
  "tables": {
    "everydayWords": [
      "abundance",
      "accelerate",
      "accentuate",
      "accompany",
      "accomplish",
      "accordingly",
      "accurate",
      "acquire",
      "additional",
      "address",
      "adjustment",
      "advise",
      "aggregate",
      "aircraft",
      "all of",
      "alleviate",
      "allocate",
      "along the lines of",
      "alternatively",
      "anticipate",
      "apparent",
      "appropriate",
      "approximate",
      "as to",
      "assist",
      "assistance",
      "at this time",
      "attempt",
      "authorise",
      "authorize",
      "belated",
      "benefit",
      "benefit from",
      "capability",
      "caveat",
      "combined",
      "component",
      "concerning",
      "consolidate",
      "contains",
      "currently",
      "delete",
      "demonstrate",
      "depart",
      "desire",
      "determine",
      "disclose",
      "discontinue",
      "e.g.",
      "economical",
      "effect",
      "elect",
      "eliminate",
      "employ",
      "encounter",
      "ensure",
      "equitable",
      "equivalent",
      "establish",
      "evaluate",
      "evident",
      "exclusively",
      "exhibit",
      "expertise",
      "expiration",
      "feasible",
      "finalise",
      "finalize",
      "formulate",
      "forward",
      "frequently",
      "function",
      "furnish",
      "has no effect",
      "honest truth",
      "however",
      "i.e.",
      "identical",
      "identify",
      "immediately",
      "implement",
      "in addition",
      "in between",
      "in many cases",
      "in terms of",
      "indicate",
      "indication",
      "initial",
      "interface",
      "it appears",
      "liaison",
      "magnitude",
      "maintain",
      "maximum",
      "methodology",
      "minimise",
      "minimize",
      "minimum",
      "modify",
      "monitor",
      "multiple",
      "nevertheless",
      "notify",
      "not certain",
      "not many",
      "not often",
      "not unless",
      "numerous",
      "objective",
      "observe",
      "obtain",
      "on the contrary",
      "on the other hand",
      "one particular",
      "operate",
      "optimum",
      "option",
      "overall",
      "parameters",
      "participate",
      "perform",
      "permit",
      "portion",
      "possess",
      "previous",
      "previously",
      "prioritise",
      "prioritize",
      "proceed",
      "proficiency",
      "provide",
      "purchase",
      "reflect",
      "regarding",
      "relative to",
      "relocate",
      "remain",
      "remainder",
      "render",
      "represents",
      "request",
      "require",
      "requirement",
      "residence",
      "retain",
      "satisfy",
      "selection",
      "similar to",
      "state-of-the-art",
      "strategise",
      "strategize",
      "submit",
      "substantial",
      "sufficient",
      "therefore",
      "time period",
      "timely",
      "transmit",
      "type",
      "validate",
      "viable",
      "vice",
      "warrant",
      "whether or not",
      "witnessed",
      "your office"
    ],
    "naturalFillers": [
      "in the process of",
      "it is",
      "literally",
      "there are",
      "there is",
      "the month of",
      "the use of",
      "very",
      "take action to",
      "is responsible for"
    ],
    "misleadingSuggestions": [
      "pass away",
      "limited number",
      "took advantage of",
      "failed to",
      "females",
      "forfeit",
      "shall"
    ],
    "coveredElsewhere": [
      "be advised",
      "put simply"
    ],
    "replacementOverrides": {
      "aforementioned": [],
      "and/or": [
        "or"
      ],
      "attributable to": [
        "because of",
        "due to"
      ],
      "in lieu of": [
        "instead of"
      ],
      "in view of": [
        "because of",
        "given"
      ],
      "is authorised to": [
        "may",
        "can"
      ],
      "is authorized to": [
        "may",
        "can"
      ],
      "in order that": [
        "so that"
      ],
      "in regard to": [
        "about"
      ],
      "in relation to": [
        "about"
      ],
      "with respect to": [
        "about"
      ],
      "comply with": [
        "follow",
        "meet"
      ],
      "adversely impact": [
        "hurt",
        "harm"
      ],
      "adversely impact on": [
        "hurt",
        "harm"
      ],
      "interpose no objection": [
        "don’t object"
      ],
      "it is essential": [
        "you must",
        "you need to"
      ],
      "impacted": [
        "affected"
      ],
      "accorded": [
        "given"
      ],
      "due to the fact that": [
        "because",
        "since"
      ],
      "in the event of": [
        "if there is",
        "in case of"
      ],
      "subsequent": [
        "later",
        "next",
        "following"
      ],
      "subsequently": [
        "later",
        "then",
        "after that"
      ]
    },
    "inflections": {
      "utilize": {
        "utilizes": "uses",
        "utilized": "used",
        "utilizing": "using"
      },
      "utilise": {
        "utilises": "uses",
        "utilised": "used",
        "utilising": "using"
      },
      "commence": {
        "commences": "starts",
        "commenced": "started",
        "commencing": "starting"
      },
      "endeavor": {
        "endeavors": "tries",
        "endeavored": "tried",
        "endeavoring": "trying",
        "endeavour": "try",
        "endeavours": "tries",
        "endeavoured": "tried",
        "endeavouring": "trying"
      },
      "facilitate": {
        "facilitates": "helps",
        "facilitated": "helped",
        "facilitating": "helping"
      },
      "terminate": {
        "terminates": "ends",
        "terminated": "ended",
        "terminating": "ending"
      },
      "ascertain": {
        "ascertains": "finds out",
        "ascertained": "found out",
        "ascertaining": "finding out"
      },
      "initiate": {
        "initiates": "starts",
        "initiated": "started",
        "initiating": "starting"
      },
      "necessitate": {
        "necessitates": "needs",
        "necessitated": "needed",
        "necessitating": "needing"
      },
      "cease": {
        "ceases": "stops",
        "ceased": "stopped",
        "ceasing": "stopping"
      },
      "reside": {
        "resides": "lives",
        "resided": "lived",
        "residing": "living"
      },
      "transpire": {
        "transpires": "happens",
        "transpired": "happened",
        "transpiring": "happening"
      },
      "procure": {
        "procures": "gets",
        "procured": "got",
        "procuring": "getting"
      },
      "preclude": {
        "precludes": "prevents",
        "precluded": "prevented",
        "precluding": "preventing"
      },
      "disseminate": {
        "disseminates": "shares",
        "disseminated": "shared",
        "disseminating": "sharing"
      },
      "expedite": {
        "expedites": "speeds up",
        "expediting": "speeding up"
      },
      "deem": {
        "deems": "considers",
        "deemed": "considered",
        "deeming": "considering"
      },
      "solicit": {
        "solicits": "asks for",
        "solicited": "asked for",
        "soliciting": "asking for"
      },
      "comply with": {
        "complies with": "follows",
        "complied with": "followed",
        "complying with": "following"
      }
    }
  }
};

// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/no-hollow-apology/phrases.yaml",
  "entries": [
    {
      "id": "sorry-if-you-feel",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize|apologised|apologized|apologies|apology|we regret|i regret) if (you|anyone|anybody|any of you|some of you|someone|somebody|people|some people|customers|some customers|our customers|some of our customers|some readers|readers|those) [(may|might|could)] [have] (feel|feels|felt|find|finds|found|thought|think|thinks|perceived|perceive|read)",
      "examples": {
        "invalid": [
          "Sorry if you felt misled by our last email.",
          "We’re sorry if you feel that our email was unclear."
        ]
      },
      "line": 36
    },
    {
      "id": "sorry-if-you-were-upset",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize|apologised|apologized|apologies|apology|we regret|i regret) if (you|anyone|anybody|any of you|some of you|someone|somebody|people|some people|customers|some customers|our customers|some of our customers|some readers|readers|those) [(may|might|could)] [have] (were|was|are|is|'re|been|got|get|became|become) [(a bit|a little|at all|in any way|somehow|so|really|very|slightly|personally)] (offended|upset|hurt|disappointed|frustrated|annoyed|confused|misled|inconvenienced|bothered|troubled|put off|unhappy|dissatisfied|angry|alarmed|worried|concerned|distressed|uncomfortable|let down|insulted|embarrassed|excluded)",
      "examples": {
        "invalid": [
          "We apologize if anyone was offended."
        ]
      },
      "line": 43
    },
    {
      "id": "sorry-if-you-took-offence",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize|apologised|apologized|apologies|apology|we regret|i regret) if (you|anyone|anybody|any of you|some of you|someone|somebody|people|some people|customers|some customers|our customers|some of our customers|some readers|readers|those) [(may|might|could)] [have] (took|take|taken) (offence|offense|(this|that|it|our <word>) (the wrong way|badly|personally))",
      "examples": {
        "invalid": [
          "Sorry if anyone took offence at our last newsletter.",
          "We apologise if you took our email the wrong way."
        ]
      },
      "line": 49
    },
    {
      "id": "sorry-if-this-upset-you",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize|apologised|apologized|apologies|apology|we regret|i regret) if (this|that|it|any of this|anything|our <word>|the <word>|my <word>) [(has|may have|might have|could have|may|might)] (caused|cause|causes|upset|upsets|offended|offends|confused|confuses|frustrated|annoyed|bothered|hurt|disappointed|came across|comes across|come across|sounded|seemed|felt|was (confusing|upsetting|offensive|misleading|unclear|hurtful|insensitive)|is (confusing|upsetting|offensive|misleading|unclear|hurtful|insensitive))",
      "examples": {
        "invalid": [
          "Apologies if this caused any confusion.",
          "We apologise if our email came across as rude."
        ]
      },
      "line": 56
    },
    {
      "id": "sorry-you-feel-that-way",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize) [that] you (feel|felt|are feeling|were feeling|'re feeling) (that way|this way|like that|like this|so|as you do|the way you do|[(a bit|a little|at all|in any way|somehow|so|really|very|slightly|personally)] (offended|upset|hurt|disappointed|frustrated|annoyed|confused|misled|inconvenienced|bothered|troubled|put off|unhappy|dissatisfied|angry|alarmed|worried|concerned|distressed|uncomfortable|let down|insulted|embarrassed|excluded))",
      "examples": {
        "invalid": [
          "Sorry you feel that way.",
          "I'm sorry that you feel upset about the change."
        ]
      },
      "line": 63
    },
    {
      "id": "sorry-you-are-upset",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize) [that] (you're|you are|you were|you've been|you have been|you got) [(a bit|a little|at all|in any way|somehow|so|really|very|slightly|personally)] (offended|upset|hurt|disappointed|frustrated|annoyed|confused|misled|inconvenienced|bothered|troubled|put off|unhappy|dissatisfied|angry|alarmed|worried|concerned|distressed|uncomfortable|let down|insulted|embarrassed|excluded)",
      "examples": {
        "invalid": [
          "I’m sorry you’re disappointed with your order."
        ]
      },
      "line": 70
    },
    {
      "id": "sorry-you-think",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize) [that] you (feel|felt|think|thought|believe|believed) [that] (this|that|it|we|our|the|there)",
      "examples": {
        "invalid": [
          "We’re sorry you feel this wasn’t explained well.",
          "I apologize that you thought our offer was misleading."
        ]
      },
      "line": 76
    },
    {
      "id": "sorry-to-anyone-who-felt",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize|apologised|apologized|apologies|apology|we regret|i regret) (to|for) (anyone|anybody|those|any of you|everyone|all those|people) (who|that) [(may|might) [have]] (felt|feel|was [(a bit|a little|at all|in any way|somehow|so|really|very|slightly|personally)] (offended|upset|hurt|disappointed|frustrated|annoyed|confused|misled|inconvenienced|bothered|troubled|put off|unhappy|dissatisfied|angry|alarmed|worried|concerned|distressed|uncomfortable|let down|insulted|embarrassed|excluded)|were [(a bit|a little|at all|in any way|somehow|so|really|very|slightly|personally)] (offended|upset|hurt|disappointed|frustrated|annoyed|confused|misled|inconvenienced|bothered|troubled|put off|unhappy|dissatisfied|angry|alarmed|worried|concerned|distressed|uncomfortable|let down|insulted|embarrassed|excluded)|been [(a bit|a little|at all|in any way|somehow|so|really|very|slightly|personally)] (offended|upset|hurt|disappointed|frustrated|annoyed|confused|misled|inconvenienced|bothered|troubled|put off|unhappy|dissatisfied|angry|alarmed|worried|concerned|distressed|uncomfortable|let down|insulted|embarrassed|excluded)|took (offence|offense))",
      "examples": {
        "invalid": [
          "We apologise to anyone who was offended by our ad."
        ]
      },
      "line": 83
    },
    {
      "id": "sorry-for-any-offence",
      "message": "conditional",
      "pattern": "(sorry|apologise|apologize|apologies) for any (offence|offense) [(caused|taken|this [may have] caused)]",
      "examples": {
        "invalid": [
          "Sorry for any offence caused."
        ]
      },
      "line": 89
    },
    {
      "id": "mistakes-were-made",
      "message": "conditional",
      "pattern": "(mistakes|errors) (were|have been|may have been|might have been|had been) made",
      "examples": {
        "invalid": [
          "Mistakes were made."
        ]
      },
      "line": 95
    },
    {
      "id": "for-any-inconvenience",
      "message": "formulaic",
      "regex": "(?<preposition>for|about) (?:any|the|this|these|all the|all of the|any and all)(?: (?:minor|slight|small|possible|potential|temporary))? (?<noun>inconvenience|inconveniences)(?:(?<past> (?:this|that|it|which) (?:may|might|could|would)(?: have)? caused(?: (?:to )?you)?| (?:this|that|it|which) (?:has |have )?caused(?: (?:to )?you)?| caused(?: (?:to )?you)?)|(?<future> (?:this|that|it|which) (?:may|might|could|will|would) (?:cause|bring|create)(?: (?:to )?you)?| (?:this|that|it|which) causes(?: you)?))?",
      "options": {
        "rewrite": "own-it",
        "needsApology": true
      },
      "examples": {
        "invalid": [
          "We apologize for any inconvenience this may have caused.",
          "Sorry for any inconvenience.",
          "We apologise for the inconvenience this may have caused."
        ],
        "valid": [
          "To make up for any inconvenience, here’s a $10 credit.",
          "We won’t say “sorry for any inconvenience” to you."
        ]
      },
      "line": 101
    },
    {
      "id": "for-any-vague-trouble",
      "message": "formulaic",
      "regex": "(?<preposition>for|about) any(?: (?:minor|slight|small|possible|potential|temporary))? (?<noun>misunderstandings|misunderstanding|inconveniences|disappointment|inconvenience|difficulties|disruptions|frustration|disruption|difficulty|confusion|annoyance|problems|distress|trouble|concern|issues|hassle|stress|upset|worry)(?:(?<past> (?:this|that|it|which) (?:may|might|could|would)(?: have)? caused(?: (?:to )?you)?| (?:this|that|it|which) (?:has |have )?caused(?: (?:to )?you)?| caused(?: (?:to )?you)?)|(?<future> (?:this|that|it|which) (?:may|might|could|will|would) (?:cause|bring|create)(?: (?:to )?you)?| (?:this|that|it|which) causes(?: you)?))?",
      "options": {
        "rewrite": "own-it",
        "needsApology": true
      },
      "examples": {
        "invalid": [
          "We apologize for any confusion.",
          "We’re sorry about any trouble this may have caused you.",
          "We apologise for any disruption this may cause during the upgrade."
        ]
      },
      "line": 115
    },
    {
      "id": "regret-any-inconvenience",
      "message": "formulaic",
      "regex": "(?<verb>regret|regrets) (?:any|the|this)(?: (?:minor|slight|small|possible|potential|temporary))? (?<noun>misunderstandings|misunderstanding|inconveniences|disappointment|inconvenience|difficulties|disruptions|frustration|disruption|difficulty|confusion|annoyance|problems|distress|trouble|concern|issues|hassle|stress|upset|worry)(?:(?<past> (?:this|that|it|which) (?:may|might|could|would)(?: have)? caused(?: (?:to )?you)?| (?:this|that|it|which) (?:has |have )?caused(?: (?:to )?you)?| caused(?: (?:to )?you)?)|(?<future> (?:this|that|it|which) (?:may|might|could|will|would) (?:cause|bring|create)(?: (?:to )?you)?| (?:this|that|it|which) causes(?: you)?))?",
      "options": {
        "rewrite": "be-sorry",
        "needsApology": false
      },
      "examples": {
        "invalid": [
          "We regret any inconvenience.",
          "I regret any confusion.",
          "The company regrets any inconvenience caused."
        ]
      },
      "line": 126
    }
  ],
  "tables": {
    "apologyWord": "\\b(?:sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|regret(?:s|ted|ting)?|pardon)\\b",
    "vagueNouns": {
      "inconvenience": "trouble",
      "inconveniences": "trouble",
      "trouble": "trouble",
      "disruption": "disruption",
      "disruptions": "disruption",
      "frustration": "frustration",
      "confusion": "confusion",
      "issues": "problems",
      "problems": "problems",
      "difficulty": "difficulties",
      "difficulties": "difficulties",
      "distress": "distress",
      "disappointment": "disappointment",
      "hassle": "hassle",
      "misunderstanding": "misunderstanding",
      "misunderstandings": "misunderstanding",
      "upset": "upset",
      "concern": "concern",
      "worry": "worry",
      "stress": "stress",
      "annoyance": "annoyance"
    }
  }
};

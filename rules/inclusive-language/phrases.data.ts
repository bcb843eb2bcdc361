// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/inclusive-language/phrases.yaml",
  "entries": [],
  "tables": {
    "quietFamily": [
      "aunt-uncle",
      "aunts-uncles",
      "boyfriend-girlfriend",
      "boyfriends-girlfriends",
      "bride-groom",
      "brother-sister",
      "brothers-sisters",
      "dad-mom",
      "dads-moms",
      "daughter-son",
      "daughters-sons",
      "godfather-godmother",
      "granddaughter-grandson",
      "granddaughters-grandsons",
      "grandfathers-grandmothers",
      "gramps-granny",
      "husband-wife",
      "husbands-wives",
      "nephew-niece",
      "nephews-nieces",
      "stepbrother-stepsister",
      "stepbrothers-stepsisters",
      "stepdad-stepmom",
      "stepfathers-stepmothers",
      "widow-widower",
      "father-tongue-mother-tongue",
      "maternal-paternal",
      "maternity-paternity",
      "working-wife",
      "brotherhood-sisterhood",
      "boy-girl",
      "boyhood-girlhood"
    ],
    "quietEveryday": [
      {
        "id": "actor-actress",
        "phrases": [
          "actor"
        ]
      },
      {
        "id": "actors-actresses",
        "phrases": [
          "actors"
        ]
      },
      {
        "id": "alumna-alumnus",
        "phrases": [
          "alumnus"
        ]
      },
      {
        "id": "alumnae-alumni",
        "phrases": [
          "alumni"
        ]
      },
      {
        "id": "host-hostess",
        "phrases": [
          "host"
        ]
      },
      {
        "id": "hostesses-hosts",
        "phrases": [
          "hosts"
        ]
      },
      {
        "id": "waiter-waitress",
        "phrases": [
          "waiter"
        ]
      },
      {
        "id": "waiters-waitresses",
        "phrases": [
          "waiters"
        ]
      },
      {
        "id": "steward-stewardess",
        "phrases": [
          "steward"
        ]
      },
      {
        "id": "stewardesses-stewards",
        "phrases": [
          "stewards"
        ]
      },
      {
        "id": "janitor-janitress",
        "phrases": [
          "janitor"
        ]
      },
      {
        "id": "janitors-janitresses",
        "phrases": [
          "janitors"
        ]
      },
      {
        "id": "landlady-landlord",
        "phrases": [
          "landlord"
        ]
      },
      {
        "id": "landladies-landlords",
        "phrases": [
          "landlords"
        ]
      },
      {
        "id": "cowboy-cowgirl",
        "phrases": [
          "cowboy"
        ]
      },
      {
        "id": "cowboys-cowgirls",
        "phrases": [
          "cowboys"
        ]
      },
      {
        "id": "gal-guy",
        "phrases": [
          "woman",
          "lady",
          "fellow"
        ]
      },
      {
        "id": "gals-man",
        "phrases": [
          "women",
          "girls",
          "boys",
          "man",
          "men"
        ]
      },
      "hero-heroine",
      "heroes-heroines",
      "king-queen",
      "kings-queens",
      "kingsize-queensize",
      "prince-princess",
      "princes-princesses",
      "dame-lord",
      "dames-lords",
      "ombudsman-ombudswoman",
      "ombudsmen-ombudswomen",
      "fellowship",
      "midwife",
      "mrs-",
      "maiden",
      "latino",
      "master",
      "masters",
      "masterful",
      "mastermind",
      "masterpiece",
      "masterplan",
      "master-plan",
      "masterstroke",
      "master-the-art",
      "master-key"
    ],
    "quietHomographs": [
      {
        "id": "nuts",
        "phrases": [
          "nuts",
          "mental"
        ]
      },
      "invalid",
      {
        "id": "special",
        "phrases": [
          "special",
          "challenged"
        ]
      },
      {
        "id": "alcoholic",
        "phrases": [
          "alcoholic"
        ]
      },
      {
        "id": "failed-suicide",
        "phrases": [
          "failed attempt"
        ]
      },
      "hang",
      "rehab",
      "asylum",
      {
        "id": "dwarf",
        "phrases": [
          "dwarf"
        ]
      },
      "binge",
      "sophisticated-technology",
      "spade",
      "add"
    ],
    "quietConditions": [
      "depressed",
      "insomnia",
      "panic-attack"
    ],
    "quietCondescension": [
      "basically",
      "clearly",
      "easy",
      "everyone-knows",
      "just",
      "obvious",
      "of-course",
      "simple",
      "straightforward"
    ],
    "pronounIds": [
      "he-she",
      "her-him",
      "herself-himself"
    ],
    "reasons": {
      "mentalHealth": "turns a mental illness into a put-down or a joke, which stings for the many readers who live with one.",
      "disabilityInsult": "uses a disability as a put-down, which hurts readers who live with one.",
      "disabilityLabel": "defines people by a disability or casts it as suffering, which readers with that disability often find belittling.",
      "colour": "pairs “black” with bad and “white” with good, a habit many readers notice and dislike.",
      "colonial": "comes from a history of racism or colonialism, and readers it concerns will notice.",
      "lgbtq": "is outdated or hurtful wording for LGBTQ+ people, who are among your readers.",
      "suicide": "talks about suicide in a way that adds stigma, which can hurt readers who are struggling or have lost someone.",
      "addiction": "defines people by an illness, which adds to its stigma.",
      "slavery": "refers to slavery, a painful history for many readers.",
      "condescension": "tells readers something is easy or obvious, which makes anyone who finds it hard feel slow.",
      "violence": "borrows an image of violence, which can jar with readers who have lived through it.",
      "fallback": "can hurt or exclude some of your readers."
    },
    "groups": {
      "mentalHealth": [
        "nuts",
        "insanely",
        "maniac",
        "madman",
        "madmen",
        "psychotic",
        "schizo",
        "bedlam",
        "ocd",
        "bipolar",
        "sane",
        "sanity-check",
        "sociopath",
        "sociopaths",
        "manic",
        "senile",
        "depressed",
        "panic-attack",
        "asylum"
      ],
      "disabilityInsult": [
        "lame",
        "dumb",
        "dummy",
        "idiot",
        "wacko",
        "cretin",
        "daft",
        "retard",
        "retards",
        "spaz",
        "spastic",
        "gimp",
        "deaf-to",
        "libtard",
        "deafmute"
      ],
      "disabilityLabel": [
        "handicapped",
        "handicapped-parking",
        "wheelchair-bound",
        "suffers-from-disabilities",
        "suffers-from-md",
        "stroke-victim",
        "aids-victim",
        "multiple-sclerosis-victim",
        "victim-of-an-injury",
        "victim-of-injuries",
        "victim-of-polio",
        "birth-defect",
        "special",
        "invalid",
        "intellectually-disabled",
        "intellectually-disabled-people",
        "learning-disabled",
        "amputee",
        "epileptic",
        "dyslexic",
        "paraplegic",
        "quadriplegic",
        "dwarf",
        "hearing-impaired",
        "stutterer",
        "stammering",
        "buckteeth",
        "harelip",
        "harelipped",
        "ablebodied",
        "downs-syndrome",
        "mongoloid",
        "special-olympians",
        "family-burden",
        "insomniac",
        "insomniacs",
        "tourettes-syndrome",
        "barren",
        "bony",
        "add",
        "insomnia"
      ],
      "colour": [
        "blacklist",
        "blacklisted",
        "blacklisting",
        "whitelist",
        "whitelisted",
        "whitelisting",
        "blackhat",
        "whitehat"
      ],
      "colonial": [
        "grandfather-clause",
        "grandfathered",
        "grandfathering",
        "gyp",
        "ghetto",
        "oriental",
        "orientals",
        "eskimo",
        "eskimos",
        "powwow",
        "totem",
        "tribe",
        "long-time-no-see",
        "off-reserve",
        "on-the-warpath",
        "too-many-chiefs",
        "indian-country",
        "indian-give",
        "natives-are-restless",
        "redskin",
        "redskins",
        "savage",
        "japs",
        "pinoys",
        "towel-heads",
        "spade",
        "hymie",
        "goy",
        "man-the-fort",
        "sophisticated-culture",
        "sophisticated-technology",
        "nonwhite",
        "islamist",
        "islamists",
        "bugreport"
      ],
      "lgbtq": [
        "fag",
        "gay-agenda",
        "gay-lifestyle",
        "gay-rights",
        "homosexual",
        "homosexual-couple",
        "homosexual-marriage",
        "homosexual-relations",
        "sexual-preference",
        "tranny",
        "transgendered",
        "transgenderism",
        "transgenders",
        "transvestite",
        "heshe",
        "hermaphrodite",
        "hermaphroditic",
        "sex-change-operation",
        "sexchange",
        "born-a-man",
        "born-a-woman",
        "bathroom-bill",
        "gender-pronoun",
        "bi"
      ],
      "suicide": [
        "commit-suicide",
        "committed-suicide",
        "failed-suicide",
        "suicide-note",
        "suicide-pact"
      ],
      "addiction": [
        "addict",
        "addicts",
        "alcoholic",
        "rehab",
        "rehab-center",
        "binge"
      ],
      "slavery": [
        "slave",
        "slaves"
      ],
      "violence": [
        "pull-the-trigger",
        "wifebeater",
        "hang"
      ],
      "condescension": [
        "basically",
        "clearly",
        "easy",
        "everyone-knows",
        "just",
        "obvious",
        "of-course",
        "simple",
        "straightforward"
      ],
      "fallback": [
        "moan",
        "moaning",
        "make-*-great-again"
      ]
    },
    "notesThatReadWell": [
      "addict",
      "addicts",
      "alcoholic",
      "grandfathered",
      "grandfathering",
      "grandfather-clause",
      "long-time-no-see",
      "gender-pronoun",
      "transgendered",
      "totem",
      "binge",
      "bugreport",
      "gyp",
      "hang",
      "sexual-preference",
      "gay-lifestyle",
      "indian-country",
      "too-many-chiefs"
    ],
    "objectSenses": {
      "dummy": {
        "after": "^[\\s-]*(?:text|texts|content|copy|data|value|values|variable|variables|object|objects|image|images|photo|photos|picture|page|pages|paragraph|paragraphs|account|accounts|card|cards|number|numbers|entry|entries|product|products|order|orders|payment|payments|transaction|transactions|run|runs|file|files|address|addresses|e-?mail|e-?mails|site|link|links|title|titles|item|items|record|records|name|names|load|header|headline|block|blocks|section|sections|user|users|row|rows|field|fields)\\b",
        "before": "\\b(?:crash[- ]test|tailor's|dressmaker's|ventriloquist's|baby's|display|shop-window|window)\\s+$",
        "sentence": "\\b(?:bab(?:y|ies|y's)|newborns?|toddlers?|teething|soothers?)\\b|\\bplaceholders?\\b",
        "unit": "\\blorem ipsum\\b"
      }
    },
    "replacementOverrides": {
      "nuts:crazy": [
        "incredible",
        "wild",
        "unbelievable"
      ],
      "nuts:insane": [
        "incredible",
        "wild",
        "unbelievable"
      ],
      "nuts:loony": [
        "wild",
        "unbelievable"
      ],
      "nuts:batshit": [
        "wild",
        "unbelievable"
      ],
      "nuts:delirious": [
        "thrilled",
        "overjoyed"
      ],
      "nuts:moronic": [
        "foolish",
        "silly"
      ],
      "nuts": [],
      "insanely": [
        "incredibly",
        "unbelievably"
      ],
      "lame": [
        "boring",
        "dull",
        "weak"
      ],
      "dumb": [
        "foolish",
        "silly"
      ],
      "dummy": [],
      "deaf-to:blind to": [
        "unaware of",
        "indifferent to"
      ],
      "deaf-to:deaf to": [
        "unmoved by",
        "indifferent to"
      ],
      "deaf-to:blinded by": [
        "dazzled by"
      ],
      "deaf-to:deafened by": [
        "overwhelmed by"
      ],
      "deaf-to": [],
      "gals-man": [
        "everyone",
        "folks",
        "people"
      ],
      "gal-guy": [
        "person",
        "friend"
      ],
      "gal-guy:guy": [
        "person"
      ],
      "gal-guy:dude": [
        "friend"
      ],
      "gal-guy:bro": [
        "friend"
      ],
      "blacklist": [
        "blocklist",
        "deny list"
      ],
      "blacklisted": [
        "blocklisted",
        "deny-listed"
      ],
      "blacklisting": [
        "blocklisting",
        "deny-listing"
      ],
      "whitelist": [
        "allowlist",
        "allow list",
        "safelist"
      ],
      "whitelisted": [
        "allowlisted",
        "allow-listed",
        "safelisted"
      ],
      "whitelisting": [
        "allowlisting",
        "allow-listing",
        "safelisting"
      ],
      "tribe": [
        "community"
      ],
      "grandfathered": [
        "legacy"
      ],
      "long-time-no-see": [
        "it’s been a while",
        "it’s been a long time"
      ],
      "bipolar": [],
      "ocd": [],
      "wacko:stupid": [
        "foolish",
        "silly"
      ],
      "idiot": [
        "fool"
      ],
      "idiot:feebleminded": [
        "foolish"
      ],
      "idiot:feeble minded": [
        "foolish"
      ],
      "spaz": [],
      "spastic": [],
      "retard": [],
      "retards": [],
      "gimp": [],
      "psychotic": [],
      "schizo": [],
      "senile": [],
      "manic": [],
      "handicapped": [
        "accessible",
        "disabled"
      ],
      "special:special needs": [
        "access needs",
        "disabilities"
      ],
      "madman": [],
      "madmen": [],
      "maniac": [
        "fanatic",
        "enthusiast"
      ],
      "manpower": [
        "staff",
        "workforce",
        "people"
      ],
      "handyman-handywoman:craftsman": [
        "craftsperson",
        "artisan"
      ],
      "handymen-handywomen:craftsmen": [
        "craftspeople",
        "artisans"
      ],
      "saleslady-salesman": [
        "salesperson",
        "sales rep",
        "seller"
      ],
      "salesmen-saleswomen": [
        "salespeople",
        "sales reps",
        "sellers"
      ],
      "salaryman-salarywoman": [
        "businessperson",
        "professional",
        "entrepreneur"
      ],
      "salarymen-salarywomen": [
        "businesspeople",
        "professionals",
        "entrepreneurs"
      ],
      "dads-moms:fathers": [
        "founders",
        "pioneers"
      ],
      "founding-father": [
        "founder",
        "pioneer"
      ]
    },
    "roleNouns": [
      "user",
      "customer",
      "client",
      "member",
      "person",
      "buyer",
      "shopper",
      "subscriber",
      "reader",
      "visitor",
      "guest",
      "employee",
      "applicant",
      "owner",
      "holder",
      "cardholder",
      "student",
      "patient",
      "participant",
      "player",
      "driver",
      "traveller",
      "traveler",
      "passenger",
      "recipient",
      "sender",
      "seller",
      "vendor",
      "admin",
      "administrator",
      "developer",
      "manager",
      "reviewer",
      "winner",
      "author",
      "caller",
      "tenant",
      "borrower",
      "consumer",
      "viewer",
      "listener",
      "attendee",
      "candidate",
      "teacher",
      "doctor",
      "nurse",
      "engineer",
      "worker",
      "colleague",
      "teammate",
      "friend",
      "child",
      "kid",
      "parent",
      "individual",
      "human",
      "homeowner",
      "landlord",
      "contractor",
      "freelancer",
      "founder",
      "creator",
      "artist",
      "writer",
      "designer",
      "coach",
      "agent"
    ],
    "genericMarkers": "\\b(?:if|when|whenever|unless|once|until|before|after|can|can't|cannot|could|should|must|may|might|needs?|has to|have to|wants?|let|lets)\\b|^\\W*(?:invite|tell|ask|send|give|share|refer|gift|treat|bring|introduce|help|show)\\b",
    "pronounPair": "(?<![\\p{L}'])(?:s\\/he|\\(s\\)he|(?<first>he|she|him|her|his|hers|himself|herself)\\s*(?:\\/|\\s+or\\s+)\\s*(?<second>he|she|him|her|his|hers|himself|herself))(?![\\p{L}'])",
    "agreement": {
      "is": "are",
      "was": "were",
      "has": "have",
      "does": "do",
      "isn't": "aren't",
      "wasn't": "weren't",
      "hasn't": "haven't",
      "doesn't": "don't"
    },
    "notVerbs": [
      "always",
      "sometimes",
      "perhaps",
      "thus",
      "afterwards",
      "towards",
      "besides",
      "nonetheless",
      "regardless",
      "unless",
      "plus",
      "as",
      "us",
      "his",
      "hers",
      "its",
      "this",
      "yes",
      "less",
      "across",
      "various",
      "nevertheless"
    ],
    "afterObjectHer": [
      "a",
      "an",
      "the",
      "about",
      "to",
      "for",
      "with",
      "at",
      "in",
      "on",
      "by",
      "from",
      "and",
      "or",
      "that",
      "if",
      "when",
      "up",
      "back",
      "out",
      "this",
      "these",
      "those",
      "some",
      "any",
      "our",
      "your",
      "know",
      "again",
      "too",
      "as",
      "how",
      "what",
      "why",
      "where",
      "whether",
      "so",
      "but",
      "now",
      "today",
      "tomorrow",
      "soon",
      "first"
    ]
  }
};

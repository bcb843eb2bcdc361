// Generated from phrases.yaml by `npm run phrases`: edit the YAML, not this file.
import type { PhraseData } from '../../src/kit/index.js';

export const phraseData: PhraseData = {
  "file": "rules/reader-focus/phrases.yaml",
  "entries": [],
  "tables": {
    "companyWords": [
      "we",
      "our",
      "us",
      "ours",
      "ourselves",
      "we're",
      "we've",
      "we'll",
      "we'd",
      "let's"
    ],
    "readerWords": [
      "you",
      "your",
      "yours",
      "yourself",
      "yourselves",
      "you're",
      "you've",
      "you'll",
      "you'd",
      "y'all"
    ]
  }
};

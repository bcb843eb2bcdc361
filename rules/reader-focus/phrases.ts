import { phraseData } from './phrases.data.js';

// The word lists live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`).

const tables = phraseData.tables as { companyWords: string[]; readerWords: string[] };

/** Words that put the company at the centre of the sentence. */
export const companyWords: ReadonlySet<string> = new Set(tables.companyWords);

/** Words that speak to the reader. */
export const readerWords: ReadonlySet<string> = new Set(tables.readerWords);

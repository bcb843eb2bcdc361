import { compilePhraseEntries } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The phrases live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`); this module gives the
// rule its list in the shape its code uses.

export type SensitiveTopic = 'money' | 'health';

const tables = phraseData.tables as { neutralSubject: Record<SensitiveTopic, string> };

/** Details that embarrass or expose the reader when others see them in an inbox list or on a lock screen. */
export const sensitivePhrases: { topic: SensitiveTopic; pattern: RegExp }[] = compilePhraseEntries(phraseData, 'exposed').map((entry) => ({
  topic: entry.data.options?.['topic'] as SensitiveTopic,
  pattern: entry.pattern,
}));

/** A neutral subject per topic, for the suggestion. */
export const neutralSubject: Readonly<Record<SensitiveTopic, string>> = tables.neutralSubject;

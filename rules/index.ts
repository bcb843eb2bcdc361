import type { AnyRule } from '../src/kit/index.js';
import { docsBase, usePhraseLiterals } from '../src/kit/index.js';
import { phraseLiterals } from './phrase-literals.data.js';
import acknowledgeProblem from './acknowledge-problem/index.js';
import inclusiveLanguage from './inclusive-language/index.js';
import nextStep from './next-step/index.js';
import readerFocus from './reader-focus/index.js';
import sensitiveSubject from './sensitive-subject/index.js';
import noBlame from './no-blame/index.js';
import noBluntVerdict from './no-blunt-verdict/index.js';
import noColdTone from './no-cold-tone/index.js';
import noCondescension from './no-condescension/index.js';
import noGuiltTrip from './no-guilt-trip/index.js';
import noHollowApology from './no-hollow-apology/index.js';
import noMinimizing from './no-minimizing/index.js';
import noPressure from './no-pressure/index.js';
import noShouting from './no-shouting/index.js';
import noThreat from './no-threat/index.js';
import plainLanguage from './plain-language/index.js';


// The required literals of the rules' expressions, worked out by `npm run phrases`: start-up skips that analysis.
usePhraseLiterals(phraseLiterals);
/** Every built-in rule, by id, sorted. */
export const builtinRules: ReadonlyMap<string, AnyRule> = new Map(
  [
    acknowledgeProblem,
    inclusiveLanguage,
    nextStep,
    noBlame,
    noBluntVerdict,
    noColdTone,
    noCondescension,
    noGuiltTrip,
    noHollowApology,
    noMinimizing,
    noPressure,
    noShouting,
    noThreat,
    plainLanguage,
    readerFocus,
    sensitiveSubject,
  ].map((rule) => {
    rule.meta.url ??= `${docsBase}${rule.meta.id}/readme.md`;
    return [rule.meta.id, rule] as const;
  }),
);

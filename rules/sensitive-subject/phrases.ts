import { phrase } from '../../src/kit/index.js';

export type SensitiveTopic = 'money' | 'health';

/** Details that embarrass or expose the reader when others see them in an inbox list or on a lock screen. */
export const sensitivePhrases: { topic: SensitiveTopic; pattern: RegExp }[] = [
  {
    topic: 'money',
    pattern: phrase(
      "overdue|past due|in arrears|arrears|overdrawn|over (your|its) (arranged |agreed )?(overdraft )?limit|debt collection|debt collector|collection agency|sent to collections|your debt|(you|you still) owe|outstanding (balance|amount|debt)|unpaid (invoice|balance|bill|amount|rent)|missed (payment|payments|instalment|installment|repayment)|final (notice|demand|reminder)|late payment|bankruptcy|eviction|repossession|default notice|defaulted",
    ),
  },
  {
    topic: 'health',
    pattern: phrase(
      "(your|the) (hiv|sti|std|pregnancy|covid|covid-19|lab|blood|biopsy|screening|test|scan|mri|pap|smear|fertility|genetic|dna) (test )?(results?|report)|test results?|lab results?|results are (in|ready|back|positive|negative)|(tested |came back )?(positive|negative) for|diagnos(is|ed|es)|hiv|herpes|chlamydia|gonorrh?oea|syphilis|pregnan(t|cy)|miscarriage|ivf|fertility treatment|(your|the) ([^ ]+ )?(prescription|medication|medicine|refill)(?! (sunglasses|glasses|lenses|spectacles|eyewear|frames|goggles|swim))|antidepressants?|erectile|mental health|therapy session|rehab|addiction|cancer|tumou?r|biopsy|weight[- ]loss (plan|programme|program|medication)",
    ),
  },
];

/** A neutral subject per topic, for the suggestion. */
export const neutralSubject: Record<SensitiveTopic, string> = {
  money: 'An update about your account',
  health: 'You have a new message in your patient portal',
};

// The names of message purposes and problem kinds: a leaf module, so that types, config validation and the
// purpose inference can all use them without importing one another.

/** The kinds of problem notice the linter recognises. Public API: they appear in JSON output. */
export const problemKinds = [
  'failed-payment',
  'billing-error',
  'outage',
  'delay',
  'price-rise',
  'suspension',
  'breach',
  'out-of-stock',
  'refund-denied',
  'cancellation',
  'debt',
  'content-removed',
] as const;
export type ProblemKind = (typeof problemKinds)[number];

/** What a message is for. Public API: it appears in JSON output. */
export const purposeTypes = ['problem', 'promotion', 'onboarding', 'win-back', 'transactional', 'support', 'general'] as const;
export type PurposeType = (typeof purposeTypes)[number];

/** What a message is for, and how that was decided. */
export interface MessagePurpose {
  type: PurposeType;
  /** For problem notices: which kind of problem. */
  problem?: ProblemKind;
  /** Where the purpose came from: the copy itself, front matter `type:`, or config `messageType`. */
  source: 'inferred' | 'front-matter' | 'config';
}

/** Parse a `type:` or `messageType` value: a purpose, or a problem kind (which implies `problem`). */
export function parsePurposeName(value: string): Pick<MessagePurpose, 'type' | 'problem'> | undefined {
  const name = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((purposeTypes as readonly string[]).includes(name)) return { type: name as PurposeType };
  if ((problemKinds as readonly string[]).includes(name)) return { type: 'problem', problem: name as ProblemKind };
  const aliases: Record<string, Pick<MessagePurpose, 'type' | 'problem'>> = {
    dunning: { type: 'problem', problem: 'failed-payment' },
    'payment-failed': { type: 'problem', problem: 'failed-payment' },
    incident: { type: 'problem', problem: 'outage' },
    moderation: { type: 'problem', problem: 'content-removed' },
    'problem-notice': { type: 'problem' },
    promo: { type: 'promotion' },
    marketing: { type: 'promotion' },
    newsletter: { type: 'general' },
    announcement: { type: 'general' },
    confirmation: { type: 'transactional' },
    receipt: { type: 'transactional' },
    welcome: { type: 'onboarding' },
    winback: { type: 'win-back' },
    're-engagement': { type: 'win-back' },
    'support-reply': { type: 'support' },
  };
  return aliases[name];
}

/** Every name `type:` and `messageType` accept, for error messages. */
export const purposeNames: readonly string[] = [...purposeTypes, ...problemKinds];


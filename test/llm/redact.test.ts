import { describe, expect, it } from 'vitest';
import { fromOffsets, sourceRange } from '../../src/llm/mapped-text.js';
import { describeCounts, redact, restore, termPattern } from '../../src/llm/redact.js';

/** Mapped text straight from a string (character i comes from offset i). */
function plain(text: string) {
  return fromOffsets(text, [...text].map((_, index) => index).concat(text.length));
}

describe('redact', () => {
  it('replaces e-mail addresses, links and phone numbers with numbered placeholders, the same value with the same one', () => {
    const text = 'Write to jane.doe@example.com (or Jane.Doe@example.com) or call +44 20 7946 0958, (555) 123-4567 or 020 7946 0958. See https://example.com/account?token=abc123.';
    const redacted = redact(plain(text));
    expect(redacted.text.text).toBe('Write to [EMAIL_1] (or [EMAIL_1]) or call [PHONE_1], [PHONE_2] or [PHONE_3]. See [LINK_1].');
    expect(redacted.counts).toEqual({ emails: 2, phones: 3, links: 1, terms: 0 });
    expect(describeCounts(redacted.counts)).toBe('2 emails, 3 phones, 1 link');
    expect(redacted.originals.get('[EMAIL_1]')).toBe('jane.doe@example.com');
    expect(redacted.originals.get('[PHONE_1]')).toBe('+44 20 7946 0958');
  });

  it('leaves dates, prices, order numbers, times and versions alone', () => {
    for (const text of [
      'Your order 4471 ships on 2024-04-30.',
      'It costs £1 000 000 or €12.50, due 30/04/2025.',
      'Open 10:30 to 18:00, version 1.2.3, room 12.',
      'Ticket #12345678 is closed.',
      'Between 9 and 5, call 12 times.',
    ]) {
      expect(redact(plain(text)).counts.phones, text).toBe(0);
    }
  });

  it('replaces configured terms (whole words, any case) and /patterns/', () => {
    const text = 'Hi Mrs Okafor, account ACC-00172 is overdue. Okafors Ltd is not her.';
    const redacted = redact(plain(text), [termPattern('Mrs Okafor'), termPattern('/ACC-\\d+/')]);
    expect(redacted.text.text).toBe('Hi [TERM_1], account [TERM_2] is overdue. Okafors Ltd is not her.');
    expect(redacted.counts.terms).toBe(2);
  });

  it('keeps the map: a placeholder stands for the whole original range, other characters for themselves', () => {
    const text = 'Mail a@b.co now';
    const redacted = redact(plain(text));
    expect(redacted.text.text).toBe('Mail [EMAIL_1] now');
    const start = redacted.text.text.indexOf('[EMAIL_1]');
    expect(sourceRange(redacted.text, start, start + '[EMAIL_1]'.length)).toEqual([5, 11]);
    expect(sourceRange(redacted.text, redacted.text.text.indexOf('now'), redacted.text.text.length)).toEqual([12, 15]);
  });

  it('restores the originals in text the model wrote, and leaves unknown placeholders', () => {
    const { originals } = redact(plain('Write to help@example.com.'));
    expect(restore('Write to [EMAIL_1] any time, or [PHONE_9].', originals)).toBe('Write to help@example.com any time, or [PHONE_9].');
  });
});

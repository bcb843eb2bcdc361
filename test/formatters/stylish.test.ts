import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/stylish.js';
import { lintText } from '../../src/api.js';

const context = { cwd: '/work', color: false, rulesMeta: {} };

describe('stylish header', () => {
  it('names a catalogue by its entries and its lowest score, not by one purpose', async () => {
    const text = JSON.stringify({ errors: { declined: 'Your card was declined. We apologize for any inconvenience.' }, promo: { banner: 'Spring sale: 20% off.' } }, null, 2);
    const result = await lintText(text, { syntax: 'catalog', filePath: '/work/locales/en.json' });
    const header = stylish([result], context).split('\n')[0];
    expect(header).toBe('locales/en.json  score 95/100 (lowest of 2 entries) · costs: no-hollow-apology −5');
  });

  it('keeps the purpose of a single message', async () => {
    const result = await lintText('Hi Ana,\n\nYour card was declined. We apologize for any inconvenience.', { syntax: 'text', filePath: '/work/dunning.txt' });
    expect(stylish([result], context).split('\n')[0]).toMatch(/^dunning\.txt {2}score \d+\/100 · problem notice \(failed payment\) · costs: /);
  });
});

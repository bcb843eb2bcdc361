import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/syntax/text.js';

describe('text syntax', () => {
  it('splits paragraphs on blank lines with exact offsets, CRLF included', () => {
    const source = 'First line\r\nsame paragraph.\r\n\r\n  Second one.\r\n';
    const document = parseText(source);
    expect(document.units.map((unit) => unit.text.trimEnd())).toEqual(['First line\r\nsame paragraph.', 'Second one.']);
    const second = document.units[1]!;
    expect(source.slice(second.offsets[0], second.offsets[0]! + 6)).toBe('Second');
  });

  it('reads Subject and Preheader header lines as their own units', () => {
    const source = 'Subject: Your card didn’t go through\nPreheader: Let’s sort it out\n\nHi Maya,\n';
    const document = parseText(source);
    expect(document.units.map((unit) => [unit.kind, unit.text])).toEqual([
      ['subject', 'Your card didn’t go through'],
      ['preheader', 'Let’s sort it out'],
      ['paragraph', 'Hi Maya,'],
    ]);
    const subject = document.units[0]!;
    expect(source.slice(subject.offsets[0], subject.offsets[subject.text.length])).toBe('Your card didn’t go through');
  });

  it('masks template tags and control comments', () => {
    const document = parseText('Hi {{name}},\n<!-- empathy-disable-next-line no-pressure -->\nAct now.');
    // The comment's line is blank once masked, so it also separates paragraphs.
    expect(document.units.map((unit) => unit.text)).toEqual(['Hi xxxxxxxx,', 'Act now.']);
    expect(document.directives).toHaveLength(1);
  });

  it('keeps the last line of a paragraph over a divider in its paragraph', () => {
    const source = 'We wrote to you several times and you\nignored our reminders.\n--------\nOrder 123\n';
    const document = parseText(source);
    expect(document.units.map((unit) => unit.kind)).toEqual(['paragraph']);
    expect(document.units[0]!.text).toContain('you\nignored our reminders.');
  });

  it('reads a line underlined with === or --- as a heading, and the underline as no copy', () => {
    const source = 'BOOKING CANCELLED\r\n=================\r\nHello Sam,\n\nWHAT YOU CAN DO\n---\n1. Rebook.\n';
    const document = parseText(source);
    expect(document.units.map((unit) => [unit.kind, unit.text.trimEnd()])).toEqual([
      ['heading', 'BOOKING CANCELLED'],
      ['paragraph', 'Hello Sam,'],
      ['heading', 'WHAT YOU CAN DO'],
      ['paragraph', '1. Rebook.'],
    ]);
    const heading = document.units[2]!;
    expect(source.slice(heading.offsets[0], heading.offsets[heading.text.length - 1]! + 1)).toBe('WHAT YOU CAN DO');
  });

  it('gives no units for an empty or blank file', () => {
    expect(parseText('').units).toEqual([]);
    expect(parseText(' \n\n\t\n').units).toEqual([]);
  });
});

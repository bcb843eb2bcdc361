import { decodeWords } from 'postal-mime';
import type { Directive, TextDocument, TextUnit } from '../types.js';
import { UnitBuilder, maskAddresses, maskTemplates } from './units.js';
import { parseHtml } from './html.js';
import { parseText } from './text.js';
import { lineOf } from '../linter/location.js';

/**
 * E-mail messages (`.eml`, MIME). Units are the subject (`subject`), and the copy of the body: the HTML part when
 * there is one, else the plain-text part, read as `.html` and `.txt` files are (so an HTML preheader is a
 * `preheader` unit). Of a `multipart/alternative`, only the HTML alternative is read, so no finding is reported
 * twice; every inline text part of `multipart/mixed` or `related` is read; attachments, non-text parts and
 * attached messages (`message/rfc822`) are skipped. Each body unit's `label` names its MIME part
 * (`part 1.2 (text/html)`).
 *
 * Positions point into the raw file. 7bit and 8bit parts map one to one. Quoted-printable parts are decoded here
 * with a map from every decoded character back to the characters that encode it (`=E2=80=99` for ’), so
 * positions stay exact. Base64 cannot be mapped character by character: each decoded character points at the
 * base64 character that holds its first bits, which gives the right line inside the encoded block. Encoded-word
 * subjects (`=?UTF-8?Q?...?=`) are mapped the same ways.
 *
 * postal-mime decodes the headers (RFC 2047 encoded words) and checks this module's own decoding of the subject;
 * the body is decoded here, since postal-mime gives decoded text without positions and joins parts together.
 * Truncated or invalid structure and unknown charsets are read as well as they can be, with a note; a file that
 * is not a message at all throws an `Error` with a one-line message.
 */
export function parseEml(source: string): TextDocument {
  if (source.trim() === '') throw new Error('the .eml file is empty: there is no message to read');
  const document: TextDocument = { syntax: 'eml', source, units: [], directives: [] };
  const notes: string[] = [];
  const message = readEntity(source, skipMboxLine(source), source.length, notes, true);
  if (!message) {
    throw new Error('this .eml file does not start with message headers ("Name: value" lines), so it cannot be read as an e-mail message');
  }

  const subject = message.headers.find((header) => header.name === 'subject');
  if (subject) {
    const unit = subjectUnit(subject, notes);
    if (unit) {
      document.units.push(unit);
      document.frontMatter = { subject: unit.text };
    }
  }

  const parts = selectParts(source, message, notes);
  if (parts.length === 0 && !message.truncatedHeaders) notes.push('the message has no text or HTML part to lint');
  for (const part of parts) lintPart(source, part, document, notes);
  const summary = summarize(notes);
  if (summary.length > 0) document.notes = summary;
  return document;
}

/** A message cut off inside nested multiparts misses every closing boundary: say so once. */
function summarize(notes: string[]): string[] {
  const truncated = notes.filter((note) => note.includes(truncatedNote));
  if (truncated.length <= 1) return notes;
  const first = truncated[0]!;
  const rest = truncated.length - 1;
  const others = notes.filter((note) => !note.includes(truncatedNote));
  return [`${first}; so ${rest === 1 ? 'is 1 multipart' : `are ${rest} multiparts`} inside it`, ...others];
}

const truncatedNote = 'is truncated: its closing boundary is missing';

interface Header {
  /** Lower-cased. */
  name: string;
  /** Unfolded value, leading and trailing white space removed. */
  value: string;
  /** Offset in the file of each character of `value`, and of its end. */
  offsets: number[];
}

interface Entity {
  headers: Header[];
  bodyStart: number;
  bodyEnd: number;
  /** The headers never end with a blank line. */
  truncatedHeaders?: boolean;
}

interface ContentType {
  type: string;
  params: Record<string, string>;
}

interface Part {
  entity: Entity;
  type: ContentType;
  label: string;
}

/** Files saved from mailboxes sometimes start with an mbox `From ` line: it is not a header. */
function skipMboxLine(source: string): number {
  if (!source.startsWith('From ')) return 0;
  const end = source.indexOf('\n');
  return end === -1 ? source.length : end + 1;
}

/**
 * Read the headers of an entity (the message, or a part) starting at `start`. For the message, returns
 * undefined when the first line is not a header; a part without headers is read as a body with default headers.
 */
function readEntity(source: string, start: number, end: number, notes: string[], isMessage: boolean): Entity | undefined {
  const headers: Header[] = [];
  let current: (Header & { end: number }) | undefined;
  const finish = () => {
    if (current) headers.push(trimHeader(current));
    current = undefined;
  };
  let cursor = start;
  while (cursor < end) {
    let lineEnd = source.indexOf('\n', cursor);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const next = Math.min(lineEnd + 1, end);
    let contentEnd = lineEnd;
    if (contentEnd > cursor && source[contentEnd - 1] === '\r') contentEnd--;
    const line = source.slice(cursor, contentEnd);
    if (line.trim() === '') {
      // The blank line that ends the headers (a line of only white space is taken for one too).
      finish();
      return { headers, bodyStart: next, bodyEnd: end };
    }
    if (/^[ \t]/.test(line) && current) {
      // A folded line: the line break goes, the white space stays.
      for (let index = 0; index < line.length; index++) {
        current.value += line[index];
        current.offsets.push(cursor + index);
      }
      current.end = contentEnd;
    } else {
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      if (/^[!-9;-~]+$/.test(name)) {
        finish();
        current = { name: name.toLowerCase(), value: line.slice(colon + 1), offsets: [], end: contentEnd };
        for (let index = colon + 1; index < line.length; index++) current.offsets.push(cursor + index);
      } else if (headers.length === 0 && !current) {
        if (isMessage) return undefined;
        // A part that starts with its body.
        return { headers: [], bodyStart: start, bodyEnd: end };
      } else {
        notes.push(`line ${lineOf(source, cursor)}: "${truncate(line)}" is not a header; it was skipped`);
      }
    }
    cursor = next;
  }
  finish();
  if (headers.length === 0 && isMessage) return undefined;
  if (isMessage) notes.push('the message ends inside its headers (no blank line before a body), so it has no body to lint');
  return { headers, bodyStart: end, bodyEnd: end, truncatedHeaders: true };
}

/** Trim the unfolded value of a header, keeping its offsets in step, and add the end offset. */
function trimHeader(header: Header & { end: number }): Header {
  let from = 0;
  let to = header.value.length;
  while (from < to && /\s/.test(header.value[from]!)) from++;
  while (to > from && /\s/.test(header.value[to - 1]!)) to--;
  const offsets = header.offsets.slice(from, to);
  offsets.push(to < header.offsets.length ? header.offsets[to]! : header.end);
  return { name: header.name, value: header.value.slice(from, to), offsets };
}

function headerValue(entity: Entity, name: string): string | undefined {
  return entity.headers.find((header) => header.name === name)?.value;
}

function parseContentType(value: string | undefined, fallback: string): ContentType {
  if (!value) return { type: fallback, params: {} };
  const [head = '', ...rest] = splitParams(value);
  const type = head.trim().toLowerCase();
  const params: Record<string, string> = {};
  for (const param of rest) {
    const equals = param.indexOf('=');
    if (equals === -1) continue;
    const key = param.slice(0, equals).trim().toLowerCase();
    let val = param.slice(equals + 1).trim();
    if (val.startsWith('"')) val = val.slice(1, val.endsWith('"') && val.length > 1 ? -1 : undefined).replace(/\\(.)/g, '$1');
    params[key] = val;
  }
  return { type: /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : fallback, params };
}

/** Split `a; b="x;y"; c` on semicolons outside quotes. */
function splitParams(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\' && quoted) {
      current += char + (value[index + 1] ?? '');
      index++;
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** How deep multiparts may nest before the rest is skipped. */
const maxDepth = 50;

/** The text parts to lint, in order: one alternative of each `multipart/alternative`, every inline text part. */
function selectParts(source: string, message: Entity, notes: string[]): Part[] {
  const selected: Part[] = [];
  const stack: { entity: Entity; path: string; depth: number; fallback: string }[] = [{ entity: message, path: '', depth: 0, fallback: 'text/plain' }];
  while (stack.length > 0) {
    const { entity, path, depth, fallback } = stack.pop()!;
    const type = parseContentType(headerValue(entity, 'content-type'), fallback);
    const label = path === '' ? `body (${type.type})` : `part ${path} (${type.type})`;
    if (type.type.startsWith('multipart/')) {
      if (depth >= maxDepth) {
        notes.push(`${label} is nested more than ${maxDepth} levels deep; what is inside it was not linted`);
        continue;
      }
      const children = splitMultipart(source, entity, type, label, notes);
      if (!children) {
        // No boundary found: read the body as text rather than nothing.
        selected.push({ entity, type: { type: 'text/plain', params: type.params }, label });
        continue;
      }
      const childFallback = type.type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
      let chosen = children.map((child, index) => ({ entity: child, path: path === '' ? `${index + 1}` : `${path}.${index + 1}` }));
      if (type.type === 'multipart/alternative') {
        const preferred = preferredAlternative(source, chosen.map((child) => child.entity));
        chosen = preferred === -1 ? [] : [chosen[preferred]!];
      }
      for (let index = chosen.length - 1; index >= 0; index--) stack.push({ ...chosen[index]!, depth: depth + 1, fallback: childFallback });
      continue;
    }
    const disposition = (headerValue(entity, 'content-disposition') ?? '').split(';')[0]!.trim().toLowerCase();
    if (disposition === 'attachment') continue;
    if (type.type === 'text/html' || type.type === 'text/plain') selected.push({ entity, type, label });
  }
  return selected;
}

/** The alternative to read: the last HTML one (alternatives go from plainest to richest), else the last text one. */
function preferredAlternative(source: string, children: Entity[]): number {
  let html = -1;
  let text = -1;
  children.forEach((child, index) => {
    const type = parseContentType(headerValue(child, 'content-type'), 'text/plain').type;
    // A nested multipart (`related` around the HTML) counts as HTML when it declares an HTML part.
    const nestedHtml = type.startsWith('multipart/') && /content-type:\s*text\/html/i.test(source.slice(child.bodyStart, child.bodyEnd));
    if (type === 'text/html' || nestedHtml) html = index;
    else if (type === 'text/plain' || type.startsWith('multipart/')) text = index;
  });
  return html !== -1 ? html : text;
}

/** The parts of a multipart body, or undefined when its boundary is missing or never used. */
function splitMultipart(source: string, entity: Entity, type: ContentType, label: string, notes: string[]): Entity[] | undefined {
  const boundary = type.params['boundary'];
  if (!boundary) {
    notes.push(`${label} has no boundary parameter; its body was read as plain text`);
    return undefined;
  }
  const delimiter = `--${boundary}`;
  const starts: { lineStart: number; contentStart: number; closing: boolean }[] = [];
  let cursor = entity.bodyStart;
  while (cursor < entity.bodyEnd) {
    let lineEnd = source.indexOf('\n', cursor);
    if (lineEnd === -1 || lineEnd > entity.bodyEnd) lineEnd = entity.bodyEnd;
    if (source.startsWith(delimiter, cursor)) {
      const rest = source.slice(cursor + delimiter.length, lineEnd).replace(/\r$/, '');
      const closing = rest.startsWith('--');
      if (/^[ \t]*$/.test(closing ? rest.slice(2) : rest)) {
        starts.push({ lineStart: cursor, contentStart: Math.min(lineEnd + 1, entity.bodyEnd), closing });
        if (closing) break;
      }
    }
    cursor = lineEnd + 1;
  }
  if (starts.length === 0) {
    notes.push(`${label}: the boundary "${truncate(boundary)}" never occurs in the body, which was read as plain text`);
    return undefined;
  }
  const last = starts[starts.length - 1]!;
  if (!last.closing) notes.push(`${label} ${truncatedNote}, so its last part was read up to the end of the file`);
  const children: Entity[] = [];
  for (let index = 0; index < starts.length; index++) {
    const from = starts[index]!;
    if (from.closing) break;
    const next = starts[index + 1];
    // The line break before a boundary belongs to the boundary.
    let to = next ? next.lineStart : entity.bodyEnd;
    if (next) {
      if (source[to - 1] === '\n') to--;
      if (source[to - 1] === '\r') to--;
    }
    const child = readEntity(source, from.contentStart, Math.max(from.contentStart, to), notes, false);
    if (child) children.push(child);
  }
  return children;
}

/** Decode a part, read it as HTML or text, and map its units back into the raw file. */
function lintPart(source: string, part: Part, document: TextDocument, notes: string[]): void {
  const { entity, type, label } = part;
  const encoding = (headerValue(entity, 'content-transfer-encoding') ?? '7bit').toLowerCase().trim();
  let decoded: Decoded;
  if (encoding === 'base64' && /[^A-Za-z0-9+/=\s]/.test(source.slice(entity.bodyStart, entity.bodyEnd))) {
    notes.push(`${label} is not valid base64; what could be decoded was linted`);
  }
  if (encoding === 'quoted-printable' || encoding === 'base64') {
    const bytes =
      encoding === 'base64'
        ? decodeBase64(source, entity.bodyStart, entity.bodyEnd)
        : decodeQuotedPrintable(source, entity.bodyStart, entity.bodyEnd);
    decoded = decodeCharset(bytes, type.params['charset'], label, notes);
  } else {
    if (!/^(?:7bit|8bit|binary)$/.test(encoding)) {
      notes.push(`${label} has the unknown transfer encoding "${truncate(encoding)}"; it was read as written`);
    }
    // The file was read as text already: its characters are the part's characters.
    const text = source.slice(entity.bodyStart, entity.bodyEnd);
    const offsets: number[] = [];
    for (let index = 0; index <= text.length; index++) offsets.push(entity.bodyStart + index);
    decoded = { text, offsets };
  }
  const inner = type.type === 'text/html' ? parseHtml(decoded.text) : parseText(decoded.text);
  const map = (offset: number) => decoded.offsets[Math.max(0, Math.min(offset, decoded.offsets.length - 1))] ?? entity.bodyEnd;
  for (const unit of inner.units) {
    const mapped: TextUnit = { ...unit, offsets: unit.offsets.map(map), label };
    document.units.push(mapped);
  }
  for (const directive of inner.directives) {
    const mapped: Directive = { ...directive, offset: map(directive.offset), endOffset: map(directive.endOffset) };
    document.directives.push(mapped);
  }
  // Lines in a part's notes count from the start of the decoded part.
  for (const note of inner.notes ?? []) notes.push(`${label}: ${note.replace(/^line (\d+):/, 'line $1 of the decoded part:')}`);
}

/** Decoded bytes, each with the offset in the file of the text that encodes it. */
interface Bytes {
  bytes: Uint8Array;
  offsets: number[];
  end: number;
}

/** Decoded text, each character with its offset in the file; `offsets[text.length]` is the end. */
interface Decoded {
  text: string;
  offsets: number[];
}

const encoder = new TextEncoder();

/** Quoted-printable (`=E2=80=99`, soft line breaks `=` at the end of a line), or RFC 2047 `Q` when `q` is set. */
function decodeQuotedPrintable(source: string, start: number, end: number, q = false): Bytes {
  const bytes: number[] = [];
  const offsets: number[] = [];
  let index = start;
  while (index < end) {
    const char = source[index]!;
    if (char === '=') {
      const hex = source.slice(index + 1, index + 3);
      if (/^[\da-fA-F]{2}$/.test(hex) && index + 3 <= end) {
        bytes.push(Number.parseInt(hex, 16));
        offsets.push(index);
        index += 3;
        continue;
      }
      const soft = /^[ \t]*\r?\n/.exec(source.slice(index + 1, Math.min(end, index + 80)));
      if (soft) {
        index += 1 + soft[0].length;
        continue;
      }
      if (index + 1 >= end) break;
    }
    if (q && char === '_') {
      bytes.push(0x20);
      offsets.push(index);
      index++;
      continue;
    }
    const code = source.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) {
      bytes.push(code);
      offsets.push(index);
    } else {
      // Not valid quoted-printable, but seen in the wild: keep the character as UTF-8.
      for (const byte of encoder.encode(source.slice(index, index + width))) {
        bytes.push(byte);
        offsets.push(index);
      }
    }
    index += width;
  }
  return { bytes: Uint8Array.from(bytes), offsets, end };
}

/** Base64: each byte points at the base64 character that holds its first bits. */
function decodeBase64(source: string, start: number, end: number): Bytes {
  let alphabet = '';
  const positions: number[] = [];
  for (let index = start; index < end; index++) {
    const char = source[index]!;
    if (/[A-Za-z0-9+/]/.test(char)) {
      alphabet += char;
      positions.push(index);
    }
  }
  const bytes = new Uint8Array(Buffer.from(alphabet, 'base64'));
  const offsets: number[] = [];
  for (let index = 0; index < bytes.length; index++) offsets.push(positions[Math.floor((index * 4) / 3)] ?? start);
  return { bytes, offsets, end };
}

const multiByteEncodings = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);

/** Decode bytes in a charset, keeping each character's offset in the file. */
function decodeCharset(input: Bytes, charset: string | undefined, label: string, notes: string[]): Decoded {
  const decoder = decoderFor(input.bytes, charset, label, notes);
  const { bytes, offsets: byteOffsets, end } = input;
  const text = decoder.decode(bytes);
  const offsets: number[] = [];
  if (!multiByteEncodings.has(decoder.encoding) && text.length === bytes.length) {
    for (const offset of byteOffsets) offsets.push(offset);
  } else if (decoder.encoding === 'utf-8' && !text.includes('\ufffd')) {
    let byte = 0;
    for (const char of text) {
      const lead = bytes[byte] ?? 0;
      const width = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      for (let unit = 0; unit < char.length; unit++) offsets.push(byteOffsets[byte] ?? end);
      byte += width;
    }
  }
  if (offsets.length !== text.length) {
    // Any charset, byte by byte: whatever a byte completes comes from where its sequence started.
    offsets.length = 0;
    const streaming = new TextDecoder(decoder.encoding, { ignoreBOM: true });
    let out = '';
    let sequenceStart = 0;
    for (let index = 0; index < bytes.length; index++) {
      const chunk = streaming.decode(bytes.subarray(index, index + 1), { stream: true });
      if (chunk.length > 0) {
        for (let unit = 0; unit < chunk.length; unit++) offsets.push(byteOffsets[sequenceStart] ?? end);
        out += chunk;
        sequenceStart = index + 1;
      }
    }
    const rest = streaming.decode();
    for (let unit = 0; unit < rest.length; unit++) offsets.push(byteOffsets[sequenceStart] ?? end);
    out += rest;
    offsets.push(end);
    return { text: out, offsets };
  }
  offsets.push(end);
  return { text, offsets };
}

function decoderFor(bytes: Uint8Array, charset: string | undefined, label: string, notes: string[]): InstanceType<typeof TextDecoder> {
  const name = (charset ?? 'us-ascii').trim().replace(/^["']|["']$/g, '').replace(/\*.*$/, '').toLowerCase() || 'us-ascii';
  try {
    return new TextDecoder(name, { ignoreBOM: true });
  } catch {
    let fallback = 'windows-1252';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      fallback = 'utf-8';
    } catch {
      // Not UTF-8: the most common single-byte charset is the best guess.
    }
    notes.push(`${label} declares the unknown charset "${truncate(name)}"; it was read as ${fallback.toUpperCase()}`);
    return new TextDecoder(fallback, { ignoreBOM: true });
  }
}

const encodedWord = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/** The subject, encoded words decoded, each character mapped into the file. */
function subjectUnit(header: Header, notes: string[]): TextUnit | undefined {
  const { value, offsets } = header;
  const end = offsets[value.length]!;
  const builder = new UnitBuilder('subject');
  let cursor = 0;
  // Encoded words next to each other, with only white space between them, are decoded together: a character
  // may be split across two of them.
  let run: { charset: string; bytes: number[]; offsets: number[] } | undefined;
  const flush = () => {
    if (!run) return;
    const decoded = decodeCharset({ bytes: Uint8Array.from(run.bytes), offsets: run.offsets, end }, run.charset, 'the subject', notes);
    builder.appendMapped(decoded.text, decoded.offsets, end);
    run = undefined;
  };
  for (const match of value.matchAll(encodedWord)) {
    const between = value.slice(cursor, match.index);
    if (!(run && /^[ \t]*$/.test(between))) {
      flush();
      if (between) builder.appendMapped(between, offsets.slice(cursor, match.index), end);
    }
    const [, charset = '', kind = '', text = ''] = match;
    const textStart = match.index + match[0].length - 2 - text.length;
    const bytes =
      kind.toLowerCase() === 'b'
        ? decodeBase64(value, textStart, textStart + text.length)
        : decodeQuotedPrintable(value, textStart, textStart + text.length, true);
    const normalized = charset.replace(/\*.*$/, '').toLowerCase();
    if (run && run.charset !== normalized) flush();
    run ??= { charset: normalized, bytes: [], offsets: [] };
    // Element by element: an encoded word can be long, and a spread of that many arguments overflows the stack.
    for (const byte of bytes.bytes) run.bytes.push(byte);
    for (const offset of bytes.offsets) run.offsets.push(offsets[offset] ?? end);
    cursor = match.index + match[0].length;
  }
  flush();
  if (cursor < value.length) builder.appendMapped(value.slice(cursor), offsets.slice(cursor), end);
  const unit = builder.build();
  // postal-mime is the reference for header decoding; where it reads the subject otherwise, its reading wins and
  // every character points at the start of the subject.
  const reference = safeDecodeWords(value);
  if (reference !== undefined && reference !== (unit?.text ?? '')) {
    const fallback = new UnitBuilder('subject');
    fallback.appendSeparator(reference, offsets[0] ?? end);
    const built = fallback.build();
    return built ? masked(built) : undefined;
  }
  return unit ? masked(unit) : undefined;
}

/** Merge tags (`*|FNAME|*`, `{{name}}`) and addresses in the subject are masked as they are in bodies. */
function masked(unit: TextUnit): TextUnit {
  return { ...unit, text: maskAddresses(maskTemplates(unit.text)), label: 'Subject' };
}

function safeDecodeWords(value: string): string | undefined {
  try {
    return decodeWords(value);
  } catch {
    return undefined;
  }
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

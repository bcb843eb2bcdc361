import type { TextUnit, UnitKind } from '../types.js';

/**
 * Template tags that are never copy, in one pass: Liquid `{% comment %}` blocks first (their text is a note to
 * the developer), then Handlebars triple stashes, double braces, Liquid/Jinja/Nunjucks tags and comments, Smarty comments (`{* … *}`),
 * Mailchimp merge tags, ERB, `%%var%%`, Template Toolkit `[% ... %]`, and the placeholders of the PHP and
 * Ruby frameworks whose mail templates and catalogues are common: phpBB `{USERNAME}`, Symfony `%name%`,
 * Laravel `:name` and JavaScript `${name}`, PHP `<?= … ?>` / `<?php … ?>` and Blade `{!! … !!}`. The last three are read as placeholders only where they cannot
 * be prose: an identifier with no space inside, `:name` only after white space or an opening bracket.
 *
 * A tag in square brackets that is an alarm word ("[URGENT]", "[IMPORTANT]") is a subject-line label, never a merge tag.
 *
 * phpBB `{NAME}` and Laravel `:name` are also emoticons, CSS selectors and capitals in braces ("{OK}", ":root",
 * "(:we reply within a day)"), so they count only where they are placeholders: in catalogue strings (see
 * `TemplateOptions`), in a source that has other template syntax, and in a source with two `{NAME}` tags or
 * more (phpBB's mail templates have no other syntax).
 *
 * Game servers' catalogues colour their strings with `&4` or `§c` codes glued to the text ("&cYour session
 * expired"); in catalogue strings only, at the start of a line or before a capital, they are read as formatting
 * that prints nothing (elsewhere `&c` starts an HTML entity or is prose: "Fish &chips").
 */
const templateTag =
  /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s-][\s\S]*?#\}|\{\*[\s*][\s\S]*?\*\}|\{#[A-Za-z][^{}\n]*?\s#\}|\*\|[A-Za-z0-9_:-]+\|\*|<%[\s\S]*?%>|%%[A-Za-z0-9_.:-]+%%|\[%[\s\S]*?%\]|\{[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?:\.[A-Z0-9_]+)*\}|\[(?!(?:URGENT|IMPORTANT|WARNING|ATTENTION|NOTICE|REMINDER|FINAL|ALERT)\])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?::[A-Z0-9_]+)?\](?![(\[:])|(?<![\p{L}\p{N}%])%[A-Za-z_][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)*%(?![\p{L}\p{N}])|(?<=^|[\s(\[]):[a-z_][a-z0-9_]*(?![\p{L}\p{N}:])|\$\{\s*(?:_|gettext|ugettext)\s*\((?:"[^"\n]*"|'[^'\n]*'|[^()"'\n])*\)[^}\n]*\}|\$\{[^{}\n]{1,200}\}|<#[a-z][^>\n]*>|<\/#[a-z]+\s*>|<@[\w.]+(?:\s[^>\n]*)?\/?>|<\/@[\w.]+\s*>|<\?(?:=|php\b)[\s\S]*?\?>|\{!![\s\S]*?!!\}|\{\$[^{}\n]{1,200}\}|\{\/?(?:if|elseif|else|foreach|foreachelse|section|sectionelse|include|assign|capture|literal|strip|block|extends)\b[^{}\n]{0,200}\}/gu;

/**
 * A Laravel Blade template: a layout or section directive, or a closing directive. Only there are Blade's
 * directives read as template logic, so an "@if" or "@else" in prose stays prose elsewhere.
 */
const bladeSource = /(?:^|\s)@(?:extends|section|component|endsection|endif|endforeach|endcomponent|endforelse|endisset|endunless)\b/;
/**
 * Blade directives, which print nothing: `@if($invoice->type == InvoiceType::CREDIT)`, `@else`, `@endif`,
 * `@foreach ($items as $item)`, `@section('content')`, `@component('mail::message')`, with one level of nested
 * parentheses in their arguments.
 */
const bladeDirective =
  /(?<![\w@.])@(if|elseif|else|endif|unless|endunless|isset|endisset|empty|endempty|switch|case|break|default|endswitch|foreach|endforeach|forelse|endforelse|for|endfor|while|endwhile|auth|endauth|guest|endguest|can|endcan|extends|section|endsection|yield|show|stop|parent|include|includeIf|includeWhen|component|endcomponent|slot|endslot|push|endpush|stack|php|endphp|csrf|method|props|lang|choice|inject|once|endonce|verbatim|endverbatim)\b(?:[ \t]*\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*\))?/g;

/** Game servers' colour and style codes, read in catalogue strings only (see `scanTemplateTags`). */
const colourCodes = /(?<=^|\n|[&§][0-9a-fk-or])[&§][0-9a-fk-or](?![a-z]*;)|(?<=[\s\p{P}])[&§][0-9a-fk-or](?=[\p{Lu}\p{N}\s&§])/gu;

/** The character a masked value tag is filled with: a lower-case letter that no rule pattern looks for. */
export const PLACEHOLDER_CHAR = 'x';

/** A template tag found in a source, with its role. */
export interface TemplateTag {
  start: number;
  end: number;
  /**
   * `value` tags (`{{name}}`, `{{{body}}}`, `*|FNAME|*`, `<%= x %>`, `%%var%%`, `[% name %]`, `{USERNAME}`,
   * `%name%`, `:name`) stand for a word of the sentence; `logic` tags (`{% if %}`, `{{#if}}`, `{{else}}`,
   * `<% end %>`, `[% IF x %]`, comments) stand for nothing.
   */
  role: 'value' | 'logic';
  /** For logic tags that open, divide or close a block with branches. */
  block?: 'open' | 'branch' | 'close';
}

/** How template tags are read. */
export interface TemplateOptions {
  /**
   * Read phpBB `{NAME}` and Laravel `:name` as placeholders even when the source has no other template syntax:
   * true for catalogue strings, where a bare `:count` or `{SITENAME}` can only be one.
   */
  frameworkPlaceholders?: boolean;
}

/**
 * phpBB `{NAME}`, square-bracket merge tags `[SITENAME]` (Joomla extensions, many mailers) and Laravel `:name`:
 * placeholders only in catalogues or beside other template syntax.
 */
const frameworkPlaceholder = /^(?:\{[A-Z]|\[[A-Z]|:)/;

/** The tags of a catalogue string that also holds game servers' colour codes (`&4`, `§c`), which print nothing. */
function withColourCodes(source: string, options: TemplateOptions): TemplateTag[] {
  // The whole code becomes blank, so a placeholder right after it ("&7%REASON%") still starts a tag.
  const tags = scanTemplateTags(source.replace(/[&§][0-9a-fk-or]/g, '  '), options);
  for (const match of source.matchAll(colourCodes)) {
    const start = match.index;
    if (!tags.some((tag) => tag.start < start + 2 && start < tag.end)) tags.push({ start, end: start + 2, role: 'logic' });
  }
  return tags.sort((a, b) => a.start - b.start);
}

/** Every template tag in `source`, in order. */
export function scanTemplateTags(source: string, options: TemplateOptions = {}): TemplateTag[] {
  const tags: TemplateTag[] = [];
  // A cheap test first; a percent sign alone ("50% off") is not worth the whole pattern.
  if (options.frameworkPlaceholders && /[&§][0-9a-fk-or]/.test(source)) return withColourCodes(source, options);
  if (!/\{\{|\{%|\{#|\{\*|\*\||<%|%%|%[A-Za-z_]|\[%|\{[A-Z]|\[[A-Z][A-Z0-9_:]*\]|:[a-z_]|\$\{|<\?|\{!!|<\/?[#@]|@[a-z]|\{\$|\{\/?(?:if|else|foreach)\b/.test(source)) return tags;
  let framework = false;
  let other = false;
  let phpbb = 0;
  for (const match of source.matchAll(templateTag)) {
    const text = match[0];
    if (frameworkPlaceholder.test(text)) {
      framework = true;
      if (text.startsWith('{') || text.startsWith('[')) phpbb++;
    } else other = true;
    const tag: TemplateTag = { start: match.index, end: match.index + text.length, role: roleOf(text) };
    const block = blockOf(text);
    if (block) tag.block = block;
    tags.push(tag);
  }
  if (bladeSource.test(source)) {
    for (const match of source.matchAll(bladeDirective)) {
      const start = match.index;
      if (tags.some((tag) => tag.start <= start && start < tag.end)) continue;
      const tag: TemplateTag = { start, end: start + match[0].length, role: 'logic' };
      const name = match[1]!.toLowerCase();
      if (/^(?:if|unless|isset|empty|switch|foreach|forelse|auth|guest|can)$/.test(name)) tag.block = 'open';
      else if (/^(?:elseif|else|case)$/.test(name)) tag.block = 'branch';
      else if (/^end(?:if|unless|isset|empty|switch|foreach|forelse|auth|guest|can)$/.test(name)) tag.block = 'close';
      tags.push(tag);
      other = true;
    }
    tags.sort((a, b) => a.start - b.start);
  }
  // A PHP file ends its last block without `?>`, as its style guides ask: `echo esc_html__( 'Your order…' )` to the
  // end of a plain-text e-mail template. When that block follows copy, or prints copy through translation calls, it is
  // one block of PHP; a file of PHP alone with no translation call (a language array) is read as it is.
  const open = source.lastIndexOf('<?php');
  // Only where PHP code follows the tag (a statement, a variable, a call); "must start with <?php on its first line"
  // in a plain-text e-mail is copy that names the tag.
  const phpCode = /^<\?php\b[ \t]*(?:\r?\n|[ \t]*(?:\$|echo\b|print\b|if\b|foreach\b|use\b|namespace\b|require|include|defined\b|declare\b|function\b|\/\*|\/\/|[a-z_]\w*\s*\())/;
  if (open !== -1 && !source.includes('?>', open) && phpCode.test(source.slice(open, open + 200)) && !tags.some((tag) => tag.start <= open && open < tag.end)) {
    const block: TemplateTag = { start: open, end: source.length, role: 'logic' };
    // After the template's own copy, a block left open is code to the end (`$body = ob_get_clean(); /* … */`).
    if (open > 0 || phpTranslationCalls(source, block).length > 1) {
      tags.splice(0, tags.length, ...tags.filter((tag) => tag.end <= open), block);
      other = true;
    }
  }
  // Two `{NAME}` or `[NAME]` tags make a template (such mail templates have no other syntax); one is a key in braces
  // or a word in brackets.
  if (framework && !other && phpbb < 2 && !options.frameworkPlaceholders) return [];
  return tags.flatMap((tag) =>
    tag.role === 'value' || source.startsWith('<?', tag.start) || /^\{%-?\s*(?:trans|translate)\s/.test(source.slice(tag.start, tag.start + 16)) ? translationCall(source, tag) : [tag],
  );
}

/**
 * A translation call with its text as a literal prints that text: `{{ _('Please pay this invoice.') }}` (Jinja,
 * Django), `{% trans "Thank you for applying." %}` (Django), `{{t "Your video has been blocked"}}` (Handlebars), `<%= t :body, "Your login has been suspended." %>`
 * (Rails), `{{ __('Thanks for your order') }}` and `{!! __('Questions? <a href=":url">Ask us</a>') !!}` (Blade), `${_("Dear {full_name}")}` (Mako). The literal is read as
 * copy; the call around it prints nothing. A call by key alone (`{{ t('emails.welcome') }}`) stays a placeholder.
 */
const translationCallPattern =
  /^(?:\{\{\{?|\{!!|<%=|\$\{|\{%(?=-?\s*(?:trans|translate)\s))[-~\s]*(?:_|__|t|tr|trans|gettext|ugettext|translate|i18n\.t|\$t|lang|_t)\s*\(?\s*(?::[\w.]+\s*,\s*)?(?:(["'])((?:(?!\1)[^\\\n]|\\.)*)\1)/;
/**
 * PHP translation calls, which print or return their text, anywhere in a block of PHP: WordPress's `<?php
 * esc_html_e( 'Wait! Don't leave yet', 'shop' ); ?>`, `<?= __('…') ?>`, `printf( esc_html__( 'Hi %s,', 'shop' ), $name )`,
 * `$msg = __( 'Your account has been approved' );`, gettext's `_('…')`, Drupal's `$this->t('…')`, Symfony's
 * `$translator->trans('…')` and b2evolution's `T_('…')`. A PHP literal may run over several lines.
 */
const phpTranslationCallPattern =
  /(?<![\w$])(?:_e|esc_html_e|esc_attr_e|__|esc_html__|esc_attr__|_x|_ex|esc_html_x|esc_attr_x|_n|_|gettext|ngettext|trans|lang|t|T_|TS_|NT_|_t|translate)\s*\(\s*(["'])((?:(?!\1)[^\\]|\\[\s\S])*)\1/g;
/** Values in a PHP literal that the code fills in: printf's `%s`, `%1$s`, `%d`, and a heredoc's `{$first_name}`. */
const literalValue = /\{\$[^{}\n]{1,200}\}|%(?:\d+\$)?[sdif]/g;

/** A key ("emails.welcome.subject", "nav_home") is no sentence: only a literal with a space in it is copy. */
function isCopyLiteral(literal: string): boolean {
  return /\p{L}[^\s]*\s+\S/u.test(literal) && !/^[\w.:-]+$/.test(literal);
}

/** A heredoc of PHP, whose body is a page of markup or text: `$content = <<<HTML … HTML;`. */
const phpHeredoc = /<<<[ \t]*(["']?)([A-Za-z_]\w*)\1[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*\2(?![A-Za-z0-9_\x80-\uffff])/g;

/** A block of PHP with the literals of its translation calls and its heredocs read as copy; the code around them prints nothing. */
function phpTranslationCalls(source: string, tag: TemplateTag): TemplateTag[] {
  const parts: TemplateTag[] = [];
  let cursor = tag.start;
  const text = source.slice(tag.start, tag.end);
  const found: { start: number; literal: string }[] = [];
  for (const match of text.matchAll(phpTranslationCallPattern)) found.push({ start: match.index + match[0].length - match[2]!.length - 1, literal: match[2]! });
  for (const match of text.matchAll(phpHeredoc)) found.push({ start: match.index + match[0].indexOf('\n') + 1, literal: match[3]! });
  found.sort((a, b) => a.start - b.start);
  for (const { start, literal } of found) {
    if (!isCopyLiteral(literal)) continue;
    const literalStart = tag.start + start;
    if (literalStart < cursor) continue;
    parts.push({ start: cursor, end: literalStart, role: 'logic' });
    for (const value of literal.matchAll(literalValue)) parts.push({ start: literalStart + value.index, end: literalStart + value.index + value[0].length, role: 'value' });
    cursor = literalStart + literal.length;
  }
  if (parts.length === 0) return [tag];
  parts.push({ start: cursor, end: tag.end, role: 'logic' });
  return parts.filter((part) => part.end > part.start);
}

function translationCall(source: string, tag: TemplateTag): TemplateTag[] {
  if (source.startsWith('<?', tag.start)) return phpTranslationCalls(source, tag);
  const text = source.slice(tag.start, tag.end);
  const match = translationCallPattern.exec(text);
  const literal = match?.[2];
  if (!match || literal === undefined || !isCopyLiteral(literal)) return [tag];
  const literalStart = tag.start + match[0].length - literal.length - 1;
  const literalEnd = literalStart + literal.length;
  return [
    { start: tag.start, end: literalStart, role: 'logic' },
    { start: literalEnd, end: tag.end, role: 'logic' },
  ];
}

/** Template Toolkit directives that print nothing. */
const templateToolkitLogic = /^\[%[-~+]?\s*(?:#|(?:IF|ELSIF|ELSE|END|UNLESS|FOREACH|FOR|WHILE|SWITCH|CASE|SET|DEFAULT|CALL|BLOCK|INCLUDE|PROCESS|WRAPPER|FILTER|USE|MACRO|LAST|NEXT|RETURN|STOP|TRY|CATCH|FINAL|THROW|CLEAR|META|TAGS)\b)/;

/** Smarty and Latte directives, which print nothing: `{if $late}`, `{else}`, `{/if}`, `{foreach …}`. */
const smartyLogic = /^\{\/?(?:if|elseif|else|foreach|foreachelse|section|sectionelse|include|assign|capture|literal|strip|block|extends)\b/;

function roleOf(tag: string): 'value' | 'logic' {
  if (tag.startsWith('{%') || tag.startsWith('{#') || tag.startsWith('{*')) return 'logic';
  if (smartyLogic.test(tag)) return 'logic';
  if (tag.startsWith('<?')) return tag.startsWith('<?=') ? 'value' : 'logic';
  // FreeMarker directives and macros: `<#if x??>`, `</#list>`, `<@layout.footer/>`.
  if (/^<\/?[#@]/.test(tag)) return 'logic';
  if (tag.startsWith('[%')) return templateToolkitLogic.test(tag) ? 'logic' : 'value';
  if (tag.startsWith('<%')) return /^<%=/.test(tag) ? 'value' : 'logic';
  // Handlebars and Mustache sections, inverted sections, closers, `else`, comments and partials.
  if (tag.startsWith('{{') && !tag.startsWith('{{{')) return /^\{\{~?\s*(?:[#^/!>]|else\b)/.test(tag) ? 'logic' : 'value';
  return 'value';
}

/** Liquid/Jinja/Nunjucks, Handlebars/Mustache and ERB tags that open, divide or close conditional blocks. */
function blockOf(tag: string): TemplateTag['block'] {
  let match = /^\{%-?\s*(\w+)/.exec(tag);
  if (match) {
    const name = match[1]!.toLowerCase();
    if (/^(?:if|unless|case|for)$/.test(name)) return 'open';
    if (/^(?:elsif|elif|elseif|else|when)$/.test(name)) return 'branch';
    if (/^(?:endif|endunless|endcase|endfor)$/.test(name)) return 'close';
    return undefined;
  }
  match = /^\{\{~?\s*([#^/]?)\s*(\w*)/.exec(tag);
  if (match && tag.startsWith('{{') && !tag.startsWith('{{{')) {
    const [, sigil, name = ''] = match;
    if (sigil === '#') return 'open';
    if (sigil === '^') return name ? 'open' : 'branch';
    if (sigil === '/') return 'close';
    if (name === 'else') return 'branch';
    return undefined;
  }
  match = /^<(\/?)#(\w+)/.exec(tag);
  if (match) {
    const name = match[2]!;
    if (match[1]) return name === 'if' || name === 'list' || name === 'switch' ? 'close' : undefined;
    if (name === 'if' || name === 'list' || name === 'switch') return 'open';
    if (name === 'elseif' || name === 'else' || name === 'case') return 'branch';
    return undefined;
  }
  match = /^\{(\/?)(if|elseif|else)\b/.exec(tag);
  if (match) return match[1] ? 'close' : match[2] === 'if' ? 'open' : 'branch';
  match = /^\[%[-~+]?\s*([A-Z]+)\b/.exec(tag);
  if (match) {
    const name = match[1]!;
    if (/^(?:IF|UNLESS|SWITCH|FOREACH|FOR|WHILE)$/.test(name)) return 'open';
    if (/^(?:ELSIF|ELSE|CASE)$/.test(name)) return 'branch';
    if (name === 'END') return 'close';
    return undefined;
  }
  match = /^<%-?\s*([\s\S]*?)\s*-?%>$/.exec(tag);
  if (match && !tag.startsWith('<%=') && !tag.startsWith('<%#')) {
    const code = match[1]!;
    if (/^(?:if|unless|case)\b/.test(code) || /\bdo(?:\s*\|[^|]*\|)?$/.test(code)) return 'open';
    if (/^(?:elsif|else|when)\b/.test(code)) return 'branch';
    if (/^end\b/.test(code)) return 'close';
  }
  return undefined;
}

/** Mask template tags in `source`, keeping its length and line breaks. */
export function maskTemplates(source: string, options: TemplateOptions = {}): string {
  const tags = scanTemplateTags(source, options);
  if (tags.length === 0) return source;
  let out = '';
  let cursor = 0;
  for (const tag of tags) {
    out += source.slice(cursor, tag.start) + maskRun(source.slice(tag.start, tag.end), tag.role === 'logic' ? ' ' : PLACEHOLDER_CHAR);
    cursor = tag.end;
  }
  return out + source.slice(cursor);
}

function maskRun(text: string, fill: string): string {
  let out = '';
  for (const char of text) {
    if (char === '\n' || char === '\r') out += char;
    else out += fill.repeat(char.length);
  }
  return out;
}

/** The branches of one conditional block, as source ranges between its tags. */
export interface TemplateChain {
  branches: [number, number][];
}

/**
 * Conditional blocks with two branches or more (`{% if %}…{% else %}…{% endif %}`, `{{#if}}…{{else}}…{{/if}}`,
 * `{% case %}…{% when %}…`). Unbalanced tags are read as well as they can be; a block never closed is dropped.
 */
export function templateChains(source: string): TemplateChain[] {
  const chains: TemplateChain[] = [];
  const open: { branches: [number, number][]; from: number }[] = [];
  for (const tag of scanTemplateTags(source)) {
    if (tag.block === 'open') open.push({ branches: [], from: tag.end });
    else if (tag.block === 'branch' && open.length > 0) {
      const top = open[open.length - 1]!;
      top.branches.push([top.from, tag.start]);
      top.from = tag.end;
    } else if (tag.block === 'close' && open.length > 0) {
      const top = open.pop()!;
      top.branches.push([top.from, tag.start]);
      if (top.branches.length > 1) chains.push({ branches: top.branches });
    }
  }
  return chains;
}

/**
 * Give each branch of a conditional block its own reading. A unit whose text runs through two branches of the
 * same block ("Your order {% if vip %}ships free{% else %}ships Monday{% endif %}.") is replaced by one unit
 * per branch ("Your order ships free." and "Your order ships Monday."), so branches are linted as the reader
 * sees them and never merge into one sentence. Text outside the block is shared by the variants; the linter
 * reports a finding there once, since findings at the same place are de-duplicated.
 */
export function expandTemplateBranches(units: TextUnit[], source: string): TextUnit[] {
  const chains = templateChains(source);
  if (chains.length === 0) return units;
  const out: TextUnit[] = [];
  for (const unit of units) for (const reading of expandUnit(unit, chains)) out.push(reading);
  return out;
}

/** Beyond this many readings a unit is left as it is: a template that intricate is read once, merged. */
const maxVariants = 32;

interface CrossedChain {
  chain: TemplateChain;
  /** The branch each character of the unit is in, or -1. */
  branchOf: Int32Array;
  /** The branches with copy in this unit, in order. */
  present: number[];
}

function expandUnit(unit: TextUnit, chains: TemplateChain[]): TextUnit[] {
  const length = unit.text.length;
  if (length === 0) return [unit];
  let low = Infinity;
  let high = -Infinity;
  for (let index = 0; index < length; index++) {
    low = Math.min(low, unit.offsets[index]!);
    high = Math.max(high, unit.offsets[index]!);
  }
  const crossed: CrossedChain[] = [];
  for (const chain of chains) {
    const first = chain.branches[0]![0];
    const last = chain.branches[chain.branches.length - 1]![1];
    if (last <= low || first > high) continue;
    const branchOf = new Int32Array(length).fill(-1);
    const seen = new Set<number>();
    for (let index = 0; index < length; index++) {
      const offset = unit.offsets[index]!;
      const branch = chain.branches.findIndex(([start, end]) => offset >= start && offset < end);
      if (branch === -1) continue;
      branchOf[index] = branch;
      // Only copy makes a branch present: a line break after `{% if %}` does not.
      if (/\S/.test(unit.text[index]!)) seen.add(branch);
    }
    if (seen.size > 1) crossed.push({ chain, branchOf, present: [...seen].sort((a, b) => a - b) });
  }
  if (crossed.length === 0) return [unit];

  // One reading with the first branch of every block, then one per other branch: the block takes that branch,
  // the blocks around it take the branch that holds it, and every other block keeps its first branch.
  const picks: number[][] = [crossed.map((entry) => entry.present[0]!)];
  crossed.forEach((entry, chainIndex) => {
    for (const branch of entry.present.slice(1)) {
      const start = entry.chain.branches[branch]![0];
      picks.push(
        crossed.map((other, otherIndex) => {
          if (otherIndex === chainIndex) return branch;
          const holder = other.chain.branches.findIndex(([from, to]) => start >= from && start < to);
          return holder === -1 ? other.present[0]! : holder;
        }),
      );
    }
  });
  if (picks.length > maxVariants) return [unit];

  const out: TextUnit[] = [];
  const seen = new Set<string>();
  for (const pick of picks) {
    let text = '';
    const offsets: number[] = [];
    let dropped = false;
    for (let index = 0; index < length; index++) {
      const kept = crossed.every(({ branchOf }, chainIndex) => branchOf[index] === -1 || branchOf[index] === pick[chainIndex]);
      if (!kept) {
        dropped = true;
        continue;
      }
      const char = unit.text[index]!;
      // Where a branch was taken out, the spaces on either side of it would double up.
      if (dropped && char === ' ' && /\s/.test(text.slice(-1))) continue;
      dropped = false;
      text += char;
      offsets.push(unit.offsets[index]!);
    }
    offsets.push(unit.offsets[length]!);
    const key = `${text}\u0000${offsets.join(',')}`;
    if (seen.has(key) || !/[\p{L}\p{N}]/u.test(text)) continue;
    seen.add(key);
    out.push({ ...unit, text, offsets });
  }
  return out;
}

/** A backslash escape in a quoted string (JSON, YAML, JavaScript): `\n`, `\"`, `\u2019`, `\x41`, `\U0001F600`. */
const backslashEscape = /^\\(?:u[\da-fA-F]{4}|x[\da-fA-F]{2}|U[\da-fA-F]{8}|[\s\S])/;
const characterReference = /^&(?:#\d+|#x[\da-f]+|\w+);/i;

/**
 * Offsets in `source` of each character of `value`, a parsed form of `source.slice(start, end)` (escapes and
 * entities decoded). Characters written as themselves map to themselves; a decoded entity or escape maps to
 * where it starts.
 */
export function alignOffsets(value: string, source: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  if (source.slice(start, end) === value) {
    for (let index = 0; index < value.length; index++) offsets.push(start + index);
    return offsets;
  }
  let cursor = start;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    // Look a little ahead for the character; white space (indentation, folded lines) does not count.
    let found = -1;
    for (let probe = cursor, budget = 16; probe < end && budget > 0; probe++) {
      // The HTML parser reads a lone CR as a line feed, as browsers do.
      if (source[probe] === char || (char === '\n' && source[probe] === '\r' && source[probe + 1] !== '\n')) {
        found = probe;
        break;
      }
      if (!/\s/.test(source[probe]!)) budget--;
    }
    if (found === -1) {
      offsets.push(Math.min(cursor, Math.max(start, end - 1)));
      // An entity or escape stands for this character: move past it.
      const rest = source.slice(cursor, Math.min(end, cursor + 40));
      const reference = characterReference.exec(rest) ?? backslashEscape.exec(rest);
      if (reference) cursor += reference[0].length;
    } else {
      offsets.push(found);
      cursor = found + 1;
    }
  }
  return offsets;
}

/** Builds a unit's text piece by piece while recording where each character came from. */
export class UnitBuilder {
  private text = '';
  private readonly offsets: number[] = [];
  private lastEnd = -1;

  constructor(public kind: UnitKind) {}

  /** Append text that stands in the source exactly as written, starting at `start`. */
  appendVerbatim(value: string, start: number): void {
    for (let index = 0; index < value.length; index++) this.offsets.push(start + index);
    this.text += value;
    this.lastEnd = start + value.length;
  }

  /**
   * Append a parsed value (escapes and entities decoded) whose source is `source.slice(start, end)`.
   * Characters are aligned with the source so that positions stay exact around escapes and entities.
   */
  appendAligned(value: string, source: string, start: number, end: number): void {
    this.appendMapped(value, alignOffsets(value, source, start, end), end);
  }

  /** Append text whose characters come from the given offsets; `end` is where the appended run ends. */
  appendMapped(value: string, offsets: readonly number[], end: number): void {
    for (let index = 0; index < value.length; index++) this.offsets.push(offsets[index] ?? end);
    this.text += value;
    this.lastEnd = end;
  }

  /** Append a separator that has no source of its own (a line break between inline nodes, a masked node). */
  appendSeparator(value: string, at: number): void {
    for (let index = 0; index < value.length; index++) this.offsets.push(at);
    this.text += value;
    this.lastEnd = at;
  }

  get length(): number {
    return this.text.length;
  }

  /** Whether the text so far has a letter or digit, so that it would build into a unit. */
  get hasCopy(): boolean {
    return /[\p{L}\p{N}]/u.test(this.text);
  }

  /** The last character appended, or an empty string. */
  get lastChar(): string {
    return this.text.slice(-1);
  }

  build(): TextUnit | undefined {
    if (!/[\p{L}\p{N}]/u.test(this.text)) return undefined;
    return { kind: this.kind, text: this.text, offsets: [...this.offsets, this.lastEnd] };
  }
}

/** A unit whose text is a verbatim slice of the source. */
export function verbatimUnit(kind: UnitKind, source: string, start: number, end: number): TextUnit | undefined {
  const builder = new UnitBuilder(kind);
  builder.appendVerbatim(source.slice(start, end), start);
  return builder.build();
}

const urlOrAddress =
  /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>"'()]*[^\s<>"'().,;:!?]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;

/** Replace URLs and e-mail addresses with placeholder characters of the same length: they are not copy. */
export function maskAddresses(text: string): string {
  if (!/[@:.]/.test(text)) return text;
  return text.replace(urlOrAddress, (match) => PLACEHOLDER_CHAR.repeat(match.length));
}

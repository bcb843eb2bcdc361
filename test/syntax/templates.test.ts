import { describe, expect, it } from 'vitest';
import { expandTemplateBranches, maskTemplates, scanTemplateTags, templateChains } from '../../src/syntax/units.js';
import { parseText } from '../../src/syntax/text.js';
import { parseMarkdown } from '../../src/syntax/markdown.js';
import { parseHtml } from '../../src/syntax/html.js';
import { lintText } from '../../src/api.js';
import { expectFaithful, fixture, lineSlice, only, texts } from './helpers.js';

const x = (tag: string) => 'x'.repeat(tag.length);
const blank = (tag: string) => ' '.repeat(tag.length);
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('template tags', () => {
  it('masks value tags as a word and logic tags as space, keeping length and line breaks', () => {
    const cases: [string, string][] = [
      ['Hi {{ name }}!', `Hi ${x('{{ name }}')}!`],
      ['Hi {{{ name }}}!', `Hi ${x('{{{ name }}}')}!`],
      ['Hi *|FNAME|* and <%= user.name %> in %%city%%.', `Hi ${x('*|FNAME|*')} and ${x('<%= user.name %>')} in ${x('%%city%%')}.`],
      ['{% if a %}Yes{% endif %}', `${blank('{% if a %}')}Yes${blank('{% endif %}')}`],
      ['{{#if vip}}Free{{else}}Paid{{/if}}', `${blank('{{#if vip}}')}Free${blank('{{else}}')}Paid${blank('{{/if}}')}`],
      ['{{^items}}None{{/items}} {{! note }} {{> footer}}', `${blank('{{^items}}')}None${blank('{{/items}}')} ${blank('{{! note }}')} ${blank('{{> footer}}')}`],
      ['{# a Jinja note #}Hello', `${blank('{# a Jinja note #}')}Hello`],
      ['{**\n * NOTICE OF LICENSE\n *}Hi', `${blank('{**')}\n${blank(' * NOTICE OF LICENSE')}\n${blank(' *}')}Hi`],
      ['{* a Smarty note *}Hello {*nospace*}', `${blank('{* a Smarty note *}')}Hello {*nospace*}`],
      ['<% if late %>Sorry<% end %>', `${blank('<% if late %>')}Sorry${blank('<% end %>')}`],
      ['{% comment %}Do NOT ship{% endcomment %}Hi', `${blank('{% comment %}Do NOT ship{% endcomment %}')}Hi`],
      ['{{ a\n }}', `xxxx\nxxx`],
    ];
    for (const [source, masked] of cases) expect(maskTemplates(source), source).toBe(masked);
  });

  it('tells conditional tags from other tags', () => {
    const blocks = (source: string) => scanTemplateTags(source).map((tag) => tag.block ?? tag.role);
    expect(blocks('{% if a %}{% elsif b %}{% else %}{% endif %}{% assign c = 1 %}{{ d }}')).toEqual(['open', 'branch', 'branch', 'close', 'logic', 'value']);
    expect(blocks('{{#each xs}}{{else}}{{/each}}{{^}}{{{ raw }}}')).toEqual(['open', 'branch', 'close', 'branch', 'value']);
    expect(blocks('{% case s %}{% when 1 %}{% when 2 %}{% endcase %}')).toEqual(['open', 'branch', 'branch', 'close']);
    expect(blocks('<% items.each do |item| %><% end %><%= x %>')).toEqual(['open', 'close', 'value']);
  });

  it('finds conditional blocks with two branches or more, nested, and drops unclosed ones', () => {
    const source = '{% if a %}A{% if b %}B{% else %}C{% endif %}{% else %}D{% endif %}{% if e %}E{% endif %}{% if f %}F{% else %}G';
    const chains = templateChains(source).map((chain) => chain.branches.map(([start, end]) => source.slice(start, end)));
    expect(chains).toEqual([
      ['B', 'C'],
      ['A{% if b %}B{% else %}C{% endif %}', 'D'],
    ]);
  });
});

describe('template branches', () => {
  it('reads each branch of an inline conditional as its own sentence', () => {
    const source = 'Your order {% if vip %}ships free{% elsif late %}is late, sorry{% else %}ships Monday{% endif %}. Thanks!';
    const document = parseText(source);
    expect(document.units.map((unit) => squeeze(unit.text))).toEqual([
      'Your order ships free . Thanks!',
      'Your order is late, sorry . Thanks!',
      'Your order ships Monday . Thanks!',
    ]);
    expectFaithful(source, document.units);
  });

  it('works for Handlebars, Mustache sections and nested blocks, giving every branch a reading', () => {
    const handlebars = parseText('Hi {{name}}, {{#if overdue}}your invoice is overdue{{else}}thanks for paying{{/if}}.');
    expect(handlebars.units.map((unit) => squeeze(unit.text))).toEqual(['Hi xxxxxxxx, your invoice is overdue .', 'Hi xxxxxxxx, thanks for paying .']);
    const mustache = parseText('{{#items}}You have items.{{/items}}{{^items}}Your basket is empty.{{/items}}');
    expect(mustache.units).toHaveLength(1);
    const nested = parseText('{% if a %}One {% if b %}two{% else %}three{% endif %}{% else %}Four{% endif %} end.');
    expect(nested.units.map((unit) => squeeze(unit.text).trim())).toEqual(['One two end.', 'One three end.', 'Four end.']);
  });

  it('leaves a conditional with one branch, or a unit inside one branch, as it was', () => {
    const source = 'Hi {{first_name}}, your order {% if vip %}ships free{% endif %}.';
    expect(parseText(source).units).toHaveLength(1);
    const blocks = parseHtml('{% if late %}<p>Sorry, your order is late.</p>{% else %}<p>Your order is on time.</p>{% endif %}');
    expect(texts(blocks.units)).toEqual(['paragraph: Sorry, your order is late.', 'paragraph: Your order is on time.']);
  });

  it('applies in Markdown too', () => {
    const document = parseMarkdown('Delivery {{#if express}}is free{{else}}costs {{price}}{{/if}} today.\n');
    expect(document.units.map((unit) => squeeze(unit.text))).toEqual(['Delivery is free today.', 'Delivery costs xxxxxxxxx today.']);
  });

  it('reads the Liquid fixture branch by branch', () => {
    const source = fixture('order-status-liquid.html');
    const document = parseHtml(source);
    expect(texts(document.units)).toEqual([
      `paragraph: Hi ${x('{{ customer.first_name | default: "there" }}')},`,
      `paragraph: Your order ${x('{{ order.name }}')} is running late. We apologize for any inconvenience this may have caused.`,
      `paragraph: Good news: your order ${x('{{ order.name }}')} is on its way.`,
      `paragraph: We have your order ${x('{{ order.name }}')} and are packing it now.`,
      'paragraph: Delivery is free with Express . Questions? Just reply.',
      `paragraph: Delivery costs ${x('{{ shipping_price | money }}')} . Questions? Just reply.`,
      `paragraph: ${x('{{ line.quantity }}')} × ${x('{{ line.title }}')}`,
    ]);
    expectFaithful(source, document.units);
    expect(document.units.map((unit) => unit.text).join('\n')).not.toMatch(/Shopify|Branches/);
  });

  it('reports a finding in shared text once, and one inside a branch at its exact position', async () => {
    const shared = 'We apologize for any inconvenience this may have caused. {% if vip %}Your credit is on its way.{% else %}Your refund is on its way.{% endif %}';
    const sharedResult = await lintText(shared, { filePath: 'a.txt', config: only('no-hollow-apology') });
    expect(sharedResult.messages.map((message) => [message.line, message.column])).toEqual([[1, 14]]);

    const source = fixture('order-status-liquid.html');
    const result = await lintText(source, { filePath: 'order-status.html', config: only('no-hollow-apology') });
    expect(result.messages.map((message) => [message.messageId, message.line, message.column, message.endLine, message.endColumn])).toEqual([
      ['formulaic', 9, 68, 9, 110],
    ]);
    expect(lineSlice(source, 9, 68, 110)).toBe('for any inconvenience this may have caused');
  });

  it('expands nothing when the source has no conditionals', () => {
    const units = parseText('Plain copy.').units;
    expect(expandTemplateBranches(units, 'Plain copy.')).toBe(units);
  });
});

describe('placeholders of other template languages', () => {
  it('masks Template Toolkit, phpBB, Symfony, Laravel and ${} placeholders as words, and their logic as space', () => {
    const cases: [string, string][] = [
      ['Hello [% user.name %],', `Hello ${x('[% user.name %]')},`],
      ['[% IF late %]Sorry[% END %]', `${blank('[% IF late %]')}Sorry${blank('[% END %]')}`],
      ['[%~ ELSIF b ~%]', blank('[%~ ELSIF b ~%]')],
      ['Hello {USERNAME}, welcome to {SITENAME}.', `Hello ${x('{USERNAME}')}, welcome to ${x('{SITENAME}')}.`],
      ['Current: %currentState%.', `Current: ${x('%currentState%')}.`],
      ['Your refund for order :order_id is on its way', `Your refund for order ${x(':order_id')} is on its way`],
      ['Hi ${firstName}!', `Hi ${x('${firstName}')}!`],
      ["Write to <?=$values['contact_email']?> today.", `Write to ${x("<?=$values['contact_email']?>")} today.`],
      ['<?php if ($late) { ?>Sorry<?php } ?>', `${blank('<?php if ($late) { ?>')}Sorry${blank('<?php } ?>')}`],
      ['{!! $intro !!}', x('{!! $intro !!}')],
      // Blade's raw echo of a translation call prints its text, as `{{ __('…') }}` does.
      ['{!! __("If you didn\'t request this, contact us.") !!}', `${blank('{!! __("')}If you didn't request this, contact us.${blank('") !!}')}`],
    ];
    for (const [source, masked] of cases) expect(maskTemplates(source, { frameworkPlaceholders: true }), source).toBe(masked);
  });

  it('reads the literals of PHP translation calls anywhere in a block of PHP, and a last block left open to the end of the file', () => {
    const tag = "<?php printf( esc_html__( 'Hi %s,', 'shop' ), esc_html( $name ) ); ?>";
    const at = tag.indexOf('Hi');
    expect(maskTemplates(tag)).toBe(`${blank(tag.slice(0, at))}Hi ${x('%s')},${blank(tag.slice(at + 6))}`);
    const open = "<?php\n$msg = esc_html__( 'Your account has been approved', 'shop' );\n$to = $data['mail_to'];\necho __( 'Thanks for\nwaiting', 'shop' );\n";
    const masked = maskTemplates(open);
    expect(masked.length).toBe(open.length);
    expect(masked.split('\n').map((line) => line.trim())).toEqual(['', 'Your account has been approved', '', 'Thanks for', 'waiting', '']);
    // A PHP file with no translation call (a language array, a class) is read as it is.
    const array = "<?php\nreturn ['failed' => 'These credentials do not match our records.'];\n";
    expect(maskTemplates(array)).toBe(array);
    // One-word literals are keys or labels, not copy.
    expect(maskTemplates("<?php _e( 'Subtotal', 'shop' ); ?>")).toBe(blank("<?php _e( 'Subtotal', 'shop' ); ?>"));
  });

  it('leaves copy that names <?php alone, and ends a heredoc only at its marker as a word', () => {
    const text = 'Your plugin file must start with <?php on its first line.\n\nYou failed to pay.\n';
    expect(maskTemplates(text)).toBe(text);
    const php = '<?php\n$m = <<<MAIL\nMAIL servers rejected your file.\nMAIL;\n';
    expect(maskTemplates(php)).toContain('MAIL servers rejected your file.');
  });

  it('reads the literal of a Django {% trans %} tag and the heredocs of a PHP file as copy', () => {
    const django = '{% load i18n %}{% trans "Thank you for applying." %}\n{% trans greeting %}';
    const masked = maskTemplates(django);
    expect(masked.trim()).toBe('Thank you for applying.');
    expect(masked.length).toBe(django.length);
    const php = '<?php\n$content = <<<HTML\n<p>Hi {$first_name},</p>\n<p>We are unable to offer you a place.</p>\nHTML;\nsend($content);\n';
    const out = maskTemplates(php);
    expect(out).toContain('<p>Hi xxxxxxxxxxxxx,</p>');
    expect(out).toContain('<p>We are unable to offer you a place.</p>');
    expect(out).not.toMatch(/content|send|HTML;/);
  });

  it('reads Smarty and Latte {$var} as placeholders and {if}…{else}…{/if} as branches', () => {
    expect(maskTemplates('Hi {$name}, order #{$order.id} shipped.')).toBe(`Hi ${x('{$name}')}, order #${x('{$order.id}')} shipped.`);
    expect(maskTemplates('{if $late}Sorry{else}Thanks{/if}')).toBe(`${blank('{if $late}')}Sorry${blank('{else}')}Thanks${blank('{/if}')}`);
    const source = '{if $late}Your order is late.{else}Your order shipped.{/if}';
    const units = expandTemplateBranches(parseText(source).units, source);
    expect(units.map((unit) => unit.text.trim())).toEqual(['Your order is late.', 'Your order shipped.']);
    // Prose with braces stays prose.
    expect(maskTemplates('Use {braces} as you like, if {any}.')).toBe('Use {braces} as you like, if {any}.');
  });

  it('reads phpBB {NAME} and Laravel :name as placeholders only in catalogues, beside other template syntax, or two {NAME} together', () => {
    for (const source of [
      ':root { color: red }',
      'Thanks :p see you soon',
      'Open from 10 :am',
      'Contact us (:we reply within a day)',
      'Press {OK} to go on.',
      'Choose option {A} if you are unsure.',
    ]) {
      expect(maskTemplates(source), source).toBe(source);
    }
    expect(maskTemplates('Hi {{ name }}, :count seats are yours')).toBe(`Hi ${x('{{ name }}')}, ${x(':count')} seats are yours`);
    expect(maskTemplates('{% if late %}Sorry, {USERNAME}{% endif %}')).toBe(`${blank('{% if late %}')}Sorry, ${x('{USERNAME}')}${blank('{% endif %}')}`);
    expect(maskTemplates('Hello {USERNAME}', { frameworkPlaceholders: true })).toBe(`Hello ${x('{USERNAME}')}`);
  });

  it('reads game servers\' colour codes as formatting in catalogue strings only, never HTML entities', () => {
    expect(maskTemplates('&4Your IP address is blocked on this forum!', { frameworkPlaceholders: true })).toBe(`${blank('&4')}Your IP address is blocked on this forum!`);
    expect(maskTemplates('§a§lWelcome back, &ePlayer', { frameworkPlaceholders: true })).toBe(`${blank('§a')}${blank('§l')}Welcome back, ${blank('&e')}Player`);
    for (const source of ['Tom &amp; Jerry &copy; 2024 &nbsp;', 'Fish &chips', '&4Your IP is blocked']) {
      expect(maskTemplates(source, source.startsWith('&4') ? {} : { frameworkPlaceholders: true }), source).toBe(source);
    }
  });

  it('reads square-bracket merge tags as placeholders where two appear, never a Markdown link or one word in brackets', () => {
    expect(maskTemplates('Hi [FIRSTNAME], your [LEVEL] plan at [SITE_NAME] renews.')).toBe(`Hi ${x('[FIRSTNAME]')}, your ${x('[LEVEL]')} plan at ${x('[SITE_NAME]')} renews.`);
    expect(maskTemplates('Your [LEVEL] plan renews.', { frameworkPlaceholders: true })).toBe(`Your ${x('[LEVEL]')} plan renews.`);
    for (const source of ['Press [OK] to continue.', '[HELP](https://example.com/help) and [FAQ](https://example.com/faq)']) {
      expect(maskTemplates(source), source).toBe(source);
    }
  });

  it('leaves prose that looks like them alone', () => {
    for (const source of [
      'Save 50% off and 30% more.',
      'Note: read this first.',
      'Time 10:30, ratio 3:1, see https://example.com/a:b',
      'Use {braces} in lower case, {A lowercase phrase}, and :smile: emoji.',
      'Encoded %E2%80%99 stays.',
      'We are 100%sure.',
    ]) {
      expect(maskTemplates(source), source).toBe(source);
    }
  });

  it('reads Template Toolkit conditionals as branches', () => {
    const blocks = (source: string) => scanTemplateTags(source).map((tag) => tag.block ?? tag.role);
    expect(blocks('[% IF a %][% ELSIF b %][% ELSE %][% END %][% SET c = 1 %][% d %][%# note %]')).toEqual([
      'open',
      'branch',
      'branch',
      'close',
      'logic',
      'value',
      'logic',
    ]);
  });

  it('reads Blade directives as logic in a Blade template, with nested parentheses, and as prose elsewhere', () => {
    const blade = "@extends('emails.layout')\n@section('content')\n@if($invoice->type != \\App\\Constants\\InvoiceType::CREDIT)\nPay by {{ $due }}.\n@else\nThanks!\n@endif\n@endsection";
    expect(maskTemplates(blade)).toBe(
      `${blank("@extends('emails.layout')")}\n${blank("@section('content')")}\n${blank('@if($invoice->type != \\App\\Constants\\InvoiceType::CREDIT)')}\nPay by ${x('{{ $due }}')}.\n${blank('@else')}\nThanks!\n${blank('@endif')}\n${blank('@endsection')}`,
    );
    const blocks = (source: string) => scanTemplateTags(source).map((tag) => tag.block ?? tag.role);
    expect(blocks("@section('a')\n@foreach ($items as $item)\n@if (count($item->tags()) > 1)\n@elseif($x)\n@endif\n@endforeach")).toEqual(['logic', 'open', 'open', 'branch', 'close', 'close']);
    // Without a layout, section or closing directive, "@if" and "@else" are prose or handles.
    for (const source of ['Email me @ home, @if you like, or @else on Mastodon.', 'Ping @support (we reply fast).']) expect(maskTemplates(source), source).toBe(source);
  });

  it('reads FreeMarker directives and macros as logic, and ${} expressions as words', () => {
    expect(maskTemplates("<#if attributes??>Hi ${user.name ?: 'there'}<#else>Hello</#if> <@layout.footer/>")).toBe(
      `${blank('<#if attributes??>')}Hi ${x("${user.name ?: 'there'}")}${blank('<#else>')}Hello${blank('</#if>')} ${blank('<@layout.footer/>')}`,
    );
    expect(scanTemplateTags('<#list items as item>${item}<#else>None</#list><#assign a = 1>').map((tag) => tag.block ?? tag.role)).toEqual(['open', 'value', 'branch', 'close', 'logic']);
    expect(maskTemplates("Total: ${amount}, ${count > 1 ? 's' : ''}")).toBe(`Total: ${x('${amount}')}, ${x("${count > 1 ? 's' : ''}")}`);
  });

  it('keeps phpBB placeholders in a plain-text e-mail from reading as shouting', async () => {
    const result = await lintText('Subject: Inactive account reminder\n\nHello {USERNAME},\n\nYour account at "{SITENAME}" remains inactive.\n', {
      filePath: 'reminder.txt',
    });
    expect(result.messages.filter((message) => message.ruleId === 'no-shouting')).toEqual([]);
  });
});

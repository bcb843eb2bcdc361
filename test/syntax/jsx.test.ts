import { describe, expect, it } from 'vitest';
import { parseJsx } from '../../src/syntax/jsx.js';
import { lintText } from '../../src/api.js';
import { loadParser } from '../../src/syntax/index.js';
import { expectFaithful, only, texts } from './helpers.js';

const email = `import { Body, Heading, Html, Img, Link, Preview, Text } from "@react-email/components";

interface Props { invoiceNumber: string; customerName: string }

// A note to developers is never copy.
export const InvoiceOverdueEmail = ({ invoiceNumber = "INV-1", customerName = "Sam" }: Props) => {
  const text = \`Invoice \${invoiceNumber} is now overdue\`;
  return (
    <Html>
      <Preview>Your invoice is ready</Preview>
      <Body className="font-sans">
        <Img src="/logo.png" alt="Midway Books" />
        <Heading className="text-xl">
          Invoice {invoiceNumber} <br />
          is now overdue
        </Heading>
        <Text className={styles.text}>
          Invoice <span className="font-medium">{invoiceNumber}</span> to{" "}
          <strong>{customerName}</strong> is now overdue.
          {late && <Text>We have sent a reminder.</Text>}
        </Text>
        <Link href="https://example.com">{"View invoice details"}</Link>
      </Body>
    </Html>
  );
};
`;

describe('jsx syntax', () => {
  it('reads the text of elements, string literals between tags and copy attributes, never the code', () => {
    const document = parseJsx(email);
    expect(document.syntax).toBe('jsx');
    expect(texts(document.units).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'preheader: Your invoice is ready',
      'alt-text: Midway Books',
      'heading: Invoice xxxxxxxxxxxxx is now overdue',
      'paragraph: Invoice xxxxxxxxxxxxx to xxxxxxxxxxxx is now overdue.',
      'paragraph: We have sent a reminder.',
      'paragraph: View invoice details',
    ]);
    expectFaithful(email, document.units);
    const all = document.units.map((unit) => unit.text).join(' ');
    expect(all).not.toMatch(/import|className|developers|interface|INV-1/);
  });

  it('skips style sheets and scripts, reads copy attributes written as expressions, and masks a spaced placeholder whole', () => {
    const source =
      "import { Html, Body, Text } from '@react-email/components';\nexport default ({ n }) => <Html><head><style>{`.NOTE{color:red} /* DO NOT REMOVE */`}</style></head>\n  <Body><Text title={\"You failed to pay\"}>Thanks!</Text><Text>{`Only ${ n } left`}</Text></Body></Html>;\n";
    const document = parseJsx(source);
    expect(texts(document.units)).toEqual(['alt-text: You failed to pay', 'paragraph: Thanks!', 'paragraph: Only xxxxxx left']);
    expectFaithful(source, document.units);
  });

  it('is chosen for a component named explicitly, even one saved as .html, and loaded on demand', async () => {
    expect(await loadParser('jsx')).toBe(parseJsx);
    const result = await lintText(email, { filePath: 'emails/invoice-overdue.html', config: only('no-shouting') });
    expect(result.messages).toEqual([]);
    const shouting = await lintText(email.replace('is now overdue.', 'is now OVERDUE, PAY NOW.'), { filePath: 'emails/invoice-overdue.tsx', config: only('no-shouting') });
    expect(shouting.messages.map((message) => [message.line, message.column, message.endLine, message.endColumn])).toEqual([
      [19, 50, 19, 57],
      [19, 59, 19, 66],
    ]);
  });

  it('reads a React Email template as a message and a storefront component as UI strings', async () => {
    expect((await lintText(email, { filePath: 'emails/invoice.tsx' })).copyKind).toBe('message');
    const badge = `import { Badge } from "@/components/ui/badge";\nexport function StockBadge({ stock }: { stock: number }) {\n  if (stock <= 0) return <Badge>Out of stock</Badge>;\n  return <Badge>{stock <= 3 ? \`Only \${stock} left\` : "In stock"}</Badge>;\n}\n`;
    const result = await lintText(badge, { filePath: 'components/stock-badge.tsx' });
    expect(result.copyKind).toBe('ui-string');
    expect(texts(parseJsx(badge).units)).toEqual(['paragraph: Out of stock', 'paragraph: Only xxxxxxxx left', 'paragraph: In stock']);
    expect(result.messages.filter((message) => message.ruleId === 'acknowledge-problem' || message.ruleId === 'next-step')).toEqual([]);
  });

  it('reads entities and escapes decoded, mapped to the source', () => {
    const source = 'export const Popup = () => (<h2>Wait! Don&apos;t leave {"empty\\u2011handed"}</h2>);\n';
    const document = parseJsx(source);
    expect(texts(document.units)).toEqual(['heading: Wait! Don\'t leave empty\u2011handed']);
    expectFaithful(source, document.units, '&apos;\\u2011');
  });

  it('reads a module it cannot parse as plain text, and survives broken markup', () => {
    expect(parseJsx('import x from "y";\nexport const A = () => (<div>Unclosed <b>bold</div>').syntax).toBeDefined();
    const text = parseJsx('import { a } from "b"; export default a ||| ;;; <<<');
    expect(Array.isArray(text.units)).toBe(true);
  });
});

// Deterministic corpus of e-mail-sized Markdown files for the benchmark: marketing and customer-experience
// messages with front matter, headings, paragraphs, lists, links, inline code and template tags, mixing
// kind copy with the harsh phrases empathy-lint (and, for some, alex) flags.
//
// Bump GENERATOR_VERSION whenever the output changes: the corpus on disk is regenerated when its manifest
// names another version, seed or size.
import fs from 'node:fs';
import path from 'node:path';
import { Random } from './prng.js';

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 'empathy-lint-bench';
export const DEFAULT_COUNT = 1000;
const MANIFEST = 'manifest.json';

/** Smallest and largest file size, in bytes. */
const minBytes = 1024;
const maxBytes = 3072;

const products = ['Aurora Kettle', 'Trail Runner 2', 'Cloud Backup Pro', 'Focus Planner', 'Nimbus Headphones', 'Harvest Box', 'Studio Plan', 'Pocket Camera', 'Linen Set', 'Team Workspace'];
const brands = ['Lumen', 'Northwind', 'Pebble & Co', 'Brightside', 'Oakridge Supply', 'Tidewater'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const codes = ['SAVE20', 'WELCOME10', 'SPRING25', 'THANKYOU', 'FREESHIP', 'VIP30'];
const plans = ['Basic', 'Plus', 'Pro', 'Family', 'Business'];
const paths = ['account/billing', 'orders', 'help/returns', 'settings/notifications', 'account/security', 'shop/new', 'plans', 'feedback'];

/** Harsh, cold, pushy or condescending copy: what the linters should catch. */
const harsh = [
  'You failed to update your card, so your last payment did not go through.',
  'Act now before this offer disappears forever!',
  'We apologize for any inconvenience this may have caused.',
  'We apologise for any inconvenience caused.',
  'We regret any inconvenience.',
  'To fix it, simply click the button below.',
  'FREE shipping!!! Today only!!!',
  'Your account will be suspended if you do not pay within 48 hours.',
  'Failure to pay will result in permanent loss of your data.',
  "Don't miss out: everyone else has already upgraded.",
  'Last chance! Only 3 left in stock.',
  'Obviously, you should have read the terms before ordering.',
  'Just log in and do it yourself, it is easy.',
  'Unfortunately, we cannot process requests like yours.',
  'Per our policy, refunds are not possible.',
  'You must confirm your email address immediately.',
  "We're sorry if you feel that the delay was a problem.",
  "We're sorry you feel that way.",
  'Mistakes were made during the migration.',
  "It's a no-brainer, so hurry!",
  'URGENT: ACTION REQUIRED ON YOUR ACCOUNT.',
  'You forgot to complete your profile again.',
  'Your payment was declined. Again.',
  'This offer expires at midnight, so stop thinking and buy.',
  "Don't you want to save money like a smart shopper?",
  "You'll regret it if you wait.",
  'Any idiot can set this up in two minutes.',
  'Hey guys, this deal is crazy good.',
  'Simply enter your details and you are done.',
  'As previously stated, we do not offer exceptions.',
  'Your request has been denied.',
  'We will be forced to close your account.',
  'Sorry if this caused any confusion.',
  'BUY NOW AND SAVE BIG!!!',
];

/** Kind, clear copy: what the linters should leave alone. */
const kind = [
  'Thanks for being with us, {first}.',
  'Your card on file did not go through this time; it happens, and it only takes a minute to update.',
  'We are here to help whenever you need us.',
  'If anything looks off, reply to this email and a real person will answer.',
  'Your {product} shipped on {day} and should arrive within three to five days.',
  'We are sorry your order arrived late; we have refunded the shipping cost.',
  'You can change or cancel your {plan} plan at any time from your account page.',
  'Here is a quick summary of what changed in your account this month.',
  'We picked a few things we think you will like, based on what you bought in {month}.',
  'Take your time: your cart will be saved for the next 30 days.',
  'Our support team is available every day from 8am to 8pm.',
  'We fixed the problem that charged some customers twice, and every extra charge has been refunded.',
  'Thank you for your feedback; it helps us make {brand} better for everyone.',
  'Your new password is active, and you are still signed in on your other devices.',
  'The {product} is back in stock in every size.',
  'Members save 15% on everything in the {month} collection.',
  'We will send you a reminder a week before your plan renews.',
  'Your data is exported and ready to download for the next seven days.',
  'We would love to hear how your first week with {product} went.',
  'You are receiving this email because you signed up for updates from {brand}.',
  'Our team reviews every message, and we read all of them.',
  'Tracking details are available on the order page as soon as the carrier scans your parcel.',
  'Returns are free within 60 days, no questions asked.',
  'We have saved your preferences, so the next order takes one click.',
];

const headings = {
  dunning: ['Your payment did not go through', 'Action required: update your payment details', 'A problem with your {plan} subscription', 'Payment failed'],
  welcome: ['Welcome to {brand}', 'Glad you are here, {first}', 'Getting started with {product}', 'Your account is ready'],
  promo: ['Our biggest sale of the year', 'New in: the {month} collection', 'A little something for you', 'LAST CHANCE TO SAVE', 'Flash sale on {product}'],
  outage: ['About yesterday’s outage', 'We had a problem on {day}', 'Service update', 'An update on your order'],
  shipping: ['Your order is on its way', 'Your {product} has shipped', 'Delivery update', 'Good news about your order'],
  renewal: ['Your plan renews soon', 'Time to renew your {plan} plan', 'Renewal reminder', 'Your subscription is about to expire'],
  feedback: ['How did we do?', 'Tell us about your {product}', 'Two minutes of your time?', 'We want your opinion'],
  security: ['New sign-in to your account', 'Your password was changed', 'Please confirm your email', 'Security alert'],
};

const subjects = {
  dunning: ['Your payment failed', 'Action required: update your card', 'You failed to pay your invoice', 'A quick note about your {plan} plan'],
  welcome: ['Welcome aboard, {first}!', 'Your {brand} account is ready', 'Let’s get you started', 'Welcome! Here is 10% off'],
  promo: ['FREE shipping!!! Ends tonight', 'Act now: 40% off everything', 'Don’t miss out on {product}', 'New arrivals for {month}', 'Only 3 left!!!'],
  outage: ['We apologize for any inconvenience', 'What happened on {day}', 'An update on the outage', 'Sorry about the delay'],
  shipping: ['Your order has shipped', 'Your {product} is on its way', 'Delivery on {day}', 'Tracking details inside'],
  renewal: ['Your plan renews on {day}', 'Last chance to keep your discount', 'Renew now or lose access', 'A reminder about your renewal'],
  feedback: ['How was your {product}?', 'Got two minutes?', 'Tell us what you think', 'Your opinion matters'],
  security: ['New sign-in detected', 'Your password was changed', 'Confirm your email address', 'URGENT: verify your account'],
};

const preheaders = [
  'It only takes a minute.',
  'Open before midnight!!!',
  'Here is everything you need to know.',
  'Simply click to claim your gift.',
  'A quick update from the {brand} team.',
  'We are sorry for the trouble.',
  'Do not ignore this message.',
  'Your {product} is waiting.',
];

const listItems = [
  'Update your payment method in **Account → Billing**',
  'Track your parcel from the order page',
  'Reply to this email if you need a hand',
  'Simply click **Renew** and you are done',
  'FREE returns for 60 days',
  'Act now, stock is limited',
  'Save your favourites for later',
  'Turn on two-factor sign-in for extra safety',
  'Choose a delivery day that suits you',
  'You must log in within 24 hours',
  'Download your invoice as a PDF',
  'Invite a friend and you both get {code}',
  'Pause your plan instead of cancelling',
  'Obviously, keep your password secret',
];

const linkTexts = ['Update your card', 'Track your order', 'See the collection', 'Read the full incident report', 'Manage your plan', 'Take the survey', 'Review this sign-in', 'Shop now'];

const closings = [
  'Thanks,\nThe {brand} team',
  'Warm regards,\n{brand} Customer Care',
  'See you soon,\nThe team at {brand}',
  'Best,\n{brand} Billing',
];

const footers = [
  'You can [unsubscribe]({url}/unsubscribe?u={{user_id}}) or [update your preferences]({url}/preferences) at any time.',
  '{brand}, 12 Harbour Street, Bristol BS1 4QA. [Unsubscribe]({url}/unsubscribe).',
  'This message was sent to {{email}}. Questions? Write to support@example.com.',
];

const kinds = Object.keys(headings);

function fill(template, random, vars) {
  return template.replace(/\{(first|product|brand|day|month|plan|code|url)\}/g, (_, name) => {
    switch (name) {
      case 'first':
        return '{{first_name}}';
      case 'product':
        return vars.product;
      case 'brand':
        return vars.brand;
      case 'day':
        return random.pick(days);
      case 'month':
        return random.pick(months);
      case 'plan':
        return vars.plan;
      case 'code':
        return '`' + random.pick(codes) + '`';
      case 'url':
        return vars.url;
      default:
        return name;
    }
  });
}

/** A paragraph of 2 to 5 sentences; `harshRate` is the chance each sentence is harsh. */
function paragraph(random, vars, harshRate) {
  const count = random.int(2, 5);
  const sentences = [];
  for (let index = 0; index < count; index++) {
    let sentence = fill(random.chance(harshRate) ? random.pick(harsh) : random.pick(kind), random, vars);
    if (random.chance(0.08)) sentence = sentence.replace(/\b(free|today|now|soon|again)\b/i, (word) => `**${word}**`);
    if (random.chance(0.05)) sentence = sentence.replace(/\b(every|all|any)\b/, (word) => `_${word}_`);
    sentences.push(sentence);
  }
  if (random.chance(0.15)) sentences.push(`Use code \`${random.pick(codes)}\` at checkout.`);
  if (random.chance(0.1)) sentences.push(`Your reference is \`${random.pick(['INV', 'ORD', 'TCK'])}-${random.int(10000, 99999)}\`.`);
  return sentences.join(' ');
}

function list(random, vars) {
  const ordered = random.chance(0.3);
  return random
    .sample(listItems, random.int(3, 5))
    .map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${fill(item, random, vars)}`)
    .join('\n');
}

function link(random, vars) {
  const text = random.pick(linkTexts);
  const href = `${vars.url}/${random.pick(paths)}?utm_source=email&utm_campaign=${vars.campaign}`;
  return random.chance(0.5) ? `[${text}](${href})` : `**[${text} →](${href})**`;
}

function table(random, vars) {
  const rows = random.sample(products, 3).map((product) => `| ${product} | ${random.int(1, 3)} | £${random.int(5, 240)}.${String(random.int(0, 99)).padStart(2, '0')} |`);
  void vars;
  return ['| Item | Qty | Price |', '| --- | ---: | ---: |', ...rows].join('\n');
}

function quoteYaml(value) {
  return JSON.stringify(value);
}

/** One e-mail as Markdown, between 1 and 3 KB. */
export function email(random, index) {
  const type = random.pick(kinds);
  const brand = random.pick(brands);
  const vars = {
    brand,
    product: random.pick(products),
    plan: random.pick(plans),
    campaign: `${type}-${String(index).padStart(4, '0')}`,
    url: `https://${brand.toLowerCase().replace(/[^a-z]+/g, '')}.example.com`,
  };
  // Some senders are much harsher than others.
  const harshRate = random.pick([0.05, 0.15, 0.3, 0.5]);
  const target = random.int(minBytes + 200, maxBytes - 200);

  const head = [
    '---',
    `subject: ${quoteYaml(fill(random.pick(subjects[type]), random, vars))}`,
    `preheader: ${quoteYaml(fill(random.pick(preheaders), random, vars))}`,
    `campaign: ${vars.campaign}`,
    `locale: en-GB`,
    `send_at: 2026-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}T09:00:00Z`,
    '---',
    '',
    `# ${fill(random.pick(headings[type]), random, vars)}`,
    '',
    random.chance(0.7) ? 'Hi {{first_name}},' : random.chance(0.5) ? 'Dear customer,' : 'Hello {{first_name | default: "there"}},',
  ].join('\n');
  const tail = [fill(random.pick(closings), random, vars), '---', fill(random.pick(footers), random, vars)].join('\n\n');

  const blocks = [paragraph(random, vars, harshRate)];
  let linked = false;
  let pictured = false;
  let size = head.length + tail.length + blocks[0].length + 4;
  for (let guard = 0; guard < 40 && size < target; guard++) {
    let block;
    const roll = random.next();
    if (!linked && roll < 0.2) {
      block = `${paragraph(random, vars, harshRate)} ${link(random, vars)}`;
      linked = true;
    } else if (roll < 0.35) block = list(random, vars);
    else if (roll < 0.45) block = `## ${fill(random.pick(headings[random.pick(kinds)]), random, vars)}`;
    else if (roll < 0.5) block = `> ${paragraph(random, vars, harshRate)}`;
    else if (roll < 0.53 && type === 'shipping') block = table(random, vars);
    else if (roll < 0.55 && !pictured) {
      block = `![${vars.product} photo](${vars.url}/img/${index}.jpg)`;
      pictured = true;
    }
    else block = paragraph(random, vars, harshRate);
    if (size + block.length + 2 > maxBytes - 64) break;
    blocks.push(block);
    size += block.length + 2;
  }
  if (!linked) {
    const cta = link(random, vars);
    blocks.push(cta);
  }
  let text = [head, '', ...blocks.flatMap((block) => [block, '']), tail, ''].join('\n');
  // Pad a short one with kind copy, so every file is at least 1 KB.
  while (Buffer.byteLength(text) < minBytes) {
    text = text.replace(/\n\n(Thanks|Warm|See you|Best)/, `\n\n${paragraph(random, vars, 0)}\n\n$1`);
  }
  return text;
}

function readManifest(directory) {
  try {
    return JSON.parse(fs.readFileSync(path.join(directory, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Write the corpus into `directory`, replacing what is there. With `parts` above 1, each file joins that many
 * e-mails (front matter from the first only), for README-sized files of some 4 to 12 KB.
 */
export function generateCorpus(directory, { count = DEFAULT_COUNT, seed = DEFAULT_SEED, parts = 1 } = {}) {
  fs.rmSync(directory, { recursive: true, force: true });
  const random = new Random(seed);
  let bytes = 0;
  const files = [];
  for (let index = 0; index < count; index++) {
    let text = email(random, index * parts);
    for (let part = 1; part < parts; part++) text += '\n' + email(random, index * parts + part).replace(/^---\n[\s\S]*?\n---\n/, '');
    // 100 files per folder, as a real repository of templates would be organised.
    const name = path.join(`batch-${String(Math.floor(index / 100)).padStart(2, '0')}`, `email-${String(index).padStart(4, '0')}.md`);
    fs.mkdirSync(path.join(directory, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(directory, name), text);
    bytes += Buffer.byteLength(text);
    files.push(name);
  }
  const manifest = { generatorVersion: GENERATOR_VERSION, seed, count, ...(parts > 1 ? { parts } : {}), bytes, files };
  fs.writeFileSync(path.join(directory, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/**
 * The corpus manifest, generating the corpus first when it is missing, incomplete, or was written by another
 * generator version, seed or size.
 */
export function ensureCorpus(directory, options = {}) {
  const count = options.count ?? DEFAULT_COUNT;
  const seed = options.seed ?? DEFAULT_SEED;
  const manifest = readManifest(directory);
  const fresh =
    manifest &&
    manifest.generatorVersion === GENERATOR_VERSION &&
    manifest.seed === seed &&
    manifest.count === count &&
    (manifest.parts ?? 1) === (options.parts ?? 1) &&
    manifest.files.every((name) => fs.existsSync(path.join(directory, name)));
  if (fresh && !options.force) return { manifest, generated: false };
  return { manifest: generateCorpus(directory, { count, seed, parts: options.parts ?? 1 }), generated: true };
}

/**
 * Word lists for `no-shouting`. A word in capitals is shouting when it is an ordinary English word; it is an
 * acronym, a name or a code when it is not. Words of six letters or more that are not listed as acronyms count
 * as ordinary words, so these lists only need the short ones. All entries are lower case with straight
 * apostrophes.
 */

const list = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Function words, pronouns, intensifiers and the vocabulary of sales and urgency: in capitals these are
 * always emphasis, even at the start of a line.
 */
export const emphasisWords = list(`
  no so go
  all and any are big but buy can did for get got had has hot how its let new nor not now off one our out
  own she the too top two was why win won wow yes yet you act ask end due
  also been best both does done each even ever ends fast free from gone have here huge into just last left
  less lots many miss more most much must need only over save sale shop some soon stop such sure than that
  them then they this very want were what when will with wait your deal deals grab rush bonus half
  about again alert every final hurry never offer offers ready right still their there these those today
  under until where which while would could extra cheap claim click order quick prize today tonight
  thank thanks please hello sorry truly super mega ultra great wrong total treat enjoy
  don't can't won't isn't aren't didn't doesn't hasn't haven't wasn't weren't couldn't wouldn't
  shouldn't mustn't needn't ain't it's that's what's here's there's let's who's he's she's
  you're you'll you've you'd we're we'll we've we'd they're they'll they've i'm i'll i've i'd
`);

/**
 * Everyday nouns, verbs and adjectives. Shouting in the middle of a sentence, but a short one opening a line
 * ("NEXT has new arrivals", "BOOTS is hiring") may be a brand written in capitals.
 */
export const everydayWords = list(`
  add age ago air art bad mail bag bed bit box boy bus car cat cup cut dad day dog dry eat egg eye far fat few
  fit fix fly fun guy hat hit job joy key kid law leg lot low man map men mom mum pay pen put red run sea
  see set sit six sky son sun tax tea ten tip toy try use way wet
  able area army away baby back ball bank base beer bike bill bird blue boat body book boot boss busy cake
  call card care case cash chat city club coat code cold come cook cool copy cost dark date days dead dear
  deep desk door down drop easy edit face fact fair fall farm fear feel feet file fill film find fine fire
  fish five flat food foot form four full game gift girl give glad golf good grow hair hall hand hard
  head hear heat help high hill hold hole home hope hour idea info item join jump keep kids kind king kiss
  know lady lake land late lead life lift like line link list live long look lose loss lost loud love luck
  made main make mark meal mean meat meet menu milk mind mine miss move name near neck news next nice nine
  noon note open page paid pain pair park part pass past pick pink plan play poll pool poor post pull
  push race rain rare rate read real rest rich ride ring rise risk road rock roll room rose rule safe said
  salt same seat seem sell send ship shoe show shut sick side sign sing size skin slow snow soft sold song
  sort spot star stay step take talk tall team tell test text tips told tool town tree trip true turn type
  unit upon used user view vote walk wall warm wash wear week well west what wide wife wild wind wine wish
  wood word work yard year zero
  black board bread break bring brown build carry catch chair check child class clean clear close cover
  cream daily dream dress drink drive early earth enter entry event field fight first floor fresh front
  fruit funny giant glass grand green group guest guide happy heart heavy horse hours house items large
  later learn leave level light lucky lunch magic money month mouth movie music night north party
  peace phone piece place plant point power press price print proud queen quiet radio reply round score
  seven shape share sharp shirt shoes short sleep small smart smile sound south space speak speed spend
  sport stand start stock store story style sweet table taste thing think three tired title touch tower
  track trade train trend trust truth value video visit voice watch water wheel white whole woman women
  world worry write years young
`);

/** Short function words that double as codes and abbreviations (IN, OR, ME, HI): lowered, never flagged alone. */
export const minorWords = list(`
  in on to of at by is be we my if an as or me he up do oh hi us it am pm
`);

/**
 * Acronyms, initialisms and names written in capitals: never shouting. Users add their own with the shared
 * `allow` option.
 */
export const acronyms = list(`
  ok id us it who am pm uk eu un usa us uae nhs irs hmrc dvla dmv fbi cia nsa fda cdc epa ftc sec
  nasa esa who nato uefa fifa nba nfl nhl mlb bbc cnn itv hbo
  faq faqs pdf csv jpg jpeg png gif svg html css url urls api apis sdk sms mms otp pin cvv cvc iban bic
  swift atm gps usb hdmi led lcd oled tv hd uhd dvd cd pc ram cpu gpu ssd ios vpn ssl tls http https www
  seo crm erp saas b2b b2c cta kpi roi ipo etf apr apy isa ira vat gst hst tbd tba tbc fyi asap rsvp diy
  aka eta faq pto hr pr qa ux ui ai ml vr ar it ceo cfo cto coo vp md phd mba bsc llc ltd plc inc corp
  gmbh co ngo covid aids hiv adhd ptsd ocd lgbt lgbtq lgbtqia bipoc dei esg gdpr ccpa hipaa
  coppa pci dss sso mfa tfa utc gmt bst cet cest est edt pst pdt cst cdt mst mdt
  usd eur gbp cad aud jpy chf nzd inr sek nok dkk pln
  ny nyc la sf dc nj ca tx fl wa
  ps pps nb re fw fwd cc bcc po ppe qr nfc rfid eu dm dms
  ikea lego asos hsbc amex visa nasdaq unicef unesco scotus captcha adidas chanel
  sos bogo vip xl xxl xs
`);

/** Words that are acronyms in one sentence and ordinary words in the next ("the US" and "CONTACT US"). */
export const ambiguousAcronyms = new Set(['us', 'it', 'who', 'am', 'pm']);

/** Words that keep a capital in sentence case. */
export const properNouns = list(`
  monday tuesday wednesday thursday friday saturday sunday
  january february april june july august september october november december
`);

/**
 * Names that start with ordinary words ("NEW YORK", "BLACK FRIDAY"): in capitals they are shouted too, but
 * sentence case gives them back their capitals ("New York").
 */
export const properNames = list(`
  new_york new_jersey new_zealand new_mexico new_delhi new_orleans new_england new_hampshire new_south_wales
  new_year new_year's new_year's_eve black_friday cyber_monday boxing_day mother's_day father's_day
  valentine's_day christmas_eve christmas_day hong_kong los_angeles san_francisco las_vegas united_states
  united_kingdom great_britain northern_ireland south_africa north_america south_america
`);

/**
 * Text before a word in capitals that makes it a label to type, tap or read out, not a raised voice:
 * "Reply STOP", "use code WELCOME", "tap BUY NOW", "your booking reference is QWERTY".
 */
export const keywordCue =
  /(?:^|[\s(])(?:(?:reply|respond)(?: with)?|text|txt|send|type|enter|press|tap|click(?: on)?|hit|select|code|coupon|keyword|password|passcode|labell?ed|marked|says|(?:(?:booking|confirmation|tracking|ticket|voucher|order|model|serial|promo|discount|gift) (?:code|number|id|reference|ref|no\.?)|reference|ref|sku|pin|id|number)\s*(?:is|:|#|no\.?)?)\s*(?:the word\s*)?$/;

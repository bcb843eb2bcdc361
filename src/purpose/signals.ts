import { phrase } from '../linter/phrases.js';
import type { ProblemKind, PurposeType } from './names.js';

export { problemKinds, purposeTypes, type ProblemKind, type PurposeType } from './names.js';

/**
 * Phrases that say something went wrong for the reader, by kind. They describe events ("was declined",
 * "is down"), so they hold whether or not the copy is kind about it.
 */
export const problemSignals: Record<ProblemKind, RegExp[]> = {
  'failed-payment': [
    phrase("(payment|charge|transaction|renewal|card|direct debit|deposit|top-up|topup)( of [^ ]+)? (has |have )?(failed|was declined|were declined|has been declined|bounced|was unsuccessful|was not successful|didn't go through|did not go through|couldn't be processed|could not be processed|was rejected)"),
    phrase("(we|we've|we have) (couldn't|could not|weren't able to|were not able to|were unable to|was unable to) (process|collect|take|charge) (your )?(the )?(payment|card|subscription|renewal)"),
    // "We failed to charge your card ending with 4242", "we were unable to bill your account".
    phrase("(we|we've|we have) (failed|tried and failed) to (charge|bill|debit|collect (payment )?from) (your|the) (card|account|payment method|bank account|subscription)"),
    phrase("(bank|card issuer) (declined|didn't approve|did not approve|rejected)"),
    phrase('(failed|declined|unsuccessful) (payment|charge|transaction)'),
    phrase("(card|payment method) (has )?expired"),
    phrase("payment (failed|declined|problem|issue)"),
  ],
  'billing-error': [
    phrase('(charged|billed) (you )?(twice|two times|double|more than once|incorrectly|by mistake|in error|the wrong amount|too much)|(double|duplicate|incorrect|unexpected|extra|wrong) (charge|charges|payment|payments|billing|invoice)|overcharged|overbilled|billing (error|mistake|issue|problem)'),
  ],
  outage: [
    phrase('(outage|outages|downtime|service disruption|service interruption|disruption to (our|the) service|(an|the|this|today\'s|yesterday\'s) incident)'),
    // The reader (or their supply) was cut off; a resource of theirs that lost its link ("your inbox has been
    // disconnected", "the webhook was disconnected") is an operational alert about their own set-up.
    phrase('(?<!(inbox|mailbox|server|servers|integration|integrations|webhook|webhooks|domain|device|devices|calendar|repository|bot|printer|terminal|wallet|feed|sensor|app|store|node|agent|runner|worker|database|account|channel|source) )(were|was|got|have been|has been|being|kept getting) (disconnected|logged out|kicked out|kicked off|locked out|cut off)|(server|servers|site|app|website|platform|service|login|checkout) (issue|issues|problem|problems|hiccup|hiccups|outage|trouble|glitch|glitches|instability)|(hiccup|hiccups|glitch|glitches|problem|problems|issue|issues|trouble) with (our|the) (servers?|site|app|website|platform|service|systems?|network)'),
    // Not a monitor's alert about the reader's own site ("the monitor Shop of the project Acme is down").
    // The sender's own failure stays an outage ("our checkout service was unavailable", "because of a fault in our
    // data centre").
    phrase("(?:(?<!\\b(monitor [^.!?]{1,80}|your (site|website|server|servers|endpoint|host|domain|app|url|store|shop|instance|node) ))|(?=[^.!?]*\\b(our|we|us|because of|due to)\\b))(is|are|was|were|went|has been|have been) (down|offline|unavailable|unreachable|not loading|not working)"),
    // Not the sender's system failing to reach a machine the reader runs ("cannot connect to your server").
    phrase("(couldn't|could not|can't|cannot|were unable to|weren't able to) (log in|sign in|access|reach|connect|load)(?! (to )?your (server|servers|host|database|endpoint|endpoints|webhook|url|domain|instance|node|device|smtp|mail server|inbox|mailbox|calendar|api|repository|feed|printer|terminal|wallet))"),
    phrase('(errors|error messages|failures) (when|while) (logging|signing|trying)'),
    // "No service" is a cut; "no service interruption" or "no service changes" says all is well.
    phrase('(?!no pressure\\b)(no|low|very low|intermittent|reduced|poor) (water|water pressure|pressure|power|electricity|gas|heating|hot water|signal|mobile signal|service|internet|broadband|connection|connectivity)(?! (interruptions?|disruptions?|outages?|downtime|impact|changes?|issues?|problems?|action))|(burst|broken|damaged) (main|pipe|water main|cable)|main burst|power (cut|cuts)|(network|service|supply|system) (fault|failure|failures|problem|problems|issue|issues)|(interruption|disruption|interruptions|disruptions) to (your|the|our) (supply|service|services|water|power)'),
  ],
  delay: [
    // The reader's thing is late: not a bare "delays", which also appears in tips ("your driver watches for delays").
    // "Rescheduled" is a delay for a delivery or a flight, but a change of time for an appointment or a booking.
    phrase('(is|are|was|were|has been|have been|had been|will be|been|being) (slightly |badly |further |now |also |unfortunately )?(delayed|postponed|pushed back|running late|late|behind schedule)|(?<!(appointment|appointments|booking|bookings|session|sessions|meeting|meetings|class|classes|call|calls|visit|visits|lesson|lessons|consultation|interview|reservation|shift|shifts)( (has|have|had|will|is|was|were|are))? )(is|are|was|were|has been|have been|had been|will be|been|being) rescheduled|later than (planned|expected|promised)|will arrive late|(a|the|this|our|any|short|slight|long) delay (to|in|with|on|of)|(sorry|apologi[sz]e|apologies) for (the|this|our) (long |short |recent )?delay|(delayed|late) (order|orders|parcel|parcels|delivery|deliveries|shipment|shipments|flight|flights|train|refund|payment)|(order|orders|parcel|delivery|deliveries|shipping|shipment|flight|refund) (delay|delays)|backlog'),
    phrase("(won't|will not|didn't|did not) (arrive|ship|be delivered|be ready) (on time|as planned|by|until)"),
    // Not an e-mail or a message that was not sent or delivered: an alert about mail, not a late parcel.
    phrase("(?<!(e-?mails?|messages?|notifications?|webhooks?|texts?|letters?|replies|reply)( to [^ ]+)? )((has|have|hasn't|haven't) not( yet)? been (dispatched|shipped|sent|delivered|processed)|(hasn't|haven't) (yet )?been (dispatched|shipped|sent|delivered|processed))|(is|are|has been|have been|was|were) (now )?(on hold|held up|stuck)"),
    phrase('running( [^ ]+){0,3} (late|behind)|(days|weeks|hours) (behind|late|later than)'),
    // A parcel that could not be delivered; a notification, e-mail or webhook that could not be sent is an alert.
    phrase("(could not|couldn't|was unable to|were unable to|wasn't able to|weren't able to) (be )?deliver(?! (a|an|the|your|this)( [^ ]+)? (notification|notifications|message|messages|e-?mail|e-?mails|webhook|webhooks|sms|text|alert|alerts))|(returned|sent back|sent) (the|your) (parcel|package|order|delivery|item) (back )?to (the|our) (depot|warehouse|sender)|(delivery|delivery attempt) (was )?(unsuccessful|failed)|failed delivery|missed (delivery|your delivery)"),
  ],
  'price-rise': [
    phrase('(price|prices|pricing|fee|fees|rate|rates|subscription) (is|are|will be) (going up|increasing|rising|changing)'),
    phrase('(price|fee|rate) (increase|increases|rise|rises|change|changes)'),
    phrase('(raising|increasing) (our |the |your )?(price|prices|fee|fees|rates)'),
    phrase('(will|now) cost (more|[^ ]+ more)'),
    phrase('(adjustment|adjustments|change|changes|increase|increases|rise|update|updates|revision) (to|in|of) (our |your |the |its |their )?([^ ]+ )?(price|prices|pricing|fee|fees|rate|rates|tariff|tariffs|charges?|subscription cost)'),
    phrase('(amend|amending|adjust|adjusting|revise|revising|raise|raising|increase|increasing|change|changing|update|updating) (its|our|the|your|their) ([^ ]+ )?(price|prices|fee|fees|tariff|tariffs|rate|rates|charge|charges)|revised (price|prices|charge|charges|fee|fees|rate|rates|tariff)|new (higher |increased )?(price|prices|rate|rates|tariff) (of|will|from)'),
  ],
  suspension: [
    phrase('(account|service|subscription|access|membership|profile)( (on|at|with|for) [^ .,]+)? (has been |was |is |will be |is being |has now been |is now |got |has got )?(suspended|locked|restricted|deactivated|disabled|closed|frozen|put on hold|paused|blocked|banned|terminated)'),
    // A place of the reader's taken away: "Your PI group, Lab A, has been disabled", "your store was suspended".
    phrase('your ([^ .,]+ ){0,2}(group|team|workspace|organi[sz]ation|server|site|website|store|shop|channel|community|page)(,[^.]{0,40},)? (has been|was|is now|has now been|will be) (suspended|deactivated|disabled|blocked|banned|terminated|frozen|locked|restricted)'),
    // "The user got blocked", "your user has been deactivated": a user is a person too ("the user closed the ticket"),
    // so only the passive counts.
    phrase('user( [^ .,]+){0,4}? (has been|was|is|will be|has now been|is now|got|has got) (suspended|locked|restricted|deactivated|disabled|frozen|blocked|banned|terminated)'),
    phrase('(account|profile|post|posts|listing|page|payments?) (has been |have been |was |were |is |are )?(marked|flagged|reported) as (spam|fraud|fraudulent|abusive|suspicious)'),
    phrase('(suspend|suspended|lock|locked|restrict|restricted|deactivate|deactivated|disable|disabled|close|closed|freeze|froze) your (account|service|access|subscription|membership)'),
    phrase('(hold|block|restriction|freeze|stop) (has been |was |is |will be )?(placed|put) on (your|the)'),
    // An account removed by the service, not closed by the reader: "We have since removed your account", "Your account
    // was deleted due to inactivity".
    phrase("(we|we've|we have|we had to)( since| now)? (removed|deleted) your (account|profile|membership)"),
    phrase('(account|profile|membership)( [^ .]+){0,3} (has been|was|will be) (deleted|removed) (due to|for|because|after|as a result)'),
    // The reader themselves: "You have been banned by an administrator", "you were suspended from the forum".
    phrase("(you have been|you've been|you were|you are|you're|you got|you have now been|you have just been|you've just been) (now )?(permanently |temporarily |indefinitely )?(banned|suspended|blocked|blacklisted|barred|locked out|kicked|muted|silenced|restricted)( from| by| for| until| on|(?=[.!]*$))"),
    // "Your account has been made inactive", "…set to inactive".
    phrase('(account|profile|membership|user)( [^ .,]+){0,3} (has been|was|is now|will be|got) (made|set to|set as|marked as|marked) inactive'),
    // Rights taken from the reader: "You lost editing permissions!", "you have lost your moderator privileges".
    phrase("(you|you've|you have) (just )?(lost|been stripped of) (your |the |all |all of your )?([^ .,]+ ){0,2}(permissions?|privileges?|rights|role|status as|access)"),
    // The reader taken out of something they belonged to: "You have been removed from a shift", "…from the team".
    phrase("(you|you've|you have|you were|you've been|you have been) (been )?(removed|kicked|dropped|unenrolled|unassigned|expelled) from (a |an |the |your |this |our )?([^ .,]+ ){0,2}(shift|team|group|organi[sz]ation|org|project|workspace|course|class|event|channel|server|community|program|programme|roster|board|household)"),
    // The sender's decision about the reader: "we have decided to block you from our services", "we had to suspend you".
    phrase("(decided to|had to|have had to|have to|will have to|are going to|will now) (permanently |temporarily )?(block|ban|suspend|terminate|expel|deactivate) you (from|for|on)|(decided to|had to|have had to|will have to) (permanently )?remove you from"),
    // A stronger verb needs no list: "You have been dropped from {{course}}", "you were expelled from Room 4".
    phrase("(you were|you've been|you have been|you got) (permanently |automatically )?(dropped|expelled|kicked out|disenrolled|deregistered) (from|in)"),
    // Unenrolled by someone else, not a confirmation of the reader's own step: "You have been un-enrolled in Biology by
    // a member of the course staff".
    phrase("(you|you've|you have|you were|you've been|you have been) (been )?(unenrolled|un-enrolled) (from|in) [^.!?]{1,80}? by (a|an|the|your|our|one of)")
  ],
  breach: [
    phrase('(data breach|security breach|security incident|unauthori[sz]ed (access|party|parties|person|people|third[- ]party|third[- ]parties|user|users|login|logins)|cyber ?attack|ransomware|(were|was|been|got) hacked)'),
    phrase('(account|accounts|data|password|passwords|information|details|records|emails?|addresses) (may have been |might have been |was |were |has been |have been |had been )?(compromised|exposed|leaked|stolen|accessed without)'),
  ],
  'out-of-stock': [
    // "No longer available" of a page, a link or a file is a dead end, not stock: a 410 page, an expired link.
    phrase("(out of stock|sold out|(?<!(page|pages|resource|link|url|file|files|content|document|feature|features|version|endpoint|option|api|method|setting|settings|invitation|invite|token|code|session|post|message|video|image|photo|report|service|account|address|username|name|domain|certificate|key|channel|group|room|server|transfer|transfers|download|downloads|upload|uploads|share|shares|information|info|data|details|record|records|entry|entries|form|forms|site|website|portal|app|system|area|email|emails|replies|reply|messages|access|function|functionality|tool|tools|program|programme|and) (is|are|was|were|has been|have been|will be|is now|are now) )(?<!\\(s\\) )no longer available|unavailable to order|on backorder|back-ordered|backordered|(?<!(v?\\d[^ ]*|version|versions|endpoint|endpoints|api|apis|feature|features|plan|plans|service|services|support|app|integration|method|sdk|program|programme|programs|affiliates|scheme|newsletter|tool|shipments?|deliveries|delivery|orders?|subscriptions?|emails?|reminders?|notifications?|billing|payments?|charges?|membership) (is|are|was|were|has been|have been|will be|is being|are being) )discontinued(?! (?:(?:the|your|all|any|future|upcoming|further|recurring|next|scheduled|automatic|monthly|weekly) )*(?:shipments?|deliveries|delivery|orders?|subscriptions?|emails?|reminders?|notifications?|billing|payments?|charges?|service|membership|newsletters?|boxes))|(can't|cannot|couldn't|could not) fulfil(l)? (your|the) order|(item|items|product|products) (is|are) unavailable|(could not|couldn't|cannot|can't|can not|was unable to|were unable to) be (fulfilled|filled|supplied|sourced))"),
  ],
  'refund-denied': [
    phrase('(refund|return|claim|request|reimbursement|appeal|application|withdrawal|deposit|payout|cash-?out|ticket|proposal|submission|registration|nomination|prescription|listing|lot|item|extension|sponsorship|certificate|verification|enrolment|enrollment|booking|reservation|campaign|job opening|job posting|job ad|vacancy|advert|advertisement|ad|bid|quote|leave request|timesheet|expense claim|loan request)( request)?( (?!(?:if|when|unless|once|should|because|but|or|and|which|that|where)\\b)[^ .:;]+){0,12} (has been|have been|was|were|is|are|had been) (denied|declined|rejected|refused|disapproved|not approved|not granted|unsuccessful|turned down)'),
    phrase('(refund|return|claim|request|reimbursement|chargeback) (request )?(denied|declined|rejected|refused|ineligible|not eligible)'),
    // A heading that gives the verdict on the reader's appeal or application: "Appeal Rejected", "Your application declined".
    phrase('(^|your )(appeal|application) (denied|declined|rejected|refused|unsuccessful)'),
    // A status the reader waited on, set against them: "The current status is rejected", "Status: declined".
    phrase('(your|the|current|new) ([^ .]+ ){0,2}status( of [^ .]+){0,3}( is| was| has been changed to| has changed to| changed to| is now| has been set to| set to|:) (now )?(rejected|declined|denied|refused|disapproved)'),
    // The reader refused: "You have been denied from joining the group", "you were rejected from the programme".
    phrase("(you have been|you've been|you were|you are) (denied|rejected|refused|declined|turned down) (from|for|by|access to)"),
    // The sender refusing in the active voice: "we have rejected your server request", "the team has decided to deny your request".
    phrase('(we|we have|we\'ve|we had to|the [^ ]+ team has|the [^ ]+ team|the organi[sz]ers?|an? (admin|administrator|moderator|reviewer)) (have |has )?(decided to |had to )?(rejected|declined|denied|refused|turned down|reject|decline|deny|refuse|turn down) (your|the) ([^ .]+ ){0,2}(request|application|submission|proposal|claim|appeal|registration|enrolment|enrollment|membership)'),
    // Anyone refusing the reader's request: "Sam Lee has rejected your leave request".
    phrase("(?<!\\byou(?:'ve| have| had)? )(has|have|had) (rejected|declined|denied|refused|turned down) your ([^ .]+ ){0,2}(request|application|submission|proposal|claim|appeal|dispute|registration|enrolment|enrollment)"),
    // The reader's own dispute refused: "Your dispute has been rejected". Not a customer's dispute that a seller is told was
    // rejected, which is good news for them.
    phrase('your (dispute|chargeback)( [^ .]+){0,6} (has been|was|is|had been) (rejected|declined|denied|refused)'),
    phrase("(not|isn't|aren't|is not|are not) eligible for (a |an )?(refund|return|exchange|reimbursement)"),
    phrase("(can't|cannot|can not|couldn't|could not|are unable to|were unable to|won't|will not) (offer|issue|give|process|provide|approve) (you )?(a |an |your )?(refund|return|exchange|reimbursement|credit)"),
    phrase("(can't|cannot|can not|couldn't|could not|are unable to|were unable to|won't|will not|don't|do not) (refund|reimburse|exchange|accept (the |your |this )?return)"),
    phrase("(can't|cannot|can not|couldn't|could not|are unable to|were unable to|are not able to|won't|will not|have decided not to|has decided not to) (accept|approve|pay out on|pay|cover|honou?r|uphold|process) (the|your|this|that) (claim|request|application|appeal|complaint)"),
  ],
  cancellation: [
    phrase('(order|booking|flight|reservation|appointment|event|class|(?<!(auth|authori[sz]ation|authentication|login|log-in|sign-in|signin|checkout|payment|browser|chat|upload|oauth|sso) )session|workshop|course|tour|trip|concert|show|subscription|plan|delivery|shipment)( #?[^ .\\d]{0,20}\\d[^ .]{0,30}| #?x{2,})?( has| have| was| is| will| were)?( therefore| now| unfortunately| sadly| had to)?( be| been)? (cancell?ed|called off)'),
    phrase('(we|we have|we\'ve|we had to) (had to )?(cancell?ed?|call off|called off) (your|the)'),
    // Someone else called it off: "Jo Park has cancelled your massage scheduled for 3 May".
    phrase("(?<!\\b(you|you've|you have|i|i've|i have) )(has|have|had) (just )?(cancell?ed|called off) your"),
    // Not a technical step the reader or the program stopped ("The authorization session was canceled", "the upload was
    // cancelled").
    phrase('(?<!\\b(session|operation|process|upload|download|import|export|sync|authori[sz]ation|auth|login|sign-in|payment attempt|payment|checkout|purchase|transaction) )(has been|have been|had been|was|were|is being|will be|had to be) (cancell?ed|called off)'),
  ],
  debt: [
    // Overdue work or things to return ("Overdue tasks", "receipts are overdue", "Overdue asset return") is no debt.
    phrase('((?<!(tasks?|receipts?|assets?|reviews?|to-?dos?|issues?|tickets?|reports?|timesheets?|assignments?|homework|equipment|devices?|consents?|documents?|forms?|signatures?|paperwork|agreements?|submissions?) ((is|are|was|were) )?(now )?)(overdue|past due)(?! (tasks?|receipts?|assets?|reviews?|to-?dos?|issues?|tickets?|reports?|timesheets?|assignments?|homework|equipment|devices?|consents?|documents?|forms?|signatures?|paperwork|agreements?|submissions?)\\b)|outstanding balance|outstanding amount|unpaid (balance|invoice|bill|amount)|arrears|in debt|debt collection|missed (payment|payments|instalment|installment))'),
    // "Payment for your concert tickets is overdue": money named earlier in the clause makes it a debt whatever follows.
    phrase('(payment|invoice|bill|balance|fee|fees|rent|amount|premium|tuition|instalment|installment)( [^ .,;:!?]+){0,6} (is|are|was|were) (now )?(overdue|past due)'),
    phrase("(invoice|bill|payment|subscription|renewal|instalment|installment)( [^ .]+){0,4} (has|have) failed to be (paid|collected|charged|processed)"),
    phrase("overdrawn|over (its|your|the) (arranged |agreed )?(overdraft )?limit|unarranged overdraft|(fee|fees|charge|charges|penalty) (of [^ ]+ )?(has|have) been (added|applied|charged|debited)|(payment|fee|fees|bill|invoice|balance|rent|instalment|installment|amount|premium|charge|subscription|tuition)( [^ .]+){0,6} (was|were) due|is now (due|overdue)|remains? unpaid|(has|have) not been paid|(hasn't|haven't) been paid|(not|n't) (yet )?(received|had) (your |the |any )?payment|(failed|forgot|neglected) to pay|(didn't|did not|haven't|have not) (yet )?paid"),
  ],
  // The reader's post, video or comment taken down is read from structure (structure.ts): "your video has been
  // blocked by the moderators".
  'content-removed': [],
};

/** Phrases that mark the other purposes. Each match adds one point; the subject and headings count double. */
export const purposeSignals: Record<Exclude<PurposeType, 'problem' | 'general'>, RegExp[]> = {
  promotion: [
    phrase('([0-9]+ ?% off|per ?cent off|sale|discount|discounts|deal|deals|offer|offers|coupon|promo code|(?:use|enter|apply) (?:the )?code|code [a-z]*[0-9][a-z0-9]*|free shipping|shop now|shop the|buy now|save [0-9$£€]|new arrivals|bestsellers|limited edition|early-bird|early bird|bundle)'),
  ],
  onboarding: [
    phrase('(welcome( aboard| to)?|get started|getting started|set up your|first steps|your first|finish setting up|complete your profile|tips to get|quick tour|start by)'),
  ],
  'win-back': [
    phrase("(we miss you|we missed you|haven't seen you|have not seen you|come back|it's been a while|it has been a while|been a while since|we'd love to have you back|welcome back)"),
  ],
  transactional: [
    phrase('(order (is )?confirmed|order confirmation|your order (number|#|no\\.?)|receipt|invoice (is )?(attached|ready)|has shipped|on its way|out for delivery|booking (is )?confirmed|thanks for your (order|purchase|booking)|thank you for your (order|purchase|booking)|password reset|reset your password|verify your email|confirm your email|your (payment|refund) (was|has been|is) (received|processed|issued|sent))'),
  ],
  support: [
    phrase('(thanks for reaching out|thank you for reaching out|thanks for contacting|thank you for contacting|your (ticket|case|request) (number|#|no\\.?)|support (ticket|request|case)|you (contacted|wrote to|asked) us|following up on your (question|request|message|email))'),
  ],
};

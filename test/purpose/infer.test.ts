import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

const purposeOf = async (text: string, syntax: 'text' | 'markdown' = 'text') => {
  const { purpose } = await lintText(text, { syntax });
  return purpose?.problem ? `${purpose.type}:${purpose.problem}` : purpose?.type;
};

describe('purpose inference: help pages and guidance are not problem notices', () => {
  const guidance: [string, string][] = [
    ['a hypothetical in a question', 'What happens if there is an outage?\n\nOur status page shows live updates, and we post a summary afterwards.'],
    ['in case', 'In case your payment fails, we retry the charge three times over a week before anything changes.'],
    ['a list of things to manage', 'With the Billing role you can manage invoices, payment methods, price increases, refunds and tax settings.'],
    ['a list after a colon', 'Team owners can change: seat counts, plan upgrades, price changes, billing contacts.'],
    ['an FAQ heading that asks about a problem', '## Why was my card declined?\n\nBanks turn down cards for many reasons, such as a spending limit or a new card number. Your bank can tell you more.'],
    ['a generic case, not the reader', 'Sometimes a delivery is delayed by bad weather. You can track every parcel from your account page.'],
    ['a possibility', 'Orders placed after 2 pm can be delayed by a day in December. Order early to be safe.'],
    ['a bulleted list of topics', '# Billing help\n\nRead about:\n\n- Price increases\n- Refunds\n- Failed payments\n- Invoices', 'markdown'],
    ['whenever', 'We email you whenever a payment is declined, so nothing ever takes you by surprise.'],
    ['in the event of', 'In the event of a service disruption, our team posts updates every 30 minutes on the status page.'],
    ['someone else’s problem, told to staff', 'Hello,\n\nA subscription payment has failed for customer Jo Lee. The next retry is on 3 May.'],
    ['a request cancelled at the customer’s request, told to staff', 'Hi there,\n\nYour request from Jo Lee was cancelled at customers request.\n\nIf you have any question, please contact us.'],
    ['a deletion called off', 'Your account on Baserow was pending deletion, but you have logged in so this operation has been cancelled.'],
    ['no service interruption', 'Your spend has reached the limit you set. There are no service interruptions, and ingestion continues as normal.'],
    ['no pressure', 'Here is a one-time offer for your next order. No pressure: it is here if you want it.'],
    ['an e-mail not delivered, not a parcel', 'This is an automatic response to your email: your email has not been delivered. Write to the address on our contact page instead.'],
    ['a transfer taken down by its sender', 'Your transfer is no longer available for download. Ask the sender to share the files again.'],
    ['a safeguard, not a breach', 'We keep your data in the UK and take steps to minimise the possibility of loss or unauthorised access.'],
    ['overdue work, not money', 'Overdue tasks for the project Apollo\n\nThese tasks are past their due date: Write the brief, Book the venue.'],
    ['a refusal only in the condition of a term', 'Payments\n\nWe will hold your request for 24 hours if payment is declined for any reason.'],
    ['a low-stock alert to the shop owner', 'Low Stock Alert\n\nHi Becky, the following product is running low on stock and may need restocking soon.\n\nStatus: Out of Stock'],
    ['an uptime monitor\u2019s alert about the reader\u2019s own site', 'Hi Sam,\n\nUptime monitor https://example.com is down and the site is unavailable.'],
    ['a trial that ran its course', 'Hi Sam,\n\nYour 14-day trial has ended. Pick a plan to keep going.'],
    ['an API version discontinued', 'Important: api.example.dev/v1 will be discontinued on 1 January. Your workspace still uses it; the migration guide shows how to move.'],
    ['a booking cancelled by the other party', 'Booking 42 has been cancelled by the guest. The room is available again from 3 May.'],
    ['the reader’s own project deleted', 'Hi,\n\nYour project has been deleted. Thanks for using Acme.'],
    ['an event removed from a calendar', 'Hi,\n\nThe event has been removed from your calendar.'],
    ['a user who closed a ticket', 'Good news: the user closed the ticket after our fix.'],
    ['a monitor’s alert about the reader’s own site', 'Hello,\n\nWe have just detected that the monitor Shop of the Acme project is down.'],
    ['a sign-in step the reader cancelled', 'Auth canceled\n\nThe authorization session was canceled.\n\nBack to the main page'],
    ['a rule about comments in general', 'Thanks for your comment! It will be visible once approved. Comments that break our rules are removed.'],
    ['a list after a negation', 'Clearly displayed pricing for each plan, with no hidden costs or unexpected charges.'],
    ['a guess about a missing page', 'Page not found\n\nThe page you are looking for might have been removed, had its name changed or is temporarily unavailable.'],
    ['a confirmation dialog warns of a choice not yet made', 'Limit per day is not set.\nThis will cause the campaign to be deactivated and its banners won’t be delivered until a limit is set.\n\nAre you sure you want to continue?'],
    ['the reader disabled their own keys', 'You have disabled your API keys. Turn them on again from the settings page.'],
    ['the reader declined the order themselves', 'You have declined all the items in this order, so nothing will be charged.'],
    ['unenrolled with no one else named: a confirmation', 'Dear Lee,\n\nYou have been unenrolled from Algebra II. The course no longer appears on your dashboard.'],
    ['a deleted account, no way to contest it: a confirmation', 'Your account has been deleted. Thank you for being with us.'],
    ['a refusal that is only a case', 'If the host declines your booking, you get a full refund within a day.'],
    ['the reader declined their own application', 'You declined your application to the club, so nothing more is needed.'],
    ['the reader taken off a guest list after cancelling', 'Hi Sam,\n\nWe will now remove you from the guest list so someone on the waiting list can have your seat.'],
    ['a place dropped on a leaderboard', 'Hi Sam,\n\nYou have dropped from 2nd to 4th place on the weekly leaderboard. Keep going!'],
    ['the reader disabled their own keys, with an adverb', 'You have temporarily disabled your API keys from the dashboard. Turn them back on any time.'],
    ['the reader rejected a request from someone else', 'Hi Sam,\n\nYou have rejected the booking request from Alex.'],
    ['a customer’s bank rejects the dispute: good news for the seller', 'Good news: the customer’s bank has rejected the dispute, and the funds are back in your balance.'],
    ['a customer’s dispute rejected by their bank: good news for the seller', 'Good news: the dispute your customer opened was rejected by their bank, and the funds are back in your balance.'],
    ['a deletion the reader asked for, with a disclaimer', 'Your account has been deleted as you asked. If you believe this was a mistake, contact us within 30 days.'],
    ['an appointment moved to a new time', 'Hi Sam,\n\nYour appointment has been rescheduled to Tuesday, 3 May, 10:00 to 10:30.'],
  ].map(([name, text, syntax]) => [name!, text!, syntax ?? 'text']) as never;

  for (const [name, text, syntax] of guidance as unknown as [string, string, 'text' | 'markdown'][]) {
    it(name, async () => {
      expect(await purposeOf(text, syntax)).not.toMatch(/^problem/);
    });
  }
});

describe('purpose inference: real notices without the obvious keywords', () => {
  const notices: [string, string, string][] = [
    ['an order cancelled with its number', 'Hello Sam,\n\nSorry to let you know that order #A1042 is cancelled. Hit the button below to shop more.', 'problem:cancellation'],
    ['a withdrawal denied', 'Hi, your requested withdrawal of $40 has been denied by our administration team.', 'problem:refund-denied'],
    ['a delivery rescheduled', 'Hi Sam,\n\nYour delivery has been rescheduled to next week.', 'problem:delay'],
    ['a flight rescheduled', 'Hi Sam,\n\nYour flight BA123 has been rescheduled to depart 6 hours later.', 'problem:delay'],
    ['a user got blocked', 'Dear Sam, your user got blocked after 5 failed login attempts.', 'problem:suspension'],
    ['was unsuccessful', 'Hi Dana,\n\nYour renewal on 4 March was unsuccessful. Please check the card on file.', 'problem:failed-payment'],
    ['an auction lot rejected', 'Name: Blue vase\n\nLot #12 has been rejected. It will not be open to bidding.', 'problem:refund-denied'],
    ['a key revoked', 'Hello,\n\nYour API key ending 7fa2 has been revoked. Create a new key from the developer dashboard.', 'problem:suspension'],
    ['on hold', 'Hi Mo,\n\nYour order 4471 is on hold while we confirm your address.', 'problem:delay'],
    ['a backup failed', 'Hello,\n\nLast night’s backup failed. Your files are safe, but the snapshot for 12 June is missing.', 'problem'],
    ['payment overdue', 'Payment overdue\n\nInvoice 2291 was due on 1 May. You can pay it from the billing page.', 'problem:debt'],
    ['could not be processed', 'Hi Lee,\n\nYour withdrawal of £40 could not be processed. The funds are back in your wallet.', 'problem'],
    ['we were unable to', 'Hi Ana,\n\nWe were unable to verify your identity with the documents you sent.', 'problem'],
    ['a login blocked', 'Hi Sam,\n\nYour login was blocked after several failed attempts. You can unlock it from the link below.', 'problem:suspension'],
    ['a certificate expired', 'Hello,\n\nThe certificate for your shop domain has expired, and visitors now see a warning.', 'problem'],
    ['a membership terminated', 'Dear member,\n\nYour membership was terminated on 2 June. Your benefits end today.', 'problem:suspension'],
    ['a month named May is no modal', 'Hi Jo,\n\nYour flight to Bergen on Friday 9 May has been cancelled. We have rebooked you on the next one.', 'problem:cancellation'],
    ['a modal in the main clause, the event after “that”', 'Hi Sam,\n\nWe would like to let you know that your account has been suspended.', 'problem:suspension'],
    ['a wish to tell', 'Hello,\n\nWe wanted to tell you that your renewal could not be processed.', 'problem:failed-payment'],
    ['content taken down by moderators', 'Hi Sam,\n\nYour video Cats has been blocked by the moderators.', 'problem:content-removed'],
    ['a ticket rejected by its approver', 'Greetings,\n\nYour ticket has been rejected by Sam.\n\nApprover’s notes: none', 'problem:refund-denied'],
    ['cancelled by customer service, the business itself', 'Hi,\n\nYour order has been cancelled by customer service.', 'problem:cancellation'],
    ['suspended for user policy violations', 'Hi,\n\nYour account has been suspended for user policy violations.', 'problem:suspension'],
    ['a clause after “no reply and”', 'Hi,\n\nWe got no reply and your account was suspended.', 'problem:suspension'],
    ['a breach despite protection', 'Hi,\n\nDespite our efforts to protect your account, it was hacked.', 'problem:breach'],
    ['what already happened, before a question', 'Hi,\n\nYour flight has been cancelled and will not be rebooked.\n\nWould you like to continue to your bookings?', 'problem:cancellation'],
    ['money named earlier in the clause', 'Hi,\n\nPayment for your concert tickets is overdue.\n\nYou can pay here.', 'problem:debt'],
    ['a comment removed for breaking the rules', 'Hi,\n\nYour comment was removed for violating our guidelines.', 'problem:content-removed'],
    ['content named by what the reader did with it, then removed', 'Dear Sam,\n\nOne of the answers you posted has been removed from the site on account of abuse reports.', 'problem:content-removed'],
    ['a photo judged, then refused', 'Dear Sam,\n\nYour photo has been reviewed by an administrator and rejected as unsuitable.', 'problem:content-removed'],
    ['a post the reader removed themselves', 'Hi,\n\nThe post you published has been removed from your drafts.', 'general'],
    ['a refusal talked of in general, not given', 'Dear Sam,\n\nThank you for your patience. It is never easy to have a submission declined, and we hope the notes help.', 'general'],
    ['a status that is not a verdict', 'Hi Sam,\n\nThe current status is approved.', 'general'],
    ['a checkout the reader left', '<h1>Your payment was canceled</h1>\n<p>You left the checkout before paying. Nothing was charged.</p>', 'general'],
    ['a verification code is no promo code', 'Hi Sam,\n\nWelcome to Koordli. Please use the verification code below to confirm your e-mail address. This code is valid for 15 minutes.', 'onboarding'],
    ['a promo code to use', 'Hi Sam,\n\nUse code WELCOME10 at checkout for a treat.', 'promotion'],
    ['data of a form cleared for safety', 'For your safety, the information that you entered for the Admin site is no longer available. This happens when you log out.', 'general'],
    ['an airport transfer cancelled', 'Hi Sam,\n\nYour airport transfer has been cancelled.', 'problem:cancellation'],
    ['the reader’s store offline through the sender’s fault', 'Hi Sam,\n\nYour store was offline for two hours this morning because of a fault in our data centre. Service has been restored.', 'problem:outage'],
    ['a bare ban, ended by a full stop', 'Hi Sam,\n\nYou have been banned.', 'problem:suspension'],
    ['an exclaimed ban', 'You’ve been banned!\n\nYou cannot post until 3 May.', 'problem:suspension'],
    ['a prescription declined', 'Dear customer,\n\nYour prescription has been declined.\n\nReason: unreadable scan', 'problem:refund-denied'],
    ['a listing declined, the verb capitalised', 'Hi Jo,\n\nYour item has been Declined.\n\nReason: blurry photos', 'problem:refund-denied'],
    ['a loan extension declined', 'Dear Sam,\n\nyour loan extension for “Dune” has been declined.', 'problem:refund-denied'],
    ['a status set to rejected', 'Hi Sam,\n\nYour certificate has changed its status. The current status is rejected.', 'problem:refund-denied'],
    ['a verdict heading on an appeal', 'Appeal Rejected\n\nHi Sam,\n\nWe reviewed your appeal. The decision stands.', 'problem:refund-denied'],
    ['a provider suspends the reader’s application, in the active voice', 'Dear Lee,\n\nNorthwind has suspended your application for the Maps API.\n\nThe API Team', 'problem:suspension'],
    ['someone else rejects the reader’s whole order', 'Dear Lee,\n\nOrder 88\n\nThe kitchen has rejected all the dishes in your order.', 'problem:refund-denied'],
    ['plural API keys revoked', 'Hello,\n\nYour API keys have been revoked and can no longer be used.', 'problem:suspension'],
    ['dropped from a course with a placeholder name', 'Hello {{ name }}!\n\nYou have been dropped from {{ course }}.', 'problem:suspension'],
    ['unenrolled by a member of staff', 'Dear Lee,\n\nYou have been unenrolled from Algebra II by a member of the course staff.', 'problem:suspension'],
    ['an enrolment suspended', 'Hi Lee,\n\nYour enrolment in Pottery 101 has been temporarily suspended.', 'problem:suspension'],
    ['an invoice that failed to be paid', 'Hi,\n\nYour latest invoice has failed to be paid. Update your card in the billing portal.', 'problem:debt'],
    ['the reader’s dispute rejected', 'Hello,\n\nYour dispute for booking 4410 has been rejected by the Marketplace team.', 'problem:refund-denied'],
    ['the sender refuses in the first person', 'Hi Lee,\n\nI have rejected your refund request because the item was used.', 'problem:refund-denied'],
    ['the sender will now ban the reader', 'Hi Lee,\n\nWe will now ban you from the server for 7 days.', 'problem:suspension'],
    ['a deleted account the reader may contest', 'Goodbye, Lee.\n\nYour member account has been removed from the club site. If you think this was an error, write to the secretary.', 'problem:suspension'],
    ['a suspension in Markdown bold inside a template', 'Hello Lee,\n\nWe are writing to let you know that your account was **suspended** this morning.', 'problem:suspension'],
    ['a shop rejects the order the reader made, without an auxiliary', 'Hi Lee,\n\nThe bakery rejected the order you made, and a refund has been issued.', 'problem:refund-denied'],
    ['a person declines the reader’s application, without an auxiliary', 'Hi Lee,\n\nDana declined your application to join the Garden Club.', 'problem:refund-denied'],
    ['the sender decides to block the reader', 'Dear Lee,\n\nWe have decided to block you from our services.', 'problem:suspension'],
    ['a deposit declined', 'Dear Lee,\n\nYour deposit of $40 was declined.\n\nThanks, Acme', 'problem:failed-payment'],
    ['a sync that stopped, in the past tense', 'Hi Jo,\n\nThe calendar sync for your team was interrupted overnight. Events after 3 am may be missing.', 'problem'],
  ];
  for (const [name, text, expected] of notices) {
    it(name, async () => {
      const purpose = await purposeOf(text);
      if (expected === 'problem') expect(purpose).toMatch(/^problem/);
      else expect(purpose).toBe(expected);
    });
  }
});

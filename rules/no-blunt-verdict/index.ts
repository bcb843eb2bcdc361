import { defineRule, matchEntries, reportEntries } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';
import { verdictPhrases } from './phrases.js';

export default defineRule({
  meta: {
    id: 'no-blunt-verdict',
    description: 'Blunt verdicts on the reader: “Wrong password!”, “Your input is incorrect”, “Are you sure that was your password?”, “You have been warned”.',
    level: 'warn',
    fix: 'suggest',
    phrases: phraseData,
    messages: {
      wrong:
        '“{actual}” passes judgement on what the reader typed, and a word like “wrong” lands on the person, not the form. Say what did not match and how to fix it, for example “That password doesn’t match. Try again or reset it.”',
      invalid:
        '“{actual}” is a verdict on the reader’s input, and shouted or left without a next step it reads as a telling-off. Say what the field needs instead, for example “Enter an e-mail address like name@example.com.”',
      doubt:
        '“{actual}” questions the reader’s competence instead of helping, and a rhetorical question after a failure stings. Say what did not match and what to try, for example “We couldn’t find that e-mail address. Check the spelling or sign up.”',
      politely:
        '“{actual}” tells the reader how to behave, which reads as condescending. Say what they can do, for example “You can ask the author to change it.”',
      scolding:
        '“{actual}” scolds the reader like a child, and an order with an exclamation mark feels like a reprimand. Say what is needed and why, calmly, for example “Please enter a username so others can find you.”',
      stop:
        '“{actual}” orders the reader to stop misbehaving, which scolds them like a child and assumes the worst. Say what the rule is and what happens, calmly, for example “Posts that repeat the same link are hidden. You can post it once in the links thread.”',
      warned:
        '“{actual}” puts the reader on notice like a wrongdoer, which turns a rule into a threat. Explain the rule and what happens, for example “Posts that break the guidelines are hidden, and you can ask for a review.”',
      thirdPerson:
        '“{actual}” talks about the reader in the third person, as a case to be processed, in copy they read themselves. Address them directly, for example “You can confirm your order by Friday.”',
      fault:
        '“{actual}” tells the reader they are at fault without saying what went wrong, which reads as an accusation. Say what did not work and how to put it right, for example “That date is in the past. Choose a date from today onwards.”',
      judged:
        '“{actual}” puts a harsh label on the reader’s own words, which reads as an accusation. Say which rule the post did not meet and what they can do, for example “Posts with more than three links wait for review. Edit your post to remove some links.”',
      labelled:
        '“{actual}” labels the reader as a kind of person, which reads as an accusation even when the check is only unsure. Say what the check found and how to get past it, for example “We couldn’t confirm that you’re a person. Please try the puzzle again.”',
      switchedOff:
        '“{actual}” says the reader was switched off, as if they were an account, and “disabled” said of a person also reads as a label about disability. Say what changed and what they can do, for example “Your account is paused. Contact customer service to turn it back on.”',
      denied:
        '“{actual}” shuts the door on the reader and leaves them no way forward. Say why, and what they can do, for example “You don’t have access to this page. Ask your administrator to invite you.”',
      intent:
        '“{actual}” accuses the reader of trying to break in, when most people who see this followed an old link or took a wrong turn. Say what they can’t open and where to go instead, for example “You don’t have access to this page. Go back to your dashboard or ask an admin for access.”',
      failure:
        '“{actual}” announces a failure with an exclamation mark and stops there, which reads as an alarm and leaves the reader stuck. Say calmly what did not work and what to do next, for example “We couldn’t save your game. Check that there is space on your device and try again.”',
      alarm:
        '“{actual}” dresses an ordinary error as an alarm, and with an exclamation mark it reads as a reprimand. Drop the label and say what happened and what to do, for example “That e-mail address already has an account. Sign in or reset your password.”',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        reportEntries(context, sentence, matchEntries(sentence, verdictPhrases));
      },
    };
  },
});

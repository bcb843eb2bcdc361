import { safeHtml } from '@standardnotes/common'

export const html = safeHtml`<div>
  <p>
    We're truly sad to see you leave. Our mission is simple: build the best, most private, and most secure
    note-taking app available. It's clear we've fallen short of your expectations somewhere along the way.
  </p>
  <p>
    We just want you to know—if price was the reason you canceled, we're not willing to lose you. That's no issue
    for us and we're happy to work out something that fits better with your budget.
  </p>
  <p>
    As an initial offer, we've provided your account with a special discount that reduces the full prices of the
    subscriptions by 20%. When you choose to reactivate a subscription on your account, the discount will immediately
    be applied while you’re selecting a plan.
  </p>
  <p>
    However, in case you might need a higher discount for the subscriptions, feel free to respond to this message,
    and our support team will do their best to assist you. While we’ll do our best to accommodate your request,
    please note that we can’t guarantee what discounts are available at any point in time.
  </p>
  <p>
    If you canceled for another reason, such as a missing feature, or a feature that wasn't behaving or working as
    you expected, please let us know! We build this product for you, and feedback from customers like yourself who
    are willing to pay for a product is most crucial for us as we continue to evolve and iterate on Standard
    Notes.
  </p>
  <p>
    Our team reads every single response, and your feedback will be shared with the relevant department within our
    team.
  </p>
  <p>
    If you have any other thoughts or questions, please feel free to reply directly to this email, and a member of
    our support team will be in touch with you.
  </p>
</div>
`

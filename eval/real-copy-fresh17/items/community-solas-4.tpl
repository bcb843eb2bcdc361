<p>
    The administrators have decided not to publish the image associated with the project <a href="{{PROJECT_VIEW}}">{{PROJECT_TITLE}}</a>.
    Review your image and resubmit a different image or contact <a href="mailto:translators@translatorswithoutborders.org">translators@translatorswithoutborders.org</a> for more information.
</p>

module.exports = () => {
    return {
        subject: 'Your Ekko payment failed',
        text: `<p>Your last payment for Ekko failed, so your account has been put into 'inactive' mode, which means your website won't display.<p><p>Contact us by replying to this email and we can get your account status sorted!</p><p>Or, if you'd like to cancel your account, please do so from your Settings page: <a href="https://ekko.site/settings">https://ekko.site/settings</a>.</p>`
    }
}

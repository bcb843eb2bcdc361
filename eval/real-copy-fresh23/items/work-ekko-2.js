module.exports = () => {
    return {
        subject: 'We failed to fetch your latest Facebook data',
        text: '<p>Please log in to your Ekko dashboard and re-sync your page with Facebook: <a href="https://ekko.site/dashboard">https://ekko.site/dashboard</a></p>'
    }
}

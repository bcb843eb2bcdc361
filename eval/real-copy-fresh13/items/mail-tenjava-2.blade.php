Hi there {{{ $user }}}!

We'd like to have you join our judging team :)

If you could pop into the #ten.java channel on EsperNet and ask for jkcclemens or myself (if you just say our usernames it'll ping us) we can then sort access to the website and IRC channels out.

Thanks for applying - we look forward to working with you judging the entries.

Regards,

The ten.java Team
<?xml version='1.0' encoding='UTF-8'?>
<messages>
  <accountreference>EX0111642</accountreference>
  <message>
    <to>${phone_nbr}</to>
    <body>${non_prod}Your tracking # $connote_nbr is awaiting collection at ${name}, ${address}, ${suburb}, ${postcode}.

Please bring your photo-ID for collection.

If your parcel is not collected by $date, it will be returned to sender</body>
  </message>
</messages>

@extends('layouts.email')

@section('content')
    <p>Hello,</p>
    <p>This email is to confirm that you booked a flight for the ZTL ARTCC's real ops event. To view or cancel your booking(s) and to see any updated information provided by the EC, please click <a href="https://realops.ztlartcc.org/manage-booking">HERE</a></p>
    <p>If you have any questions or concerns or you have not booked any flights, please contact the EC at <a href="mailto:ec@ztlartcc.org">ec@ztlartcc.org</a>.</p>
    <br>
    <p>Sincerely,</p>
    <p>ZTL ARTCC Staff</p>
@endsection
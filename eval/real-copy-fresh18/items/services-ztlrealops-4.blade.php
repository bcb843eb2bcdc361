@extends('layouts.email')

@section('content')
    <p>Hello,</p>
    <p>This email is to inform you that the flight for your booking has been removed by a staff member of the ZTL ARTCC. If you have any questions, please contact the events coordinator at <a href="mailto:ec@ztlartcc.org">ec@ztlartcc.org</a>. You may rebook a new flight.</p>
    <p>To rebook, go to <a href="https://realops.ztlartcc.org/bookings">https://realops.ztlartcc.org/bookings</a>.</p>
    <br>
    <p>Sincerely,</p>
    <p>ZTL ARTCC Staff</p>
@endsection
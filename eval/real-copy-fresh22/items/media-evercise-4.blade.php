@extends('v3.emails.template')

@section('body')
    <strong>Hey <span class="pink-text">{{$user->first_name}}</span></strong>
    <p>Season&apos;s Greetings from Evercise!</p>
    <p>With the Christmas festivities over and the <span class="pink-text">New Year</span> nearly upon us your thoughts might be turning to working off that Christmas turkey.</p>
    <p>But don&apos;t just get back on the same old treadmill. Why not freshen up your fitness routine for 2015 and find a fun new fitness challenge on <span class="pink-text">Evercise?</span></p>
    <p>With hundreds of exciting classes to discover the Evercise network is full of inspiring fitness ideas for the New Year.</p>
    <p>Search Evercise today to get inspired, get social and get active.</p>
@stop
<h3>A moderator deleted your comment.</h3>
<p>A moderator deleted your comment on the following video: <a href="{{url($video->id)}}">/{{$video->id}}</a></p>
<p><span style="font-weight:bold;">Reason:</span> {{$reason}}</p>
@include('messages.commentpreview')
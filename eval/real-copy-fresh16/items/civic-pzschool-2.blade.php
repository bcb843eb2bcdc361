<div style="width: 100%; display:block;">
<h2>Hi {{ $parent_name }}</h2>

<b>Your Child  {{ $child_name }} Student Termination Has Been {{$staus}}</b>
</div>
<div class="hero">
  <div class="hero-body is-small has-text-centered" @if (isset($id)) id="{{ $id }}" @endif>
    <div>
      <p class="heading">Nothing to see here!</p>
      <span class="icon is-large">
        <i class="material-icons is-mi-large">mood</i>
      </span>
    </div>
  </div>
</div>

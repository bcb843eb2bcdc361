<div class="row justify-content-center">
  <!-- Subscription Failed Message Card -->
  <div class="col-md-8 mb-4">
    <div class="card shadow text-center">
      <div class="card-body">
        <h3 class="card-title text-danger mb-3">❌ Subscription Failed</h3>

        <p class="fs-5 text-black">
          Sorry, something went wrong with your payment. Please try again later or contact support.
        </p>

        <div class="my-4">
          <div class="input-group mb-3">
            <span class="input-group-text bg-light"><i class="ti ti-alert-circle text-black"></i></span>
            <input type="text" class="form-control text-black" value="Status: FAILED" readonly>
          </div>
        </div>

        <a href="/dashboard" class="btn btn-secondary w-100 py-2">Back to Dashboard</a>
      </div>
    </div>
  </div>
</div>

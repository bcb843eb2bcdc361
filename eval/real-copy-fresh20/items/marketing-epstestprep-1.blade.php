<main id="main-container">
    <div class="mx-auto bg-white mt-4 px-3 py-2 rounded-1">
        <div class="card border-0">
            <div class="card-body d-flex flex-column justify-content-center align-items-center gap-2">
                <i class="si si-info fs-3 text-warning"></i>
                <h5 class="card-title m-0">Requires an upgrade</h5>
                <p class="card-text m-0">Please upgrade your subscription to get access to this feature.</p>
                <a href="{{route('plan.index')}}" class="btn btn-primary">Upgrade Subscription</a>
            </div>
        </div>
    </div>
</main>
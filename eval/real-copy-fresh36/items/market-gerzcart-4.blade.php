<div class="container">
    <div class="row">
        <div class="col-md-10 col-md-offset-1">
            <div class="panel panel-default">
                <h3>Have a Item It's Over </h3>

                <p>Details </p>
                <p>Item : {{ $item }}</p>
                <p>Sku : {{ $sku }}</p>       
                <p>. </p>

    
            </div>
        </div>
    </div>
</div>


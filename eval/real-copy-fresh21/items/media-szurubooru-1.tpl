<div class='not-found'>
    <h1>Not found</h1>
    <p><%- ctx.path %> is not a valid URL.</p>
    <p><a href='<%- ctx.formatClientLink() %>'>Back to main page</a></p>
</div>

<!doctype html>
<title>User Blocked</title>
<style>
    body {
        text-align: center;
        padding: 150px;
    }

    h1 {
        font-size: 50px;
    }

    body {
        font: 20px Helvetica, sans-serif;
        color: #333;
    }

    article {
        display: block;
        text-align: left;
        width: 90%;
        margin: 0 auto;
    }

    a {
        color: #dc8100;
        text-decoration: none;
    }

    a:hover {
        color: #333;
        text-decoration: none;
    }
</style>

<article>
    <h1 style="text-align: center;color: red;">Blocked Account</h1>
    <div>
        <p style="text-align: center !important;">An administrator has blocked you from running this website</p>
            <div class="boxes"
                 style="background: #eee;padding: 10px ; text-align: center;border-radius: 4px;border: 1px solid #d8d8d8;">
                <h4 style="line-height: 1em;margin: 10px 0px;padding: 0;">Contact with us:</h4>
        <p style="word-break: 2px !important;">
            Email : support@inuabizz.com
        </p>
        <p>Phone : +254751730030</p>

    </div>
    </div>
</article>

<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Document</title>
</head>
<body>
    <p class="mb-5">
        <b class="mr-1">Subject:</b> Status of your application to {{ $title }}
        </p>
        
        <p class="mb-2"> 
        Hi {{ $name }},
        </p>
        <p class="mb-3">
            Thank you for applying to {{ $title }}. We appreciate your interest and the time you invested in applying for the position. we have decided to move forward with another candidate.
            We’re rapidly growing and will be recruiting for similar positions soon. I strongly urge you to keep an eye on our social media channel for updates. We wish you all the best for 
            your future endeavors.
        </p>
             
        <p> 
        Thanks,
        </p> 
        <p>Regards</p>
        <p>{{ $title }}</p>    
</body>
</html>




    
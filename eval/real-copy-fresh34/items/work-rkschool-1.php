<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="shortcut icon" href="../../assets/images/favicon.png" type="image/x-icon">
    <title>Fee Deposit Schedule  | R K Internation School - Narela Road, Safiabad, Sonepat</title>

    <link rel="stylesheet" href="../../assets/styles/css/style.css">
    <link rel="stylesheet" href="../../assets/styles/css/about.css">

    <script src="https://kit.fontawesome.com/7ff147d778.js" crossorigin="anonymous"></script>
    <script src="https://cdnjs.cloudflare.com/ajax/libs/animejs/3.2.1/anime.min.js"></script>
    <link
    rel="stylesheet"
    href="https://cdnjs.cloudflare.com/ajax/libs/animate.css/4.1.1/animate.min.css"
  />


    
</head>
<body>

    <?php include('../../components/header.php') ?>
    <div class="folder_path">       
        <p>Fee Deposit Schedule</p>
    </div>

    <div class="about_us">
    
    <h4>PAYMENT OF FEES OTHER CHARGES</h4>
  <p>School fees must be paid by 10th of every month.</p>
 <p>Late fee fine of Rs. 5/- per day, will be charged up to 30th of the due month.</p>
<p>If fee is not deposited up to 30th of the due month, the student will not be picked up by School bus from very next day.</p>
  <p>Fee for the month of May &amp; June is to be paid in May &amp; for the month of February &amp; March is to paid in February .</p> 
<p>If any student remains absent from the School, without any reason/information for 6 days, his/ her name will be struck off.</p>
<p>If re-admission is sought, Re-admission fee will have to be paid.</p>

<h4>WITHDRAWAL</h4>
<p>One clear calendar month's notice in writing or a month's fees in lieu of such notice must be given before withdrawing any students.</p>
<p>Those who leave the school in May, must in all cases, pay the fees for the month of June. No fee other than caution money is refundable at any stage.</p>
<p>School Leaving certificates are not issued until all dues of the school are settled.</p>
<p>Students can be asked to leave the school on the following grounds:</p>
<p>1. Disciplinary</p>
<p>2. Unsatisfactory progress in academics</p>
<p>3. A student who fails twice in the same class will not be permitted to continue his or her studies in the school, especially if he/she is below average in that class.</p>
<p>Where a withdrawal takes place due to the above reason, no in lieu of the notice will be charged.</p>

<h4>Workshops and Seminars</h4>
<p>Number of Workshops, Seminars and Exhibitions are organized from time to time in School campus. Experts are frequently called from outside in order to deliver the same.</p>

<h4 style="margin-top: 15px;">Picnic and Tours</h4>
<p>Picnic and Tours are a source of recreation. Recreation, entertainment and amusement are also necessary apart from the regular academics and cultural activities. Hence, excursions, educational tours, trips and picnics are also organized from time to time for the students.</p>




                                                
    </div>


    
   
    
    <?php include('../../components/footer.php') ?>


</body>

    <script src="../../assets/scripts/script.js"></script>
</html>
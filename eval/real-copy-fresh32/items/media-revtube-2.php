<!DOCTYPE html>
<html lang="en">
  <head>
  <?php require_once './assets/mod/meta.php';?>      
</head>

  <body>
<?php require_once './assets/mod/db_init.php';?>
<?php require_once './assets/mod/header.php';?>
    <div class="container">
 <div class="content">
        <div class="page-header">
        <?php require_once './assets/mod/alert.php';?>
          <h1>Community Guidelines <small>Last updated November 25, 2023</small></h1>
        </div>
        <div class="row">
          <div class="span10">
            <h2>General Guidelines</h2>
            <ul class="unstyled">
            <li>Harassment will <b><em>not</em></b> be tolerated in any way. If you are found harassing people (including doxxing, this is a common issue on other sites), we reserve the right to delete your video or comment, and if it continues, your account can be deleted.</li>
<br>
<li>You <b>MUST</b> be at least 13* years of age to use this website. If you are found to be under that age (or age otherwise stated below), we will delete your account and all associated data regardless of how many strikes you have.</li>
<br><li><details>
    <summary>*In the following countries, it's not 13:</summary>
<br>
    <ul>
      <h4>Asia</h4>
      <li>South Korea: <b>14+</b></li>
      <li>Vietnam: <b>15+</b></li>
      <h4>Caribbean</h4>
      <li>Aruba, Caribbean Netherlands, Curaçao, Sint Maarten: <b>16+</b></li>
      <h4>Europe</h4>
      <li>Austria, Bulgaria, Cyprus, Italy, Lithuania, Spain: <b>14+</b></li>
      <li>Czechia, France, Greece, Serbia: <b>15+</b></li>
      <li>Croatia, Germany, Hungary, Iceland, Luxembourg, Netherlands, Poland, Romania, San Marino, Slovakia, Slovenia: <b>16+</b></li>
      <h4>South America</h4>
      <li>Chile, Colombia, Peru, Venezuela: <b>14+</b></li>
</ul>
</details></li>
</ul>            
<h2>Uploading Guidelines</h2>
            <ul class="unstyled">
            <li>NSFW/NSFL (Not Safe For Work/Life) content (porn of any kind (legal or not), gore, etc) is absolutely not allowed, and if your account is found to have uploaded this kind of video, you can face: video deletion and strike, account deletion, temporary IP ban, or permanent IP ban.</li>
<br>
<li>Additionally, corrupted videos, defined as videos that cannot be played, will be deleted.</li>
<br>
<li>Shitposting is generally frowned upon, as it adds no value to our site. It is not necessarily against the rules however.</li>
<br>            
</ul>
            <h2>Commenting Guidelines</h2>
            <ul class="unstyled">
            <li>Leaving multiple comments with no purpose or spamming will get your comment(s) deleted.</li>
<br>
<li>Posting links to your videos or profiles (links that lead off-platform included) is not allowed and carries the same punishment as above.</li>
        </ul>
        <h2>Strike System</h2>
        <ul class="unstyled">
            <li>Generally, an infraction (instance of breaking one of these rules) will give you 1 strike.</li><br><li> Unless it's something more severe (illegal content for example), you'll only get one strike for every infraction.</li><br><li> If you have 2 strikes, you lose your ability to upload/comment (depending on which rules you broke).</li><br><li>When your account reaches 3 strikes, it will be deactivated (meaning you will no longer be able to login), and all your videos will be hidden (or deleted, if they violated these guidelines)<!--deleted along with all your videos and comments-->.</li><br><li> Generally you can appeal these decisions. But depending on what you did and the severity of it, appeals may not be accepted.</li<br>
</ul>
          </div>
          <div class="span4">
<?php require_once './assets/mod/whatsnew.php'; ?>
      </div>

      
    </div></div></div> <!-- /container -->
    <?php require_once './assets/mod/footer.php'; ?>
  </body>
</html>
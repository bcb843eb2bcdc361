<?php $page_title = "Services - Library Cards";
$inner = "../";
$about = "../";
$programs = "../";
$reading = "../";
$research = "../";
$services = "";?>

<?php include("../includes/header.php"); ?>

<div id="content" class="internal">

<div id="oneCol">
<h3>Services &gt; Library Cards</h3>

	<p><a href="https://www.warrenville.com/form.php"><strong>Click Here to Complete a Library Card Online Registration Form</strong></a>.</p>
	<p>Warrenville Public Library District residents may fill out a registration card in-person or <a href="../form.php">online</a>.</p>
	<p>See below for more information about the different types of library cards we offer and what you need to bring to apply.</p>
	<p>For more information, contact us at 630-393-1171.</p>

	<h4>Resident Cards</h4>
	<p><strong>*Accepted forms of Proof of Residency:</strong> State Issued Photo I.D. or Driver's License with current street address -OR- Photo I.D. AND postmarked mail, bill or other identification with current street address.</p>
	<ul>
		<li><strong>Over 18</strong></li>
		<li>Proof of Residency*</li>
		<li>Valid for 3 years</li>
		<li>No cost</li>
	</ul>

	<ul>
		<li><strong>Under 18</strong></li>
		<li>Proof of Residency* from a parent or guardian</li>
		<li>Signature of Parent/guardian on library card application</li>
		<li>Valid for 3 years</li>
		<li>No cost</li>
	</ul>

	<h4>Non-Resident Cards</h4>

	<ul>
		<li><strong>Non-Resident Taxpayer</strong></li>
		<li>Individual, partner, principal stockholder, or joint owner, owns or leases taxable property may apply</li>
		<li>Copy of most recent tax bill or copy of most recent lease</li>
		<li>Photo I.D.</li>
		<li>Valid for up to 1 year</li>
		<li>No cost</li>
	</ul>

	<ul>
	  <li><strong>Non-Resident Card</strong></li>
		<li>Tax bill or rent receipt</li>
		<li>Driver's License or State I.D.</li>
		<li>Valid for 1 year</li>
		<li>Yearly fee (based on Tax Bill Method)</li>
	</ul>

	<ul>
		<li><strong>Reciprocal Borrower</strong></li>
		<li>Driver's License or State I.D. (under 18 need a parent/guardian signature)</li>
		<li>Home Library Card</li>
		<li>Good standing at home library</li>
		<li>Valid for 1 year or expiration date at home library (whichever comes first)</li>
		<li>No cost</li>
		<li><strong>Borrowing restrictions apply</strong></li>
	</ul>

	<h4>Lost Cards</h4>
	<p>In the event that a library card is damaged or reported lost, a replacement card will be issued upon presentation of current photo I.D. and a payment of $1.00.  The original library card will be invalidated. The fee will be waived if the card is expired or within three months of its expiration date.</p>

	<h4>Card Renewal</h4>
	<p>If you need to renew your library card, visit the Information Desk with a photo ID, proof of current address and your expired library card (if available). Questions? Contact us at 630-393-1171.</p>
</div>
</div><!--end content-->

<?php include("../includes/footer.php"); ?>

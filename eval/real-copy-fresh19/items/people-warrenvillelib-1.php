<?php $page_title = "Services - Notification and Billing";
$inner = "../";
$about = "../";
$programs = "../";
$reading = "../";
$research = "../";
$services = "";  ?>

<?php include("../includes/header.php"); ?>

<div id="content" class="internal">
<div id="oneCol">
<h3>Services &gt; Notification & Billing</h3>

<h4>Courtesy Pre-overdue eMail Notices </h4>
	<p>Patrons who opt in to email notification will receive a pre-overdue courtesy notice two days prior to the due date. Visit the Library or contact the Member Services Desk to sign up, at 630-393-1171 x100.</p>
	<p><em>Borrowers are responsible for returning or renewing materials on time whether or not a notice has been received.</em></p>

<h4>Library  ELF</h4>
	<p>Library ELF sends eMail reminders for item due dates. Members can set up notifications for multiple cards within their household. <a href="https://www.libraryelf.com">Click here to  sign up for Library ELF</a>. Please note that Library ELF is a private service not affiliated with the Warrenville Public Library District. You use Library ELF at your own option and risk.</p>

<h4>Overdue Notification Schedule</h4>
	<ul>
		<li>2 days before due date........Pre-overdue courtesy notice (eMail only)</li>
		<li>7 days after due date...........First overdue notice</li>
		<li>14 days after due date..........Account blocked, privileges suspended</li>
		<li>21 days after due date..........Second overdue notice</li>
		<li>42 days after due date..........Bill</li>
	</ul>

<h4>Billing</h4>
	<p>A bill will be sent for the following:
		<ul>
			<li>Items 42 days overdue</li>
			<li>Unpaid lost or damaged items</li>
		</ul>
<h4>Debt Collection</h4>
	<p>Accounts with an outstanding balance of $50 or more are sent to a collection agency no sooner than 90 days after a bill is issued. A non-refundable $10 collection fee will be added to all accounts referred to debt collection.</p>

<h4>Online Payments</h4>
	<p>You may pay your fees in person or online. Log into your account and view your fees. Then, <a href="https://magic.collectorsolutions.com/magic-ui/Login/warrenville-public-library-dist" target="_blank">make a payment</a><a href="https://magic.collectorsolutions.com/magic-ui/Login/warrenville-public-library-dist"></a>. Your payment will be processed within 2-3 business days.</p>


</div>
</div><!--end content-->

<?php include("../includes/footer.php"); ?>

<?php $page_title = "Services - Loan Periods and Fees";
$inner = "../";
$about = "../";
$programs = "../";
$reading = "../";
$research = "../";
$services = ""; ?>

<?php include("../includes/header.php"); ?>

<div id="content" class="internal">

<div id="oneCol">
<h3>Services &gt; Loan Periods & Fees</h3>
	<table width="830">
		<tr>
			<td width="47%">
				<h4>Loan Periods</h4>
				<table id="loans" border="1" cellpadding="2" cellspacing="4" bordercolor="#fff" style="border:1px;">
					<tr class="a">
						<th><p><u>2 weeks</u></p></th>
						<th><p><u>4 weeks</u></p></th>
					</tr>
					<tr class="b">
						<td><p>DVDs</p></td>
						<td><p>Books</p></td>
					</tr>
					<tr class="a">
						<td><p>Mobile Devices</p></td>
						<td><p>Music CDs</p></td>
					</tr>
					<tr class="b">
						<td><p>Thematic Kits</p></td>
						<td><p>Audiobooks</p></td>
					</tr>
					<tr class="a">
						<td><p>Puzzles</p></td>
						<td></td>
					</tr>
					<tr class="a">
					  <td>Magazines</td>
					  <td></td>
				  </tr>
				</table>

				<h4>Renewals</h4>
				<p>All items may be renewed up to two times, in person, online or over the phone if the patron account is in good standing and there are no reserves on the item.</p>
				<p>Overdue items may not be renewed online, but may be renewed in person or over the phone.</p>

				<h4>Hold Requests</h4>
				<p>WPLD cardholders may place a request on items that are checked out or otherwise unavailable.  Requests may be placed by patrons either by phone, over the computer or in person.  Patrons will be notified by phone or email when the items are available. Items are held for 7 days.</p>

				<h4>Borrowing Restrictions</h4>
				<p>Library privileges will be suspended for cardholders with:
			  <ul>
						<li>Items 14 or more days overdue</li>
						<li>An account balance of $10 or moer</li>
						<li>Any unpaid lost or damaged items</li>
						<li>An outstanding balance in debt collection</li>
					</ul></p>

			</td>
			<td width="6%"></td>
			<td width="47%">
				<h4>Fine Free Library</h4>
				<p>Effective July 1, 2020, the Library does not charge late fees for overdue items.</p>

				<h4>Long Overdue and Lost Item Fees</h4>
				<p>If an item is not returned within 42 days of the due date a charge for the cost of the item will be added to the borrower's account. </p>
				<p>Lost materials will be accepted back within 1 year of the due date. After 1 year, the cost of the item must be paid in full. Replacement copies are not accepted.</p>

				<h4>Damaged Item Fees</h4>
				<p>If an item sustains damage which can be repaired, a fee may be assessed according to the repair fee schedule.</p>
				<p>If material is considered damaged beyond repair and judged by the Library as being unsuitable for the collection, the patron will be billed for the item. Material considered damaged beyond repair includes but is not limited to: water damaged, chewed, burned, with substantial stains or markings, numerous ripped pages. Replacement copies are not accepted.</p>

				<h4>Incomplete Item Fees</h4>
				<p>Patrons will be billed for the full cost of items which are returned incomplete. Replacement copies are not accepted.</p>

				<h4>Lost Cards</h4>
				<p>In the event that a library card is damaged or reported lost, a replacement card will be issued upon presentation of current photo I.D. and a payment of $1.00.  The original library card will be invalidated. The fee will be waived if the card is expired or within three months of its expiration date.</p>

			</td>
		</tr>
	</table>

</div>
</div><!--end content-->

<?php include("../includes/footer.php"); ?>

<?php $page_title = "Services - Meeting Spaces";
$inner = "../";
$about = "../";
$programs = "../";
$reading = "../";
$research = "../";
$services = ""; ?>

<?php include("../includes/header.php"); ?>

<div id="content" class="internal">

<div id="oneCol">
<h3>Services &gt; Meeting Spaces</h3>

<p>&nbsp;</p>
<h4 align="left">Study Rooms</h4>
<p align="left">Study rooms may be reserved up  to 7 days in advance by Warrenville Library cardholders. Same day reservations  and walk-ins are welcome. Maximum reservation length is 3 hours. Limit 1  reservation per day.</p>
<p align="left"><a href="https://www.warrenville.com/about/Policies/371StudyRoom.pdf" target="_blank">Download the Study Room Policy</a></p>
<p align="left">&nbsp;</p>
<p align="left"><u>Adult Study  Rooms</u><br>
  Call 630/393-1171 x121 to make  a reservation<br>
  Room 1 - casual seating for 3,  HDMI monitor<br>
  Room 2 - table and chairs for  4, HDMI monitor, white board<br>
  Room 3 - table and chairs for  6, HDMI monitor, white board</p>
<p align="left">&nbsp;</p>
<p align="left"><u>Youth &amp;  Teen Study Rooms</u><br>
  Call 630/393-1171 x124 to make  a reservation<br>
  Room 1 - table and chairs for  4, HDMI monitor, white board<br>
  Room 2 - table and chairs for  4, HDMI monitor, white board<br>
  Room 3 - table and booth/bench  seating for 4</p>
<p align="left">&nbsp;</p>
<h4 align="left">Meeting Room</h4>
<p align="left">The Library Meeting Room is  available for educational, informational, cultural and civic functions of the  Warrenville community. Reservations are not accepted for social or private  functions. Admission fees, sales, solicitation and promotion of a specific  product/service are prohibited. </p>
<p align="left"><a href="mailto:jackie@warrenville.com?Subject=Meeting Room Inquiry" target="_top">Email</a> or call 630/393-1171 x119  for more information or to <a href="https://rooms.warrenville.com/reserve">check availability</a>.<br>
  <a href="https://www.warrenville.com/about/Policies/370MeetingRoom.pdf" target="_blank"></a><a href="../about/Policies/370MeetingRoom.pdf" target="_blank">Download the Meeting Room Policy</a></p>
<p align="left"><a href="https://rooms.warrenville.com/reserve">Submit an Online Reservation</a> (Warrenville Library Card and PIN required)<br>
</p>
<p align="left"><a href="MtgRmResForm0917.pdf" target="_blank">Download a Reservation Request  Form</a><a href="Meeting Room Reservation Form July 2017 .pdf" target="_blank"></a></p>
<p align="left">&nbsp;</p>
<p align="left">There is no fee for the use of  the Meeting Room and included equipment. Fees for optional equipment and  services are outlined in the Meeting Room Policy. Room capacities and included  amenities are specified in the policy.</p>
<p align="left">&nbsp;</p>
<p align="left">Reservations are accepted  according to the following schedule.</p>
<p align="left">- For organizations of which the Library is a member, governmental entities serving the Warrenville community and Warrenville Library cardholders reservations are accepted no more than 90 days in advance of a reservation date and a minimum of one week prior to the reservation date.</p>
<p align="left">- For all other organizations, reservations are accepted no more than 60 days in advance of a reservation date and a minimum of one week prior to the reservation date.</p>
<p align="left">&nbsp;</p>
<p align="left">Reservations must be made by an  adult (18 years or older). Requests <a href="Meeting Room Reservation Form July 2017 .pdf" target="_blank"></a> must be received a minimum of one  week prior to an event. Reservations are considered tentative until the  reservation form is received, approved and confirmed by the Library Director or  designee. Reservations will be confirmed within 5 business days.</p>
<p align="left">&nbsp;</p>
<p align="left">The Meeting Room may be  reserved for the following days and times:</p>
<p align="left">Monday through  Thursday: 10 a.m. � 8:30 p.m.<br>
  Friday: ��������������������������������� � 10 a.m. �  6:30 p.m.<br>
  Saturday:������������������� ����������� 10 a.m. � 4:30  p.m.<br>
  <br>
  Limit one reservation per  organization per month. Reservations are not transferable.</p>
<p align="left">&nbsp;</p>
<p align="left">Please review the <a href="../about/Policies/370MeetingRoom.pdf" target="_blank">Meeting Room  Policy</a><a href="https://www.warrenville.com/about/Policies/370MeetingRoom.pdf"></a> for additional rules and restrictions prior to submitting your request.</p>
<p>&nbsp;</p>
<!--<p>The  Hudetz Family Meeting Room may be reserved by Warrenville Library cardholders  when not in use for Library-sponsored programs and activities. The room  accommodates up to 72 people seated auditorium style. Chairs, tables and a  projection screen are available. There is no charge to reserve the room.</p>
<p><br>
  To  reserve the room:</p>
<ul>
  <li>
    <p>Go  to <a href="https://warrenville.evanced.info/spaces">https://warrenville.evanced.info/spaces</a> to search for availability and submit  your request online. (You must have an email address to complete the online  reservation process.) or</p>
  </li>
  <li>
    <p>Call  Jackie Davis, Assistant to the Director, at 630/393-1171 x119 to inquire about  availability then submit a completed <a href="Meeting Room Reservation Form 6-2015.pdf">room request form</a>.</p>
  </li>
</ul>
<p>Reservations  must be made at least 3 days in advance and are accepted for dates up to 90  days in the future.</p>
<p>By  submitting a request, you agree to comply with all provisions of the <a href="../about/Policies/370MeetingRoom.pdf">Library&rsquo;s  Meeting Room Policy</a>. Please review the policy to ensure that you are able to  comply with restrictions and permissible uses, including guidelines for  publicizing your event.</p>
<p>&nbsp;</p>
<p><strong>Frequently  Asked Questions</strong><br>
  Q.  What space can I reserve in the Library?<br>
  A.  The following spaces may be reserved:</p>
<ul>
  <li>
    <p>Hudetz  Family Meeting Room (see above)</p>
  </li>
  <li>
    <p>Study  Room (Warrenville cardholders may reserve up to 7 days in advance. Same day  reservations for all others. Walk ins welcome. Call 630/393-1171 x100 for  additional details.)</p>
  </li>
</ul>
<p>Q.  Who can reserve the Hudetz Room?<br>
  A.  To reserve the room you must be:</p>
<ul>
  <li>
    <p>A  Warrenville Library cardholder, </p>
  </li>
  <li>
    <p>18  years old or older, and</p>
  </li>
  <li>
    <p>present  to sign for and monitor the room on the day of the event.</p>
  </li>
</ul>
<p>Q.  When can the Hudetz Room be reserved?<br>
  A.  The room may be reserved:</p>
<ul>
  <li>
    <p>During regular hours of operation when  not in use for Library programs or events </p>
  </li>
  <li>
    <p>At  least 3 days in advance</p>
  </li>
  <li>
    <p>Not  more than 90 days in advance</p>

  </li>
</ul>
<p>Q. Is there a limit on Hudets Room reservations?</p>
<p>A. You may have up to three active reservations.</p>
<p>&nbsp;</p>
<p>Q.  How do I reserve the Hudetz Room?<br>
  A.  To reserve the room, </p>
<ul>
  <li>
    <p>Go  to <a href="https://warrenville.evanced.info/spaces">https://warrenville.evanced.info/spaces</a> to submit your request online.</p>
  </li>
  <li>
    <p>Download  the <a href="Meeting Room Reservation Form 6-2015.pdf">room request form</a> and follow the instructions at the top of the form.</p>
  </li>
  <li>
    <p>Call  Jackie Davis, Assistant to the Director, 630/393-1171 x119 for more  information. </p>
  </li>
</ul>-->
<p>&nbsp;</p>
<!--<p>A study room that seats up to six people is available for use. Warrenville Library cardholders may reserve the room up to 7 days in advance. Same day reservations and walk-ins are welcome. For more information or to make a reservation call the Adult Services Desk at 630/393-1171 x124.</p>-->
<p>&nbsp;</p>

<p>&nbsp;</p>
</div>
</div><!--end content-->

<?php include("../includes/footer.php"); ?>

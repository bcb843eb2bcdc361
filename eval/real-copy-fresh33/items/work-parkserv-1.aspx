<%@ Page Language="C#" AutoEventWireup="true" CodeFile="Citations.aspx.cs" Inherits="Info_Citations" MasterPageFile="~/Master.master" %>
 <asp:Content ID="Content10" ContentPlaceHolderID="MyContent" runat="server">
<div style=" width:950px;">
    <h1>Citations</h1>
    <h4>Parking &amp; Traffic Violations</h4>
    <p>The driver and/or owner or person in whose name a vehicle is registered shall be responsible for all violations incurred by the vehicle.
         All students, faculty, staff and employees are subject to the schedule of penalties and fines. 
        Penalties and/or fines are payable in person at the University Public Safety Department between 9:00 a.m. and 4:30 p.m. Monday through Friday,
    </p>
    <p><strong>Schedule of Fines:</strong></p><table width="100%" border="1"><tbody><tr><td width="80%" style="cursor: default;">Violation</td><td>Fine</td></tr><tr><td width="383" style="cursor: default;">Parking Improperly</td><td width="33">$25</td></tr><tr><td style="cursor: default;">Parking Permit Not Displayed</td><td>$25</td></tr><tr><td style="cursor: default;">Parking in No Parking Area/on the Grass</td><td>$25</td></tr><tr><td style="cursor: default;">Parking in Loading or Service Zone</td><td>$25</td></tr><tr><td style="cursor: default;">Blocking sidewalk or driveway</td><td>$25</td></tr><tr><td style="cursor: default;">No Parking Permit for Zone</td><td>$25</td></tr><tr><td style="cursor: default;">Parking at fireplug or in fire lane</td><td>$50</td></tr><tr><td style="cursor: default;">Parking along Yellow Curbs</td><td>$25</td></tr><tr><td style="cursor: default;">Parking in Reserved Spaces</td><td>$25</td></tr><tr><td style="cursor: default;">Failure to Register</td><td>$25</td></tr><tr><td style="cursor: default;">Parking in Handicapped Space</td><td>$400</td></tr><tr><td style="cursor: default;">Blocking Handicapped Space Curb Cut</td><td>$400</td></tr><tr><td style="cursor: default;">Vehicle Immobilization</td><td>$75</td></tr><tr><td style="cursor: default;" colspan="1">Backing In or Pulling Through Space</td><td>$25</td></tr></tbody></table><p><br />
</div>
</asp:Content>


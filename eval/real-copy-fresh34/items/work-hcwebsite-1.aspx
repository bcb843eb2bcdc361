<%@ Page Title="" Language="C#" MasterPageFile="~/Master1.master" AutoEventWireup="true" CodeFile="Guidelines.aspx.cs" Inherits="Guidelines" %>

<asp:Content ID="Content1" ContentPlaceHolderID="head" Runat="Server">
</asp:Content>


<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" Runat="Server">
<p>
We value your family and friends and recognise that they are an important part of your recovery process.
• For the comfort of all our patients, we request you to limit your visitors during visiting hours
• Please note that visitors may be restricted according to a patient’s medical condition and/or special needs.
• At the time of admission, you will be issued passes for attendants and visitors. Please request your attendant and visitors to wear/display these passes while in the hospital premises. In case of loss of the pass, you may get in touch with the Concierge Desk located in the hospital main entrance. 
• Visits by children under the age of 12 are not allowed on patient floors. This is to protect children from catching any infection.
• Sanitise hands before and after visiting.
• Use of mobile phones is prohibited where critical medical equipment and patient monitoring systems are in operation. Please read and follow all posted signs about the usage of cell phones, only in approved areas. If you must use your cell phone in approved areas, please speak in a soft tone so that other patients are not disturbed.
</p>

</asp:Content>


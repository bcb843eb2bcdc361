@extends('layout_email.main')
@section('content')
    <div style="box-sizing: border-box; background: #EFF8F8;  border-radius: 8px; padding: 24px 24px 8px 24px;  width: 100%;  display: inline-block;">
{{--        <p style=" font-weight: 400;   font-size: 14px; line-height: 18px; color: #000000; width: 100%;--}}
{{--        display: inline-block;  font-family: 'Mulish', sans-serif; margin-bottom: 16px;">Hello!</p>--}}
        <p  style="box-sizing: border-box; font-weight: 400;   font-size: 14px; line-height: 18px; color: #000000; width: 100%;
        display: inline-block;  font-family: 'Mulish', sans-serif; margin-bottom: 16px;">{{$email_data['invitation']['message']}}</p>
{{--        <p  style=" box-sizing: border-box; font-weight: 400;   font-size: 14px; line-height: 18px; color: #000000; width: 100%;--}}
{{--        display: inline-block;  font-family: 'Mulish', sans-serif; margin-bottom: 16px;">Martin C.</p>--}}
    </div>
<div style="padding:0px 25px">
    <h2 style=" box-sizing: border-box; font-weight: 600; font-size: 16px; line-height: 20px; color: #007F7F; font-family: 'Mulish', sans-serif; margin-top: 27px;" >Usability Testing</h2>
    <p style="box-sizing: border-box; font-family: 'Mulish', sans-serif;  font-size: 14px; line-height: 18px;
    color: #000000; margin-bottom: 27px;">I'm Looking for someone to do usability testing on a webpage. We will need to use user testing.com. Person needs to run the testing and collect and... More</p>

    <div style="box-sizing: border-box; display: flex; border-top: 1px solid #CBDFDF; padding: 16px 0px;">
        <p style="font-size: 14px; line-height: 18px; color: #000000; box-sizing: border-box; font-family: 'Mulish', sans-serif; width: 50%; margin: 0px;">Payment Type</p>
        <p style="font-size: 14px; line-height: 18px; color: #000000; box-sizing: border-box; font-family: 'Mulish', sans-serif; width: 50%; text-align: right;  margin: 0px;">Fixed Price</p>
    </div>
    <div style="box-sizing: border-box; display: flex; border-top: 1px solid #CBDFDF; padding: 16px 0px;">
        <p style="font-size: 14px; line-height: 18px; color: #000000; box-sizing: border-box; font-family: 'Mulish', sans-serif; width: 50%; margin: 0px;">Estimated Buget</p>
        <p style="font-size: 14px; line-height: 18px; color: #000000; box-sizing: border-box; font-family: 'Mulish', sans-serif; width: 50%; text-align: right;  margin: 0px;">$10.00</p>
    </div>
    <div style="box-sizing: border-box; display: flex; border-top: 1px solid #CBDFDF; padding: 16px 0px;">
        <p style="font-size: 14px; line-height: 18px; color: #000000; box-sizing: border-box; font-family: 'Mulish', sans-serif; width: 50%; margin: 0px;">Estimated Time</p>
        <p style="font-size: 14px; line-height: 18px; color: #000000; box-sizing: border-box; font-family: 'Mulish', sans-serif; width: 50%; text-align: right;  margin: 0px;">Less than 1 month</p>
    </div>

    <div style="text-align: center; display: inline-block; display: inline-block; width: 100%; padding: 23px 0px 26px 0px; box-sizing: border-box; border-top: 1px solid #CBDFDF; border-bottom: 1px solid #CBDFDF;" class="btns-cont">
        <a href="#" style="box-sizing: border-box; font-family: 'Mulish', sans-serif; border-radius: 5px;
        background: #7F007F;  border-radius: 5px;  color: #fff; font-weight: 600;  font-size: 14px; width: 150.58px;
        height: 40px; display: inline-block; text-align: center; text-decoration: none; padding-top: 12px; display: inline-block; margin-right: 7px;">Submit Proposal</a>

        <a href="#" style="box-sizing: border-box;  font-family: 'Mulish', sans-serif;  border-radius: 5px; background: #fff;
        border-radius: 5px; color: #7F007F; font-weight: 600; font-size: 14px; width: 150.58px;  height: 40px; display: inline-block;
        text-align: center;  text-decoration: none; padding-top: 12px; border: 1px solid #7F007F; display: inline-block; margin-left:7px;">Decline</a>
    </div>
    <p style="font-size: 16px; line-height: 20px; color: #000000; box-sizing: border-box; font-family: 'Mulish', sans-serif; font-weight: 600; margin-top:27px;">Know someone for the job?</p>
    <p style="box-sizing: border-box; font-family: 'Mulish', sans-serif;  font-size: 14px; line-height: 21px;
    color: #000000; margin-bottom: 25px;">If you decline an invite you'll have the option to help a fellow freelancer by referring them to the job. It's quick and won't affect your profile!
</p>

<p style="box-sizing: border-box; font-family: 'Mulish', sans-serif;  font-size: 14px; line-height: 21px;
color: #000000; margin-bottom: 13px; border-top: 1px solid #CBDFDF; padding-top: 25px;">{{$email_data['email_template']['footer_title']}}</p>
<p style="box-sizing: border-box; font-family: 'Mulish', sans-serif;  font-size: 14px; line-height: 21px;
color: #000000; margin-bottom: 24px; width: 88%;">{{$email_data['email_template']['footer_description']}}</p>
<p style="box-sizing: border-box; font-family: 'Mulish', sans-serif;  font-size: 14px; line-height: 21px;
color: #000000; margin-bottom: 27px; width: 88%; border-top: 1px solid #CBDFDF; padding-top: 24px;">We send this email occasionally. <br />
Feel free to update your <a href="#" style="color: #007F7F;">email preferences</a> or <a href="#" style="color: #007F7F;">unsubscribe</a> from these emails at any time.
</p>

<p style="box-sizing: border-box; font-family: 'Mulish', sans-serif;  font-size: 14px; line-height: 21px;
color: #000000; margin-bottom: 2px; width: 88%;">Thanks for your time,</p>

<p style="box-sizing: border-box; font-family: 'Mulish', sans-serif;  font-size: 14px; line-height: 21px;
color: #007F7F; margin-bottom: 27px; width: 88%; margin-top: 8px;">The DF Team</p>
</div>

@endsection

<style>
@import url('https://fonts.googleapis.com/css2?family=Mulish&display=swap');
@import url('https://fonts.googleapis.com/css2?family=Mulish:wght@800&display=swap');

*{ padding:0px; margin:0px;box-sizing: border-box;}
img{ max-width: 100%;}

@media only screen and (max-width:599px){
.logo-container{
padding-left: 2% !important;
}
.body_container{
width: 100% !important;
}
ul.nav_listing li {
margin: 0px 0px 0px 0px !important;
}
ul.nav_listing li a {
font-size: 14px !important;
margin: 0px 8px !important;
}
.logo-m-container{
padding-left: 2%;
}
}
@media only screen and (max-width:480px){
ul.nav_listing li a {
font-size: 11px !important;
margin: 0px 4px !important;
}
.nav_listing{
margin-top: 3px !important;
display: flex;
 justify-content: center;
 align-items: center;
}
h1.heading-s {
font-size: 20px !important;
line-height: 26px !important;
}
span.logo-con_mbl img {
width: 57% !important;
margin: 0px auto;
display: block;
}
.footer_cs1 {
text-align: center;
display: inline-block !important;
}
.footer_cs1 p {
width: 100% !important;
}
.tp-bg {
padding: 0px 10px 60px 10px !important;
}

}
@media only screen and (max-width:375px){
.d-cs {
display: inline-block !important;
text-align: center;
}
.nav_listing {
margin-top: -3px !important;
width: 100% !important;
/* display: inline-block !important; */
text-align: center !important;
}
.btns-cont a {
margin: 0px 0px 8px 0px !important;
}
}
</style>

  


<div id="email" style="margin-top: 1em;">
    <div style="margin-bottom: .2em;">
        <p style="margin: 0; width:100%; font-size: 1.2em; font-weight: 700; padding-bottom: .2em;">A new message was sent to you via GymRevenue! </p>
        <p style="margin: 0; width:100%; font-size: 1.2em; font-weight: 700; padding-bottom: .2em;">Message From </p>
        <p style="margin: 0; width:100%;">{{$user['name']}}</p>
    </div>

    <div style="margin-bottom: .2em;">
        <p style="margin: 0; width:100%; font-size: 1.2em; font-weight: 700; padding-bottom: .2em;">Message</p>
        <p style="margin: 0; width:100%;">{{ $data['message'] }}</p>
    </div>

    <br />
    <br />

</div>

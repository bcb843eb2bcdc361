import React from "react";

const Featured = () => (
    <div>
        <h3>Congratulations!</h3>
        <p>
            Your excellent track record of high quality writing on Listed has earned you
            {" "}
            a spot as a featured writer.
            This means you&apos;ll have a permanent spot on our
            {" "}
            <a href="https://listed.to">homepage</a>
            {" "}
            (so long as you remain active), as well as a distinguished star next to your name.
        </p>
        <p>
            Keep up the good work!
        </p>
    </div>
);

export default Featured;

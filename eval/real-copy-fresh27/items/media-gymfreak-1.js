export const signuptemplate={
        subject: 'Welcome to Your Fitness Journey at Gym Freak Academy! 💪',
        text: `Hi there!

        Welcome to Gym Freak Academy — your new home for fitness, motivation, and transformation!

        You’ve taken the first step toward a healthier, stronger, and more confident version of yourself. We're here to guide and support you every rep, step, and stretch of the way.

        Get ready to break limits, build discipline, and become unstoppable.

        Let's get to work!
        – Team Gym Freak Academy`,
        html: `
        <div style="font-family: Arial, sans-serif; line-height: 1.6;">
          <h2 style="color: #2c3e50;">Welcome to Gym Freak ! 💪</h2>
          <p>Hi there,</p>
          <p>
            Congratulations on joining <strong>Gym Freak Academy</strong> — where your fitness journey begins! You're now part of a community that’s all about progress, positivity, and pushing past limits.
          </p>
          <p>
            <em>“Discipline is the bridge between goals and accomplishment.”</em><br>
            You've just taken that first powerful step.
          </p>
          <p>
            Whether your goal is to get stronger, feel better, or simply move more, we’ve got your back — every set, every sprint, every sweat.
          </p>
          <p>
            Let’s crush those goals — together.
          </p>
          <p>
            💥 <strong>Stay strong, stay consistent.</strong><br>
            – Team Gym Freak Academy
          </p>
        </div>
        `
}
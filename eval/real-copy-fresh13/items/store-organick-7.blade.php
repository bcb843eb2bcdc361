<x-email-layout>
    <div>
        <p style="font-weight: bold; color: #274c5b; font-size: 22px; margin: 16px 0 12px;">
            Hello {{ $data['name'] }},
        </p>
        <p style="color: #545e62;">Welcome to Organick! We're thrilled to have you join our community, where we bring you
            the best in organic products, carefully curated to support a healthy, sustainable lifestyle.</p>
        <p style="color: #274c5b; font-size: 20px; text-decoration: underline;">
            <strong>Here’s what you can expect from us:</strong>
        </p>
        <ul style="color: #274c5b; padding-left: 20px;">
            <li style="margin-bottom: 8px;"><strong>Exclusive Offers:</strong> <span style="color: #545e62;">Get early
                    access to promotions and special discounts.</span></li>
            <li style="margin-bottom: 8px;"><strong>Personalized Recommendations: </strong> <span style="color: #545e62;">
                    Discover products that align with your values and preferences.</span></li>
            <li style="margin-bottom: 8px;"><strong>Community and Support:</strong><br> <span
                    style="color: #545e62; margin-bottom: 6px;
                        display: inline-block;">Our team
                    is always here to help with any questions or guidance you need.</span>
            </li>
        </ul>
        <div style="color: #274c5b">
            <p style="margin-bottom:6px">To get started, simply log in and explore our collection. If you have any
                questions, feel free to reply
                to this email or reach out to our support team.</p>
            <p>Thank you for choosing Organick! We look forward to supporting you on your journey to wellness.</p>
        </div>
        <div style="color: #274c5b;">
            <p>Warm regards,
            </p>
            <p>The Organick Team</p>
        </div>
    </div>
</x-email-layout>

{{-- subject Welcome to Organick! 🌿 --}}

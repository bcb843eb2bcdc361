<p>You cannot create more servers with your current subscription plan. <x-app-link href="/billing">Upgrade</x-app-link> to create more servers.</p>

<span>You need an active subscription to deploy a project. <x-app-link href="/billing">Upgrade Subscription</x-app-link></span>

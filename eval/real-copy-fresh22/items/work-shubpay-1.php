<div class="text-center">
    <div class="mb-6">
        <div class="w-20 h-20 bg-red-100 dark:bg-red-900 rounded-full flex items-center justify-center mx-auto">
            <i class="fas fa-exclamation-triangle text-red-500 dark:text-red-400 text-4xl"></i>
        </div>
    </div>
    
    <h1 id="blocked-title" class="text-2xl md:text-3xl font-bold mb-4 text-gray-900 dark:text-gray-100">Email Blocked</h1>
    
    <p class="text-gray-600 dark:text-gray-400 mb-6">
        We're sorry, but the email address you provided has been blocked from making purchases.
    </p>
    
    <div class="bg-red-50 dark:bg-red-900/30 border border-red-200 dark:border-red-800 rounded-lg p-4 mb-6">
        <p class="text-red-700 dark:text-red-400">
            If you believe this is an error, please contact our support team for assistance.
        </p>
    </div>
    
    <div class="flex space-x-4 justify-center">
        <a href="/pay" class="bg-gray-200 hover:bg-gray-300 dark:bg-gray-700 dark:hover:bg-gray-600 text-gray-800 dark:text-gray-200 py-2 px-6 rounded-lg transition duration-300 focus:outline-none focus:ring-2 focus:ring-gray-400 focus:ring-opacity-75">
            Go Back
        </a>
        
        <a href="/contact" class="bg-blue-600 hover:bg-blue-700 text-white py-2 px-6 rounded-lg transition duration-300 focus:outline-none focus:ring-2 focus:ring-blue-400 focus:ring-opacity-75">
            Contact Support
        </a>
    </div>
</div>

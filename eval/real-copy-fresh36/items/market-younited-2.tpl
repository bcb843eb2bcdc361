{**
 * Copyright since 2022 Younited Credit
 *
 * NOTICE OF LICENSE
 *
 * This source file is subject to the Academic Free License (AFL 3.0)
 * that is bundled with this package in the file LICENSE.md.
 * It is also available through the world-wide-web at this URL:
 * https://opensource.org/licenses/AFL-3.0
 * If you did not receive a copy of the license and are unable to
 * obtain it through the world-wide-web, please send an email
 * to tech@202-ecommerce.com so we can send you a copy immediately.
 *
 * @author	 202 ecommerce <tech@202-ecommerce.com>
 * @copyright 2022 Younited Credit
 * @license   https://opensource.org/licenses/AFL-3.0  Academic Free License (AFL 3.0)
 *}
<div class="younitedpay_product_info" data-hook="{$hook_younited|escape:'htmlall':'UTF-8'}" {if $hook_younited == 'widget'}data-widget{/if}>
<div class="younitedpay-widget-root yp-rounded-bg yp-p-2">
   {if count($offers) > 0}
   <div class="younited_block yp-pb-2 yp-pt-2 yp-my-2{if isset($widget_borders) && (bool) $widget_borders === true} widget_border{/if}">
      <div class="yp-cursor-pointer yp-flex yp-flex-row yp-items-center yp-flex-wrap">
         <img class="yp-mb-1 yp-p-2 yp-logo lazyloaded" src="{$shop_url|escape:'htmlall':'UTF-8'}{$logo_younitedpay_black_url|escape:'htmlall':'UTF-8'}" alt="logo Younited Pay" data-ll-status="loaded">
         <div class="yp-flex yp-flex-row yp-justify-center yp-items-center yp-flex-wrap">
         {foreach from=$offers item=offer key=key}
         {if $key >= 5}{break}{/if}
            {assign var="background_block" value=''}
            {if (int) $key === (int) $selected_offer}
               {assign var="background_block" value='yp-bg-black-btn'}
            {/if}
            <span class="yp-flex yp-flex-row yp-space-x-1 yp-mx-1 yp-mb-1 maturity_installment maturity_installment{$key|escape:'htmlall':'UTF-8'} {$background_block|escape:'htmlall':'UTF-8'}"
                  data-key="{$key|escape:'htmlall':'UTF-8'}"
                  data-amount="{$offer.installment_amount|escape:'htmlall':'UTF-8'}"
                  data-totalamount="{$offer.total_amount|escape:'htmlall':'UTF-8'}"
                  data-interesttotal="{$offer.interest_total|escape:'htmlall':'UTF-8'}"
                  data-feetotal="{$offer.fee_total|escape:'htmlall':'UTF-8'}"
                  data-initamount="{$offer.initial_amount|escape:'htmlall':'UTF-8'}"
                  data-downpayment="{$offer.down_payment_amount|escape:'htmlall':'UTF-8'}"
                  data-taeg="{$offer.taeg|escape:'htmlall':'UTF-8'}"
                  data-tdf="{$offer.tdf|escape:'htmlall':'UTF-8'}"
                  data-type="{$offer.type|escape:'htmlall':'UTF-8'}"
                  data-maturity="{$offer.maturity|escape:'htmlall':'UTF-8'}"
                  data-installment="{json_encode($offer.installment)|escape:'htmlall':'UTF-8'}">
               <span class="yp-inline-block yp-h-10">
                  <span class="yp-inline-block yp-transition-all yp-border-opacity-100 yp-h-10
                     blocks_maturity block_maturity{$key|escape:'htmlall':'UTF-8'} yp-flex flexmiddle ">
                     <span class="yp-flex flexmiddle yp-p-2 yp-rounded-sm yp-transition-colors
                        yp-duration-500 yp-select-none">
                     {$offer.maturity|escape:'htmlall':'UTF-8'}x
                     </span>
                  </span>
               </span>
            </span>
         {/foreach}
         {if (bool) $show_ranges === true && empty($range_offers) === false}
            <span class="yp-flex yp-flex-row yp-space-x-1 yp-mx-1 yp-mb-1 maturity_installment maturity_installment9999"
                  data-key="9999"
                  data-amount="{$offer.installment_amount|escape:'htmlall':'UTF-8'}"
                  data-totalamount="{$offer.total_amount|escape:'htmlall':'UTF-8'}"
                  data-initamount="{$offer.initial_amount|escape:'htmlall':'UTF-8'}"
                  data-interesttotal="{$offer.interest_total|escape:'htmlall':'UTF-8'}"
                  data-feetotal="{$offer.fee_total|escape:'htmlall':'UTF-8'}"
                  data-downpayment="{$offer.down_payment_amount|escape:'htmlall':'UTF-8'}"
                  data-taeg="{$offer.taeg|escape:'htmlall':'UTF-8'}"
                  data-tdf="{$offer.tdf|escape:'htmlall':'UTF-8'}"
                  data-type="{$offer.type|escape:'htmlall':'UTF-8'}"
                  data-maturity="{$offer.maturity|escape:'htmlall':'UTF-8'}"
                  data-installment="{json_encode($offer.installment)|escape:'htmlall':'UTF-8'}"
                  title="{l s='Customise' mod='younitedpay'}">
               <span class="yp-inline-block yp-h-10">
                  <span class="yp-inline-block yp-transition-all yp-border-opacity-100 yp-h-10
                     blocks_maturity block_maturity{$key|escape:'htmlall':'UTF-8'} yp-flex flexmiddle ">
                     <span class="yp-flex flexmiddle yp-p-2 yp-rounded-sm yp-transition-colors
                        yp-duration-500 yp-select-none">
                        <img class="yp-logo-range" src="{$shop_url|escape:'htmlall':'UTF-8'}{$logo_slider_black_url|escape:'htmlall':'UTF-8'}" alt="Slider icon"/>
                     </span>
                  </span>
               </span>
            </span>
         {/if}
         </div>
      {assign var=offer_max_line value=4}
      {if $hook_younited == 'displayAfterProductThumbs'}
         {assign var=offer_max_line value=3}
      {/if}

      {assign var=price_at_bottom value=false}
      {if count($offers) >= $offer_max_line && $hook_younited != 'widget'}
         {assign var=price_at_bottom value=true}
      {/if}

      {if $iso_code === 'it'}
         {if $price_at_bottom == true}
         </div>
         <div class="yp-cursor-pointer yp-flex yp-flex-row yp-items-center yp-flex-wrap yp-text-xs yp-p-2 yp-pb-0">
            <hr class="yp-border-prple yp-opacity-50">
         {/if}
            <span class="yp-justify-start yp-flex-row yp-space-x-1 yp-mx-2 yp-mb-1{if $price_at_bottom == true} yp-price-block{else} yp-pl-3{/if}">
               <span class="yp-h-7 yp-flex yp-items-center"{if $price_at_bottom == true} style="padding-right:2rem!important;"{/if}>
                  <span class="younitedpay_infoinstallment yp-install-amount">
                     {$offers[$selected_offer].installment_amount|escape:'htmlall':'UTF-8'} €
                  </span>&nbsp;
                  <span>/</span>&nbsp;
                  <span>{l s='months' mod='younitedpay'}</span>
            </span>
         </div>
      {else}
         </div>
         <div class="yp-cursor-pointer yp-flex yp-flex-row yp-justify-center yp-items-center yp-flex-wrap yp-text-xs">
            <span class="yp-offer-zone {if ($offers[$selected_offer]['type'] !== 'SplitPayment')}hidden{/if}">
               <p class="yp-pol-black">
                  <span class="yp-install-maturity-split">{$offers[$selected_offer].maturity|escape:'htmlall':'UTF-8'}&nbsp;x</span>
                  <span class="younitedpay_info installment yp-install-amount yp-inline">
                     {$offers[$selected_offer].installment_amount|escape:'htmlall':'UTF-8'}&nbsp;€
                  </span>
                  <span class="yp-with-fee">
                     <span>({l s='including' mod='younitedpay'}</span>
                     <span class="yp-fee">{$offers[$selected_offer].fee_total|escape:'htmlall':'UTF-8'}&nbsp;€</span>
                     <span>{l s='fees' mod='younitedpay'})</span>
                  </span>
                  <span class="yp-without-fee">
                     <span>({l s='without fees' mod='younitedpay'})</span>
                  </span>
               </p>
               {if $iso_code !== 'it'}
                  <p class="yp-with-fee yp-low-grey-text yp-mt-3">
                     {l s='Taking out a loan is a commitment with an' mod='younitedpay'}
                     {l s='obligation of repayment.' mod='younitedpay'}
                     {if $iso_code == 'fr'}
                        {l s='Verify your ability' mod='younitedpay'}
                        {l s='to repay the loan' mod='younitedpay'}
                     {else}
                        {l s='Verify your ability' mod='younitedpay'}
                        {l s='to repay the loan' mod='younitedpay'}
                     {/if}
                     {l s='before committing.' mod='younitedpay'}
                  </p>
               {/if}
            </span>

            <span class="yp-more-details-zone {if ($offers[$selected_offer]['type'] === 'SplitPayment')}hidden{/if}">
               <a href="#younited_popupzone" id="yp-kml">
                  <p class="yp-pol-black">
                     <span class="yp-range-text">
                        <span>{l s='Until' mod='younitedpay'}</span>
                        <span>{$max_install|escape:'htmlall':'UTF-8'}</span>
                        <span>{l s='maturities' mod='younitedpay'}</span>
                        -
                     </span>
                     <span>{l s='Click to learn more' mod='younitedpay'}</span>
                  </p>
               </a>
               <p class="yp-low-grey-text yp-mt-3">
                  {l s='Taking out a loan is a commitment with an' mod='younitedpay'}
                  {l s='obligation of repayment.' mod='younitedpay'}
                  {if $iso_code == 'fr'}
                     {l s='Verify your ability' mod='younitedpay'}
                     {l s='to repay the loan' mod='younitedpay'}
                  {else}
                     {l s='Verify your ability' mod='younitedpay'}
                     {l s='to repay the loan' mod='younitedpay'}
                  {/if}
                  {l s='before committing.' mod='younitedpay'}
               </p>
            </span>
         </div>
      {/if}
   </div>
   <div id="younited_popupzone"
      class="yp-inset-0 yp-flex yp-fixed yp-justify-center yp-items-center yp-z-100 yp-bg-black yp-bg-opacity-50" style="display:none!important;">
      <div
         class="yp-overflow-auto yp-relative yp-p-6 yp-flex yp-flex-row yp-flex-wrap yp-rounded-xxl yp-shadow-lg yp-w-screen yp-h-screen md:yp-h-580 lg:yp-w-11/12 md:yp-max-w-4xl yp-max-h-screen yp-bg-white">
         <button class="younited_btnhide yp-opacity-100 yp-absolute yp-top-3 yp-right-4 yp-outline-none close-popup-you">
            <svg width="14" height="14" viewBox="0 0 14 14" fill="#1C1C1C" class="yp-close-black" xmlns="http://www.w3.org/2000/svg">
               <path d="M8.4 7L13.7 1.7C14.1 1.3 14.1 0.7 13.7 0.3C13.3 -0.1 12.7 -0.1 12.3 0.3L7 5.6L1.7 0.3C1.3 -0.1 0.7 -0.1 0.3 0.3C-0.1 0.7 -0.1 1.3 0.3 1.7L5.6 7L0.3 12.3C-0.1 12.7 -0.1 13.3 0.3 13.7C0.5 13.9 0.7 14 1 14C1.3 14 1.5 13.9 1.7 13.7L7 8.4L12.3 13.7C12.5 13.9 12.8 14 13 14C13.2 14 13.5 13.9 13.7 13.7C14.1 13.3 14.1 12.7 13.7 12.3L8.4 7Z" />
            </svg>
         </button>
         <div class="yp-w-full yp-px-6 yp-py-8 md:yp-w-2/5 yp-border-lprple yp-bg-purple-light yp-rounded-bg">
            <div class="yp-left-title-text yp-font-family-rg yp-text-center">
               <span class="yp-h3">{l s='Buy now and pay as you go' mod='younitedpay'}</span>
            </div>
            <div class="yp-mt-7 yp-font-normal">
                <span class="yp-step">
                    <span class="yp-linumber">1</span>
                    <span class="yp-text-sm yp-leading-relaxed">
                        {l s='Choose' mod='younitedpay'}
                        <b>{l s='Younited Pay' mod='younitedpay'}</b>
                        {l s='at checkout.' mod='younitedpay'}
                     </span>
                </span>
                <span class="yp-step">
                    <span class="yp-linumber">2</span>
                    <span class="yp-text-sm yp-leading-relaxed">
                        {l s='Let us guide you and pay in less than' mod='younitedpay'}
                        <b>{l s='2 minutes.' mod='younitedpay'}</b>
                     </span>
                </span>
                <span class="yp-step">
                    <span class="yp-linumber">3</span>
                    <span class="yp-text-sm yp-leading-relaxed">
                        <b>{l s='Track' mod='younitedpay'}</b>
                        {l s='your refund from our Younited app.' mod='younitedpay'}
                     </span>
                </span>
            </div>
            <p class="yp-mt-6">
               <span class="yp-inline-block yp-h-10"></span>
            </p>
            <span class="yp-flex yp-popup-logo yp-pl-2">
               <img class="lazyloaded" src="{$shop_url|escape:'htmlall':'UTF-8'}{$logo_younitedpay_url|escape:'htmlall':'UTF-8'}" alt="youpay"
                  data-ll-status="loaded" />
               <noscript>
                  <img src="{$shop_url|escape:'htmlall':'UTF-8'}{$logo_younitedpay_url|escape:'htmlall':'UTF-8'}" alt="youpay">
               </noscript>
            </span>
         </div>
         <div class="yp-right yp-h-full yp-w-full md:yp-w-3/5 yp-pb-24 md:yp-pb-8 md:yp-pt-8 yp-flex yp-flex-col yp-align-center yp-bg-beige">
            <div class="yp-flex-grow">

               {include file="module:younitedpay/views/templates/front/credit_informations.tpl"}

               <div class="yp-flex yp-justify-end">
                  <button class="btn younited_btnhide yp-opacity-100 yp-mt-3 yp-right-4">
                     {l s='Close' mod='younitedpay'}
                  </button>
               </div>
            </div>
         </div>
      </div>
   </div>
   {/if}
</div>
</div>

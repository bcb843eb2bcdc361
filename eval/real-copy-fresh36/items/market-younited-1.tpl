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
<div>
  <p>
    {l s='You have chosen to pay your order by credit using the YounitedPay solution.' mod='younitedpay'}
  </p>
  <h4>
    {l s='The contract will begin when your order is delivered.'  mod='younitedpay'}
  <h4>
  <p>
    {l s='If you have any questions or concerns, please do not hesitate to contact ' mod='younitedpay'}
    {l s='our customer service.' mod='younitedpay'}
  </p>
</div>
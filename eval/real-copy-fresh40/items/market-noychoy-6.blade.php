{{-- Conversion-optimized buy box. Expects Alpine `productPage` scope on an ancestor. --}}
@php
    $lowStock = theme('urgency_low_stock') && $product->manage_stock
        && $product->stock_quantity > 0 && $product->stock_quantity <= (int) theme('low_stock_threshold', 5);
@endphp

<div>
    <h1 class="font-display text-3xl font-semibold">{{ $product->name }}</h1>

    {{-- Rating summary (display) --}}
    @php
        $avgRating = $product->average_rating;
        $reviewCount = $product->review_count;
    @endphp
    <a href="#reviews" class="mt-2 flex items-center gap-2 text-sm group">
        <div class="flex text-gold-500">
            @for($i = 1; $i <= 5; $i++)<svg class="w-4 h-4 {{ $avgRating && $i > round($avgRating) ? 'text-ink-200' : '' }}" fill="currentColor" viewBox="0 0 20 20"><path d="M9.049 2.927c.3-.921 1.603-.921 1.902 0l1.286 3.96a1 1 0 00.95.69h4.162c.969 0 1.371 1.24.588 1.81l-3.37 2.448a1 1 0 00-.363 1.118l1.287 3.96c.3.922-.755 1.688-1.54 1.118l-3.37-2.448a1 1 0 00-1.175 0l-3.37 2.448c-.784.57-1.838-.196-1.539-1.118l1.287-3.96a1 1 0 00-.363-1.118L2.05 9.387c-.783-.57-.38-1.81.588-1.81h4.162a1 1 0 00.95-.69l1.286-3.96z"/></svg>@endfor
        </div>
        <span class="text-ink-700/50 group-hover:text-gold-700">{{ $reviewCount ? $avgRating.' · '.$reviewCount.' review'.($reviewCount > 1 ? 's' : '') : 'No reviews yet — be the first' }}</span>
    </a>

    {{-- Love / heart reaction + share --}}
    <div class="flex items-center gap-4 flex-wrap">
        <x-love-button :product="$product" :loved="$loved ?? false" :count="$lovesCount ?? $product->loves_count" />
        <x-share-button :url="route('product.show', $product)" :title="$product->name" label="Share" />
    </div>

    <div class="mt-4 flex items-baseline gap-3 flex-wrap">
        <span class="text-2xl font-semibold text-gold-700" x-text="priceText()"></span>
        {{-- Original price + discount % (per-variant for variable products; shown once a variant is chosen) --}}
        <template x-if="onSale && (!hasVariants || matched)">
            <span class="text-ink-400 line-through" x-text="fmt(compareAt)"></span>
        </template>
        <template x-if="onSale && (!hasVariants || matched)">
            <span class="badge bg-red-100 text-red-700">Save <span x-text="discountPct"></span>%</span>
        </template>
        <template x-if="offerPercent > 0">
            <span class="badge bg-green-100 text-green-700">Bundle price · save <span x-text="fmt(savings)"></span></span>
        </template>
    </div>

    {{-- Member price banner --}}
    @if(is_member() && member_pricing()->enabled())
        @php $mPct = member_pricing()->percentForProduct($product); @endphp
        @if($mPct > 0)
            <div class="mt-3 rounded-lg bg-gold-100/70 border border-gold-300 px-3 py-2.5 text-sm text-gold-800 flex items-center gap-2">
                <span class="text-lg">🎖️</span>
                <span>
                    <strong>Member price {{ money(member_pricing()->memberPrice($product)) }}</strong>
                    <span class="text-gold-700/70">· save {{ rtrim(rtrim(number_format($mPct,1),'0'),'.') }}%@unless($product->has_variants) ({{ money(member_pricing()->savings($product)) }})@endunless</span>
                    — applied automatically at checkout.
                </span>
            </div>
        @endif
    @endif

    @if($product->short_description)
        <p class="mt-4 text-ink-700/80">{{ $product->short_description }}</p>
    @endif

    {{-- Quantity / bundle offers --}}
    @php $offerTiers = $product->offerTiers(); @endphp
    @if(!empty($offerTiers))
        @php
            // A tier that needs 2+ makes this a "buy more" block; a lone 1+ tier
            // is just a discount on the product, so the heading follows suit.
            $hasBundle = collect($offerTiers)->contains(fn ($t) => $t['min_qty'] >= 2);
            $allPreorder = collect($offerTiers)->every(fn ($t) => $t['preorder_only']);
        @endphp
        <div class="mt-5 rounded-xl border p-4 {{ $allPreorder ? 'border-violet-200 bg-violet-50/60' : 'border-gold-200 bg-gold-50/60' }}">
            <p class="text-sm font-semibold text-ink-800 flex items-center gap-1.5">
                @if($allPreorder) 📅 Pre-order offer
                @elseif($hasBundle) 🎁 Buy more, save more
                @else 🎁 Offer on this piece
                @endif
            </p>
            <div class="mt-3 grid gap-2">
                @foreach($offerTiers as $tier)
                    @php $each = round((float) $product->price * (1 - $tier['percent'] / 100), 2); @endphp
                    <button type="button" @click="qty = Math.max(qty, {{ $tier['min_qty'] }})"
                        class="relative w-full text-left rounded-lg border px-3 py-2.5 text-sm transition
                               {{ $tier['preorder_only'] ? 'border-violet-300' : ($tier['highlight'] ? 'border-gold-400 shadow-sm' : 'border-ink-100') }}"
                        :class="qty >= {{ $tier['min_qty'] }} ? 'border-green-500 bg-green-50' : 'hover:border-gold-300 bg-white'">
                        @if($tier['badge'])
                            <span class="absolute -top-2 right-3 rounded-full px-2 py-0.5 text-[10px] font-semibold uppercase tracking-wide text-white
                                         {{ $tier['preorder_only'] ? 'bg-violet-600' : 'bg-gold-600' }}">
                                {{ $tier['badge'] }}
                            </span>
                        @endif
                        <span class="flex items-center justify-between gap-3">
                            <span class="font-medium">{{ $tier['label'] }}</span>
                            <span class="text-xs text-green-700 font-medium shrink-0" x-show="qty >= {{ $tier['min_qty'] }}">✓ applied</span>
                        </span>
                        <span class="mt-0.5 block text-xs text-ink-700/60">
                            @if($tier['min_qty'] >= 2)
                                {{ money($each) }} each · save {{ money($tier['save_each'] * $tier['min_qty']) }} on {{ $tier['min_qty'] }}
                            @else
                                {{ money($each) }} instead of {{ money($product->price) }} · you save {{ money($tier['save_each']) }}
                            @endif
                        </span>
                    </button>
                @endforeach
            </div>
        </div>
    @endif

    {{-- Active offers (auto-applied at checkout) --}}
    @php
        $pdpOffers = \App\Models\Offer::active()->where('show_on_pdp', true)->get()
            ->filter(fn ($o) => $o->appliesToProduct($product))
            ->values();
    @endphp
    @if($pdpOffers->isNotEmpty())
        <div class="mt-5 rounded-xl border border-green-200 bg-green-50/70 p-4">
            <p class="text-sm font-semibold text-green-800 flex items-center gap-1.5">🎉 Offers on this order</p>
            <ul class="mt-2 space-y-1.5">
                @foreach($pdpOffers as $o)
                    <li class="flex items-start gap-2 text-sm text-ink-800">
                        <span class="text-green-600 mt-0.5">✓</span>
                        <span>
                            @if($o->badge_label)<span class="badge bg-green-600 text-white text-[10px] mr-1">{{ $o->badge_label }}</span>@endif
                            <strong>{{ $o->title }}</strong>@if($o->description) — <span class="text-ink-700/70">{{ $o->description }}</span>@endif
                            @if($o->members_only) @guest('customer') · <a href="{{ route('customer.register') }}" class="text-gold-700 underline">Register to unlock</a>@endguest @endif
                        </span>
                    </li>
                @endforeach
            </ul>
        </div>
    @endif

    {{-- Personalized offers for the logged-in customer (auto-applied at checkout) --}}
    @auth('customer')
        @php
            $myOffers = auth('customer')->user()->offers()->live()->get()
                ->filter(fn ($o) => $o->appliesToProduct($product))->values();
        @endphp
        @if($myOffers->isNotEmpty())
            <div class="mt-5 rounded-xl border-2 border-gold-400 bg-gradient-to-r from-gold-100/80 to-white p-4">
                <p class="text-sm font-semibold text-gold-800 flex items-center gap-1.5">🎁 Exclusive offer just for you</p>
                <ul class="mt-2 space-y-2">
                    @foreach($myOffers as $o)
                        <li class="text-sm text-ink-800">
                            <span class="badge bg-gold-600 text-white text-[10px] mr-1">{{ $o->rewardText() }}</span>
                            <strong>{{ $o->title }}</strong>
                            @if($o->message)<span class="block text-xs text-ink-700/70 italic mt-0.5">{{ $o->message }}</span>@endif
                            <span class="block text-xs text-green-700 mt-0.5">Applied automatically at checkout{{ $o->expires_at ? ' · until '.$o->expires_at->format('d M Y') : '' }}</span>
                        </li>
                    @endforeach
                </ul>
            </div>
        @endif
    @endauth

    {{-- Delivery estimate --}}
    @if(theme('show_delivery_estimate'))
        @php
            $dmin = (int) theme('delivery_days_min', 2);
            $dmax = (int) theme('delivery_days_max', 4);
            $from = now()->addDays($dmin);
            $to = now()->addDays($dmax);
        @endphp
        <div class="mt-4 flex items-center gap-2 text-sm text-ink-700/80">
            <svg class="w-5 h-5 text-gold-700" fill="none" stroke="currentColor" stroke-width="1.5" viewBox="0 0 24 24"><path stroke-linecap="round" stroke-linejoin="round" d="M8.25 18.75a1.5 1.5 0 01-3 0m3 0a1.5 1.5 0 00-3 0m3 0h6m-9 0H3.375a1.125 1.125 0 01-1.125-1.125V14.25m17.25 4.5a1.5 1.5 0 01-3 0m3 0a1.5 1.5 0 00-3 0m3 0h1.125c.621 0 1.129-.504 1.09-1.124a17.902 17.902 0 00-3.213-9.193 2.056 2.056 0 00-1.58-.86H14.25M16.5 18.75h-6"/></svg>
            <span>Order now — estimated delivery <strong>{{ $from->format('D, d M') }}{{ $dmax > $dmin ? ' – '.$to->format('d M') : '' }}</strong></span>
        </div>
    @endif

    @if($lowStock)
        <div class="mt-4 flex items-center gap-2 text-sm text-red-600 font-medium">
            <span class="relative flex h-2 w-2"><span class="animate-ping absolute h-2 w-2 rounded-full bg-red-400 opacity-75"></span><span class="relative rounded-full h-2 w-2 bg-red-500"></span></span>
            Hurry — only {{ $product->stock_quantity }} left in stock!
        </div>
    @endif

    {{-- Variant picker (one selector per attribute, e.g. Size, Colour) --}}
    @if($product->has_variants)
        <div class="mt-6 space-y-4">
            @foreach($product->options ?? [] as $attr)
                <div>
                    <span class="label">{{ $attr['name'] }}: <span class="text-ink-700/60 font-normal" x-text="selected[@js($attr['name'])] || 'Choose'"></span></span>
                    <div class="flex flex-wrap gap-2">
                        @foreach($attr['values'] as $val)
                            <button type="button" @click="selectAttr(@js($attr['name']), @js($val))"
                                class="rounded-md border px-4 py-2 text-sm transition"
                                :disabled="!valueInStock(@js($attr['name']), @js($val))"
                                :class="[
                                    isSelected(@js($attr['name']), @js($val)) ? 'border-gold-500 bg-gold-100 text-gold-800' : 'border-ink-100 hover:border-gold-300',
                                    !valueInStock(@js($attr['name']), @js($val)) ? 'opacity-40 line-through cursor-not-allowed' : ''
                                ]">
                                {{ $val }}
                            </button>
                        @endforeach
                    </div>
                </div>
            @endforeach
            <p x-show="!matched" class="text-xs text-ink-700/50">Select options to see price &amp; availability.</p>
            <p x-show="matched && variantStock <= 0" x-cloak class="text-xs text-red-600 font-medium">This combination is sold out.</p>
        </div>
    @endif

    {{-- Quantity --}}
    <div class="mt-6 flex items-center gap-4">
        <div class="inline-flex items-center rounded-md border border-ink-100">
            <button type="button" @click="dec()" class="px-3 py-2.5">−</button>
            <span class="w-10 text-center" x-text="qty"></span>
            <button type="button" @click="inc()" class="px-3 py-2.5">+</button>
        </div>
        <span class="text-sm text-ink-700/50">Cash on delivery available</span>
    </div>

    {{-- Pre-order banner --}}
    @if($product->isPreorder())
        @php
            // Estimated delivery for pre-bookings: 2 weeks from today, unless a manual
            // "Expected availability date" has been set on the product (manual wins).
            $preorderEta = $product->preorder_release_date ?: now()->addDays(14);
        @endphp
        <div class="mt-5 rounded-xl border border-violet-200 bg-violet-50 p-4">
            <p class="text-sm font-semibold text-violet-800 flex items-center gap-1.5">📅 Pre-order item</p>
            <p class="text-sm text-violet-700/80 mt-1">
                {{ $product->preorder_note ?: 'Reserve yours now — booked items ship within about 2 weeks.' }}
                <br>Estimated delivery: <strong>{{ $preorderEta->format('d M Y') }}</strong>.
            </p>
        </div>
    @endif

    {{-- Actions --}}
    @php $preorder = $product->isPreorder(); @endphp
    @if($product->isAvailable() || $preorder)
        @php $bookLabel = $preorder ? 'Book now (Pre-order)' : 'Buy now'; @endphp
        <div class="mt-5 grid grid-cols-1 sm:grid-cols-2 gap-3">
            <form action="{{ route('cart.add', $product) }}" method="POST" @submit.prevent="fireAddToCart($event.target); $store.cart.add($event.target)">
                @csrf
                <input type="hidden" name="variant_id" :value="variant==='none' ? '' : variant">
                <input type="hidden" name="qty" :value="qty">
                <button type="submit" class="btn-outline w-full" :disabled="!canBuy">{{ $preorder ? 'Add pre-order to cart' : 'Add to cart' }}</button>
            </form>
            <form action="{{ route('cart.buynow', $product) }}" method="POST">
                @csrf
                <input type="hidden" name="variant_id" :value="variant==='none' ? '' : variant">
                <input type="hidden" name="qty" :value="qty">
                <button type="submit" class="w-full {{ $preorder ? 'inline-flex items-center justify-center rounded-md bg-violet-600 px-4 py-2.5 font-medium text-white hover:bg-violet-700 transition' : 'btn-primary' }}" :disabled="!canBuy">{{ $bookLabel }}</button>
            </form>
        </div>
        <p x-show="!canBuy" x-cloak class="mt-2 text-xs text-red-600">Please choose an option above.</p>
    @else
        <button disabled class="btn-dark w-full mt-5 opacity-60">Sold out</button>
        @if(app(\App\Services\WebPushService::class)->ready())
            <div x-data="stockNotify({{ $product->id }})" class="mt-3">
                <button type="button" @click="notifyMe()" x-show="state !== 'done'" :disabled="busy"
                        class="btn-outline w-full inline-flex items-center justify-center gap-2 disabled:opacity-50">
                    <svg class="w-4 h-4" fill="none" stroke="currentColor" stroke-width="1.6" viewBox="0 0 24 24"><path stroke-linecap="round" stroke-linejoin="round" d="M14.857 17.082a23.848 23.848 0 005.454-1.31A8.967 8.967 0 0118 9.75V9A6 6 0 006 9v.75a8.967 8.967 0 01-2.312 6.022c1.733.64 3.56 1.085 5.455 1.31m5.714 0a24.255 24.255 0 01-5.714 0"/></svg>
                    <span x-text="busy ? 'Setting up…' : 'Notify me when available'"></span>
                </button>
                <p x-show="state === 'done'" x-cloak class="text-sm text-green-700 text-center">✓ We'll notify you the moment it's back in stock.</p>
                <p x-show="state === 'denied'" x-cloak class="text-xs text-ink-700/60 text-center mt-1">Enable notifications in your browser to use this.</p>
            </div>
        @endif
    @endif

    {{-- Order / ask via WhatsApp --}}
    @if(theme('show_pdp_whatsapp') && ($waNum = theme('whatsapp_number')))
        @php $waMsg = rawurlencode('Hi! I\'m interested in "'.$product->name.'" — '.route('product.show', $product)); @endphp
        <a href="https://wa.me/{{ preg_replace('/\D/', '', $waNum) }}?text={{ $waMsg }}" target="_blank" rel="noopener"
           class="mt-3 flex items-center justify-center gap-2 rounded-md border border-[#25D366]/40 bg-[#25D366]/10 px-4 py-2.5 text-sm font-medium text-[#128C7E] hover:bg-[#25D366]/20 transition">
            <svg class="w-5 h-5" fill="currentColor" viewBox="0 0 24 24"><path d="M.057 24l1.687-6.163a11.867 11.867 0 01-1.587-5.945C.16 5.335 5.495 0 12.05 0a11.817 11.817 0 018.413 3.488 11.824 11.824 0 013.48 8.414c-.003 6.557-5.338 11.892-11.893 11.892a11.9 11.9 0 01-5.688-1.448L.057 24zm6.597-3.807c1.676.995 3.276 1.591 5.392 1.592 5.448 0 9.886-4.434 9.889-9.885.002-5.462-4.415-9.89-9.881-9.892-5.452 0-9.887 4.434-9.889 9.884a9.86 9.86 0 001.51 5.26l-.999 3.648 3.978-1.607zm11.387-5.464c-.074-.124-.272-.198-.57-.347-.297-.149-1.758-.868-2.031-.967-.272-.099-.47-.149-.669.149-.198.297-.768.967-.941 1.165-.173.198-.347.223-.644.074-.297-.149-1.255-.462-2.39-1.475-.883-.788-1.48-1.761-1.653-2.059-.173-.297-.018-.458.13-.606.134-.133.297-.347.446-.521.151-.172.2-.296.3-.495.099-.198.05-.372-.025-.521-.075-.148-.669-1.611-.916-2.206-.242-.579-.487-.501-.669-.51l-.57-.01c-.198 0-.52.074-.792.372s-1.04 1.016-1.04 2.479 1.065 2.876 1.213 3.074c.149.198 2.095 3.2 5.076 4.487.709.306 1.263.489 1.694.626.712.226 1.36.194 1.872.118.571-.085 1.758-.719 2.006-1.413.247-.694.247-1.289.173-1.413z"/></svg>
            Order or ask on WhatsApp
        </a>
    @endif

    {{-- Trust badges (editable in Admin → Appearance → Trust badges) --}}
    <x-trust-strip class="mt-6" />
</div>

@push('meta-events')
{{-- content_ids use the catalog retailer_id (meta_content_id) so events link to
     catalog products; eventID matches the server-side CAPI ViewContent for dedup. --}}
<script>track('ViewContent', {content_ids:@json([meta_content_id($product)]), content_name:@json($product->name), content_type:'product', value:{{ (float) $product->price }}, currency:'BDT'}, { eventID:@json($vcEventId ?? '') });</script>
@endpush

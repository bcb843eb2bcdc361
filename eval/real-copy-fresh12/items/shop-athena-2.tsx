import { BagSummaryItems } from "@/components/checkout/BagSummary";
import { Discount } from "@/components/checkout/types";
import { useCheckout } from "@/hooks/useCheckout";
import { Button } from "@/components/ui/button";
import { useGetActiveCheckoutSession } from "@/hooks/useGetActiveCheckoutSession";
import { Link } from "@tanstack/react-router";
import { ArrowLeft } from "lucide-react";

export function CheckoutExpired() {
  return (
    <div className="container mx-auto max-w-[1024px] h-full flex justify-center">
      <div className="flex flex-col gap-16 mt-24 w-[80%]">
        <div className="space-y-4">
          <p className="text-2xl">Your checkout session has expired</p>

          <p>
            You've been inactive for a while, so we ended your session to secure
            your information.
          </p>
        </div>

        <Link to="/shop/bag">
          <Button variant={"clear"} className="group px-0">
            <ArrowLeft className="w-4 h-4 mr-2 -me-1 ms-2 transition-transform group-hover:-translate-x-0.5" />
            Return to bag
          </Button>
        </Link>
      </div>
    </div>
  );
}

export function NoCheckoutSession() {
  return (
    <div className="container mx-auto max-w-[1024px] h-full flex justify-center">
      <div className="flex flex-col gap-16 mt-24 w-[80%]">
        <div className="space-y-4">
          <p className="text-2xl">No active checkout session found</p>

          <p>Add some items to your bag to begin one.</p>
        </div>

        <Link to="/shop/bag">
          <Button variant={"clear"} className="group px-0">
            <ArrowLeft className="w-4 h-4 mr-2 -me-1 ms-2 transition-transform group-hover:-translate-x-0.5" />
            Return to bag
          </Button>
        </Link>
      </div>
    </div>
  );
}

export function CheckoutSessionNotFound() {
  return (
    <div className="container mx-auto max-w-[1024px] h-full flex justify-center">
      <div className="flex flex-col gap-16 mt-24 w-[80%]">
        <div className="space-y-4">
          <p className="text-xl">This checkout session does not exists</p>
        </div>

        <Link to="/shop/bag">
          <Button variant={"clear"} className="group px-0">
            <ArrowLeft className="w-4 h-4 mr-2 -me-1 ms-2 transition-transform group-hover:-translate-x-0.5" />
            Return to bag
          </Button>
        </Link>
      </div>
    </div>
  );
}

export function CheckoutSessionGeneric({ message }: { message: string }) {
  return (
    <div className="container mx-auto max-w-[1024px] h-full flex justify-center">
      <div className="flex flex-col gap-16 mt-24 w-[80%]">
        <div className="space-y-4">
          <p className="text-xl">{message}</p>
        </div>

        <Link to="/shop/checkout">
          <Button variant={"clear"} className="group px-0">
            <ArrowLeft className="w-4 h-4 mr-2 -me-1 ms-2 transition-transform group-hover:-translate-x-0.5" />
            Return to checkout
          </Button>
        </Link>
      </div>
    </div>
  );
}

export function UnableToVerifyCheckoutPayment() {
  const { data: activeSession } = useGetActiveCheckoutSession();
  const { checkoutState } = useCheckout();

  const supportEmail = "kwami.nuh@gmail.com";

  const handleSendEmail = () => {
    const subject = "Support Request: Payment Verification Issue";
    const body = `Reference: ${activeSession?.externalReference || activeSession?._id}`;
    const mailtoLink = `mailto:${supportEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
    window.location.href = mailtoLink;
  };

  return (
    <div className="container mx-auto max-w-[1024px] h-full flex justify-center">
      <div className="flex flex-col gap-16 mt-24 w-[80%]">
        <div className="space-y-16">
          <p>
            We couldn't find payment information for your order. Please try
            again. If this continues,{" "}
            <button
              onClick={handleSendEmail}
              className="text-accent2 hover:underline inline-block"
            >
              contact us
            </button>{" "}
            for support.
          </p>

          <div className="space-y-4 w-[400px]">
            <p className="text-muted-foreground">Your order</p>
            <BagSummaryItems
              items={checkoutState.bag.items}
              discount={activeSession?.discount as Discount | null}
            />
          </div>

          <p className="font-medium">{`Reference: ${activeSession?.externalReference || activeSession?._id}`}</p>
        </div>

        <div className="flex items-center gap-8">
          <Link to="/shop/bag">
            <Button variant={"clear"} className="group px-0">
              <ArrowLeft className="w-4 h-4 mr-2 transition-transform group-hover:-translate-x-0.5" />
              Return to bag
            </Button>
          </Link>

          <Link to="/shop/checkout/verify">
            <Button
              onClick={() => window.location.reload()}
              variant={"clear"}
              className="group px-0"
            >
              Try again
            </Button>
          </Link>
        </div>
      </div>
    </div>
  );
}

export function CheckoutCompleted() {
  return (
    <div className="container mx-auto max-w-[1024px] h-full flex justify-center">
      <div className="flex flex-col gap-16 mt-24 w-[80%]">
        <div className="space-y-4">
          <p className="text-2xl">Your checkout session is complete</p>
        </div>

        <div className="space-x-12">
          <Link to="/">
            <Button variant={"clear"} className="px-0">
              Continue shopping
            </Button>
          </Link>

          <Link to="/shop/orders">
            <Button variant={"link"} className="px-0">
              View orders
            </Button>
          </Link>
        </div>
      </div>
    </div>
  );
}

export function CheckoutMissingPayment() {
  const { activeSession } = useCheckout();

  // const createSupportTicket =
  return (
    <div className="container mx-auto max-w-[1024px] h-full flex justify-center">
      <div className="flex flex-col gap-16 mt-24 w-[80%]">
        <div className="space-y-4">
          <p>
            This checkout session is missing payment. If you think this is
            incorrect, contact us for support.
          </p>

          <p className="font-medium">{`Reference: ${activeSession.externalReference || activeSession._id}`}</p>
        </div>

        <div className="flex gap-8">
          <Link to="/shop/checkout">
            <Button variant={"clear"} className="group px-0">
              <ArrowLeft className="w-4 h-4 mr-2 -me-1 ms-2 transition-transform group-hover:-translate-x-0.5" />
              Return to checkout
            </Button>
          </Link>

          {/* <Link to="/shop/checkout">
            <Button variant={"clear"} className="group px-0 items-center">
              Send message to support
              <ArrowRight className="w-4 h-4 mr-2 -me-1 ms-2 transition-transform group-hover:translate-x-0.5" />
            </Button>
          </Link> */}
        </div>
      </div>
    </div>
  );
}

export function CheckoutNotComplete() {
  return (
    <div className="container mx-auto max-w-[1024px] h-full flex justify-center">
      <div className="flex flex-col gap-16 mt-24 w-[80%]">
        <div className="space-y-4">
          <p>This checkout session is not complete</p>
        </div>

        <div className="space-x-12">
          <Button
            variant={"clear"}
            className="group px-0"
            onClick={() => window.history.back()}
          >
            <ArrowLeft className="w-4 h-4 mr-2 -me-1 ms-2 transition-transform group-hover:-translate-x-0.5" />
            Go back
          </Button>
        </div>
      </div>
    </div>
  );
}

import React from "react";

const OfferBanner = () => {
  return (
    <div>
      <h1 className="text-center text-[#333333] text-2xl md:text-4xl font-bold py-5 md:py-8">
        Special Deals on Your Kids’ Favorite Toys 🎁
      </h1>
    </div>
  );
};

export default OfferBanner;

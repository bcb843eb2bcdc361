import React from "react"

const ExpiredNotice = () => {
  return (
    <div className="expired-notice">
      <span>Flash Sale has Expired!</span>
      <p>
        Our Flash Sale will return soon! Please return back for even better
        prices later on!
      </p>
    </div>
  )
}

export default ExpiredNotice

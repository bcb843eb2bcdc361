export default function AnnouncementBar() {
  return (
    <section id="announcement-bar">
      <div>
        <span className="annoucement-bar-text header-container">
          FREE SHIPPING ON ORDERS OVER $25&nbsp;
          <a className="announcement-bar-link" href="#">
            SHOP NOW
          </a>
        </span>
      </div>
    </section>
  );
}

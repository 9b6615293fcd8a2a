/**
 * An event's image, drawn only through <img> (SVG included, never inline), so it
 * can never run script; lazy-loaded. A broken image gives way to its alt text
 * and credit.
 */
import { useState } from "react";
import type { EventImage } from "../../data/schema";
import { isHttpUrl } from "../../data/safeUrl";
import "./EventImage.css";
import { useT } from "../../i18n/useT";

const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/;

/** Only http(s) and picked raster images: checked again here, whatever the data says. */
export function safeImageUrl(url: string): string | null {
  return isHttpUrl(url) || DATA_IMAGE.test(url) ? url : null;
}

export function EventImageView({
  image,
  className = "event-image",
  eager = false,
}: {
  image: EventImage;
  className?: string;
  /** The print handout loads its images at once: a lazy one below the fold would print empty. */
  eager?: boolean;
}) {
  const src = safeImageUrl(image.url);
  const t = useT();
  // Remember which address failed, so a new one (a file picked after a broken link) gets its chance.
  const [brokenSrc, setBrokenSrc] = useState<string | null>(null);
  const broken = brokenSrc !== null && brokenSrc === src;
  const credit = image.credit ? <span className="event-image-credit">{image.credit}</span> : null;
  return (
    <figure className={className}>
      {src && !broken ? (
        <img
          src={src}
          alt={image.alt}
          loading={eager ? "eager" : "lazy"}
          decoding="async"
          onError={() => setBrokenSrc(src)}
        />
      ) : (
        <p className="event-image-broken">
          <span className="event-image-alt">{t("image.unavailable", { alt: image.alt })}</span>
        </p>
      )}
      {(image.caption || credit) && (
        <figcaption>
          {image.caption}
          {image.caption && credit && " "}
          {credit}
        </figcaption>
      )}
    </figure>
  );
}

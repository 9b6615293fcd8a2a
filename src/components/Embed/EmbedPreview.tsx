import { useEffect, useRef, useState } from "react";
import { AUTO_START_HEIGHT } from "../../embed/hostSnippet";
import { useT } from "../../i18n/useT";

/**
 * A live preview: the embed itself in an iframe, sized as the host would size
 * it (fixed, or from the resize messages it posts). It listens only to its own
 * frame. Inert, so keyboard and screen-reader users stay in the dialog.
 */
export function EmbedPreview({ src, height }: { src: string; height: "auto" | number }) {
  const t = useT();
  const frame = useRef<HTMLIFrameElement>(null);
  const [reported, setReported] = useState<number | null>(null);
  useEffect(() => {
    const on = (e: MessageEvent) => {
      const m = e.data as { type?: unknown; height?: unknown } | null;
      if (e.source !== frame.current?.contentWindow || !m || typeof m !== "object") return;
      if (m.type === "soft-power-timeline:resize" && typeof m.height === "number" && m.height > 0) {
        setReported(Math.ceil(m.height));
      }
    };
    window.addEventListener("message", on);
    return () => window.removeEventListener("message", on);
  }, []);
  const h = height === "auto" ? (reported ?? AUTO_START_HEIGHT) : height;
  return (
    <div className="embed-preview">
      <div className="embed-preview-box">
        {/* Inert: a picture of the embed, not a second app to tab through (inside it, Escape could not close the dialog). */}
        <div inert>
          <iframe
            ref={frame}
            src={src}
            title={t("embed.previewTitle")}
            className="embed-preview-frame"
            style={{ height: h }}
          />
        </div>
      </div>
      <p className="embed-preview-size">
        {height === "auto"
          ? reported
            ? t("embed.previewAuto", { px: reported })
            : t("embed.previewMeasuring")
          : t("embed.previewFixed", { px: h })}
        {t("embed.previewInert")}
      </p>
    </div>
  );
}

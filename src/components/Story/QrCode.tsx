import { useEffect, useState } from "react";
import { t as tr } from "../../i18n/i18n";

/** One SVG path of the dark modules of a QR matrix (true = dark). Pure. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  let d = "";
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return d;
}

type Encoded = { text: string; size: number; path: string } | { text: string; error: string };

/**
 * A QR code of `text`, drawn as SVG (no canvas, no HTML strings). The encoder
 * (uqr, a few KB) loads on first use. Dark on white with a quiet zone of four
 * modules whatever the theme, as scanners expect.
 */
export function QrCode({ text, px, label }: { text: string; px: number; label: string }) {
  const [enc, setEnc] = useState<Encoded | null>(null);
  useEffect(() => {
    let live = true;
    import("uqr").then(
      ({ encode }) => {
        if (!live) return;
        try {
          const qr = encode(text, { ecc: "M", border: 4 });
          setEnc({ text, size: qr.size, path: qrPath(qr.data) });
        } catch (e) {
          setEnc({ text, error: (e as Error).message });
        }
      },
      (e: unknown) => live && setEnc({ text, error: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [text]);

  if (!enc || enc.text !== text) {
    return (
      <div className="qr qr--loading" style={{ width: px, height: px }} role="status">
        {tr("qr.making")}
      </div>
    );
  }
  if ("error" in enc) return <p role="alert">{tr("qr.failed", { error: enc.error })}</p>;
  return (
    <svg
      className="qr"
      width={px}
      height={px}
      viewBox={`0 0 ${enc.size} ${enc.size}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={label}
      data-qr-text={text}
    >
      <rect width={enc.size} height={enc.size} fill="#ffffff" />
      <path d={enc.path} fill="#000000" />
    </svg>
  );
}

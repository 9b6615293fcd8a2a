import { useEffect, useRef, useState } from "react";
import { copyText } from "../Cite/copyText";
import { useT } from "../../i18n/useT";

/**
 * "Copy link": the address of the current view (the URL always carries it), to
 * the clipboard, said aloud in a live region. Where the clipboard is refused,
 * the address is shown selected for Ctrl+C.
 */
export function CopyLinkAction() {
  const [said, setSaid] = useState("");
  const [shown, setShown] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const t = useT();

  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(""), 4000);
    return () => clearTimeout(timer);
  }, [said]);

  const copy = async () => {
    const url = window.location.href;
    const r = await copyText(url);
    if (r === "copied") {
      setShown(null);
      setSaid(t("copyLink.copied"));
    } else {
      setShown(url);
      setSaid(t("copyLink.press"));
    }
  };

  useEffect(() => {
    if (shown !== null) field.current?.select();
  }, [shown]);

  return (
    <span className="copy-link">
      <button type="button" className="btn" onClick={() => void copy()}>
        {t("copyLink.button")}
      </button>
      {shown !== null && (
        <input
          ref={field}
          className="copy-link-field"
          type="text"
          readOnly
          value={shown}
          aria-label={t("copyLink.label")}
          onBlur={() => setShown(null)}
        />
      )}
      <span className="copy-link-said" role="status">
        {said}
      </span>
    </span>
  );
}

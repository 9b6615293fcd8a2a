import { useEffect, useRef, useState } from "react";
import { copyText } from "../Cite/copyText";

/**
 * "Copy link": the address of the current view (the URL always carries it), to
 * the clipboard, said aloud in a live region. Where the clipboard is refused,
 * the address is shown selected for Ctrl+C.
 */
export function CopyLinkAction() {
  const [said, setSaid] = useState("");
  const [shown, setShown] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!said) return;
    const t = setTimeout(() => setSaid(""), 4000);
    return () => clearTimeout(t);
  }, [said]);

  const copy = async () => {
    const url = window.location.href;
    const r = await copyText(url);
    if (r === "copied") {
      setShown(null);
      setSaid("Link to this view copied.");
    } else {
      setShown(url);
      setSaid("Press Ctrl+C (⌘+C) to copy the selected link.");
    }
  };

  useEffect(() => {
    if (shown !== null) field.current?.select();
  }, [shown]);

  return (
    <span className="copy-link">
      <button type="button" className="btn" onClick={() => void copy()}>
        Copy link
      </button>
      {shown !== null && (
        <input
          ref={field}
          className="copy-link-field"
          type="text"
          readOnly
          value={shown}
          aria-label="Link to this view"
          onBlur={() => setShown(null)}
        />
      )}
      <span className="copy-link-said" role="status">
        {said}
      </span>
    </span>
  );
}

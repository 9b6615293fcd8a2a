import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../../i18n/useT";

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API here (an insecure page, a sandboxed frame, file://): select and use the old command.
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}

/** Code to paste into a host page: a read-only field (easy to select) and a Copy button. */
export function CodeBlock({ label, code, rows }: { label: string; code: string; rows?: number }) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");
  useEffect(() => setStatus(""), [code]);
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(""), 4000);
    return () => clearTimeout(t);
  }, [status]);
  return (
    <div className="code-block">
      <div className="code-block-head">
        <label htmlFor={id}>{label}</label>
        <button
          type="button"
          className="btn"
          onClick={async () => {
            const ok = await copyText(code, field.current);
            setStatus(ok ? t("copied") : t("code.pressCopy"));
          }}
        >
          {t("copy")}
          <span className="visually-hidden"> {label}</span>
        </button>
        <span className="code-block-status" role="status">
          {status}
        </span>
      </div>
      <textarea
        ref={field}
        id={id}
        className="code-block-text"
        readOnly
        spellCheck={false}
        rows={rows ?? Math.min(code.split("\n").length, 14)}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

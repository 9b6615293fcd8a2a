import { Children, useId, useRef, useState, type ReactNode } from "react";
import { Popover } from "../Modal/Popover";
import { useT } from "../../i18n/useT";

/**
 * "More ▾": what does not fit the phone's header, as rows of one list. The
 * children are the app's own controls (each a button with its dialog), so
 * they work exactly as in the wide header.
 */
export function MoreMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const t = useT();
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn more-button"
        data-more-button=""
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t("more")} <span aria-hidden="true">▾</span>
      </button>
      <Popover id={id} open={open} onClose={() => setOpen(false)} anchor={button} aria-label={t("more")}>
        <ul className="more-list">
          {Children.toArray(children).map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      </Popover>
    </>
  );
}

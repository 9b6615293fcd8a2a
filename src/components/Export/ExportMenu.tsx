import { lazy, Suspense, useCallback, useId, useRef, useState } from "react";
import { useT } from "../../i18n/useT";
import { Popover } from "../Modal/Popover";
import { withMessages } from "../../i18n/i18n";

// The menu's items, the export code and their styles load on the first open.
const ExportPanel = lazy(() => withMessages(import("./ExportPanel")));

/** "Export ▾": a disclosure button and the app's popover (never clipped); the items are in ExportPanel. */
export function ExportMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = useCallback(() => setOpen(false), []);

  return (
    <div
      className="export"
      style={{ position: "relative" }}
      ref={wrap}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          e.preventDefault();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={loaded ? id : undefined}
        onClick={() => {
          setLoaded(true);
          setOpen(!open);
        }}
      >
        {t("export.button")} <span aria-hidden="true">▾</span>
      </button>
      {loaded && (
        <Popover id={id} open={open} onClose={close} anchor={button} className="export-popover">
          <Suspense fallback={null}>
            <ExportPanel id={`${id}-list`} open={open} onClose={close} button={button} wrap={wrap} />
          </Suspense>
        </Popover>
      )}
    </div>
  );
}

import "./DropOverlay.css";
import { useT } from "../../i18n/useT";

export interface DropOverlayProps {
  /** A file is being dragged over the page. */
  active: boolean;
}

/**
 * The full-page "Drop to open" hint shown while a file is dragged over the page (see useFileDrop).
 * Screen readers get the same action from the file input of "Open dataset…", so this is hidden from them.
 */
export function DropOverlay({ active }: DropOverlayProps) {
  const t = useT();
  if (!active) return null;
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <div className="drop-overlay__box">
        <strong>{t("drop.title")}</strong>
        <span>{t("drop.hint")}</span>
      </div>
    </div>
  );
}

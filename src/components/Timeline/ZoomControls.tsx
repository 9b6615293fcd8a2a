import type { RefObject } from "react";
import { t as tr } from "../../i18n/i18n";

interface Props {
  onZoomIn(): void;
  onZoomOut(): void;
  /** Back to the whole period (also the way back after a filter or search zoomed in). */
  onReset(): void;
  rangeLabel: string;
  /** The range text node, updated directly during a zoom gesture. */
  rangeRef?: RefObject<HTMLSpanElement | null>;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/** Visible zoom control (also: + and − keys, 0 to reset, wheel, pinch, drag). */
export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onReset,
  rangeLabel,
  rangeRef,
  canZoomIn,
  canZoomOut,
}: Props) {
  return (
    <div className="zoom" role="group" aria-label={tr("zoom.label")}>
      <button
        type="button"
        className="btn btn--icon"
        onClick={onZoomOut}
        disabled={!canZoomOut}
        aria-label={tr("zoom.out")}
        title={tr("zoom.outTitle")}
      >
        −
      </button>
      <button
        type="button"
        className="btn btn--icon"
        onClick={onZoomIn}
        disabled={!canZoomIn}
        aria-label={tr("zoom.in")}
        title={tr("zoom.inTitle")}
      >
        +
      </button>
      <button
        type="button"
        className="btn"
        onClick={onReset}
        disabled={!canZoomOut}
        title={tr("zoom.resetTitle")}
      >
        {tr("zoom.reset")}
      </button>
      <span className="zoom-range" aria-live="off" ref={rangeRef}>
        {rangeLabel}
      </span>
    </div>
  );
}

import { useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";
import { createPortal } from "react-dom";
import type { FocusTrap } from "focus-trap";
import "./Modal.css";
import { t as tr } from "../../i18n/i18n";
import { HAS_POPOVER } from "./Popover";

export interface ModalProps {
  open: boolean;
  onClose(): void;
  title: string;
  children: ReactNode;
  /** Where focus goes back to on close (the opening button). */
  returnFocus?: RefObject<HTMLElement | null>;
  className?: string;
}

/**
 * A proper modal: focus trapped inside (focus-trap), Escape and the backdrop
 * close it, focus returns to the opener, the page behind is inert to readers.
 */
export function Modal({ open, onClose, title, children, returnFocus, className }: ModalProps) {
  const box = useRef<HTMLDivElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  // A menu (More, Export) is a popover in the browser's top layer, above any z-index: a dialog
  // opened from it joins the top layer after it, so it shows above the menu, not beneath.
  useLayoutEffect(() => {
    const el = backdrop.current;
    if (open && el && HAS_POPOVER && !el.matches(":popover-open")) el.showPopover();
  }, [open]);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    if (!open || !box.current) return;
    let trap: FocusTrap | null = null;
    let closed = false;
    const el = box.current;
    const opener = returnFocus?.current ?? (document.activeElement as HTMLElement | null);
    el.focus();
    // focus-trap loads with the first dialog opened: it is not needed for the first view.
    void import("focus-trap").then(({ createFocusTrap }) => {
      if (closed) return;
      try {
        trap = createFocusTrap(el, {
          escapeDeactivates: false,
          clickOutsideDeactivates: false,
          allowOutsideClick: true,
          fallbackFocus: el,
          returnFocusOnDeactivate: false,
        });
        trap.activate();
      } catch {
        el.focus();
      }
    });
    return () => {
      closed = true;
      trap?.deactivate();
      opener?.focus?.();
    };
  }, [open, returnFocus]);

  if (!open) return null;
  // On <body>: a dialog opened from a popover (Export's fallback, About in More) must not
  // be hidden with it when the popover closes.
  return createPortal(
    <div
      ref={backdrop}
      className="modal-backdrop"
      popover={HAS_POPOVER ? "manual" : undefined}
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onCloseRef.current();
      }}
    >
      <div
        ref={box}
        className={`modal${className ? ` ${className}` : ""}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="modal-title"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation();
            onCloseRef.current();
          }
        }}
      >
        <div className="modal-head">
          <h2 id="modal-title">{title}</h2>
          <button
            type="button"
            className="btn btn--icon"
            aria-label={tr("close")}
            onClick={() => onCloseRef.current()}
          >
            ×
          </button>
        </div>
        <div className="modal-body">{children}</div>
      </div>
    </div>,
    document.body,
  );
}

import { useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";
import { placePopover } from "./placePopover";
import "./Popover.css";

/** The platform popover API (top layer: never clipped by a scrolling row, never under the chart). */
/** The popover API (top layer): menus and dialogs use it where the browser has it. */
export const HAS_POPOVER = typeof HTMLElement !== "undefined" && "showPopover" in HTMLElement.prototype;

interface Props {
  id: string;
  open: boolean;
  onClose(): void;
  /** The button that opens it: the popover sits under it, and focus goes back to it on Escape. */
  anchor: RefObject<HTMLElement | null>;
  children: ReactNode;
  className?: string;
  "aria-label"?: string;
}

/**
 * The one popover of the app (Export, Theme, More): a disclosure opened by its
 * button, shown in the browser's top layer where the popover API exists
 * (`popover="manual"`, so the button's own click is never taken as a click
 * outside), placed under its button and kept on screen. A click outside or
 * Escape closes it; a dialog opened from inside it does not (the dialog is
 * its descendant, and the popover stays open beneath it until the dialog closes).
 */
export function Popover({ id, open, onClose, anchor, children, className, ...aria }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    if (!open) {
      if (HAS_POPOVER && el.matches(":popover-open")) el.hidePopover();
      return;
    }
    if (HAS_POPOVER && !el.matches(":popover-open")) el.showPopover();
    const place = () => {
      const a = anchor.current;
      if (!a) return;
      el.style.maxHeight = "";
      const p = placePopover(
        a.getBoundingClientRect(),
        { width: el.offsetWidth, height: el.offsetHeight },
        { width: document.documentElement.clientWidth, height: window.innerHeight },
      );
      el.style.left = `${p.left}px`;
      el.style.top = `${p.top}px`;
      el.style.maxHeight = `${p.maxHeight}px`;
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [open, anchor]);

  useEffect(() => {
    if (!open) return;
    const inDialog = (t: EventTarget | null) =>
      t instanceof Element && t.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null;
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node;
      if (box.current?.contains(t) || anchor.current?.contains(t) || inDialog(e.target)) return;
      onCloseRef.current();
    };
    // A scroll elsewhere would leave the popover floating away from its button: close it.
    const onScroll = (e: Event) => {
      if (!box.current?.contains(e.target as Node)) onCloseRef.current();
    };
    document.addEventListener("pointerdown", onDown);
    document.addEventListener("scroll", onScroll, true);
    return () => {
      document.removeEventListener("pointerdown", onDown);
      document.removeEventListener("scroll", onScroll, true);
    };
  }, [open, anchor]);

  return (
    <div
      ref={box}
      id={id}
      className={`popover${className ? ` ${className}` : ""}`}
      popover={HAS_POPOVER ? "manual" : undefined}
      hidden={HAS_POPOVER ? undefined : !open}
      role="group"
      {...aria}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !open) return;
        if (e.target instanceof Element && e.target.closest('dialog, [role="dialog"]')) return;
        e.stopPropagation();
        e.preventDefault();
        onCloseRef.current();
        anchor.current?.focus();
      }}
    >
      {children}
    </div>
  );
}

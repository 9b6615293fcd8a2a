import { useSyncExternalStore } from "react";

/** Whether a media query matches, kept current (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (on) => {
      const q = typeof window.matchMedia === "function" ? window.matchMedia(query) : null;
      q?.addEventListener?.("change", on);
      return () => q?.removeEventListener?.("change", on);
    },
    () => (typeof window.matchMedia === "function" ? window.matchMedia(query).matches : false),
  );
}

/** Phones: the header keeps Filters and More; the rest goes into More. Matches app.css. */
export const PHONE_QUERY = "(max-width: 640px)";

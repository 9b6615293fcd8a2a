import { useEffect, useState } from "react";
import { useTimelineStore } from "../store/TimelineStoreProvider";
import { selectTheme } from "../store/selectors";
import type { Theme } from "../url/urlState";

function systemTheme(): Theme {
  try {
    if (window.matchMedia("(prefers-contrast: more)").matches) return "contrast";
    return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  } catch {
    return "light";
  }
}

/** The theme in force: the chosen one, else the system preference (followed live). */
export function useResolvedTheme(): Theme {
  const chosen = useTimelineStore(selectTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  useEffect(() => {
    const queries = ["(prefers-color-scheme: dark)", "(prefers-contrast: more)"].map((q) =>
      window.matchMedia(q),
    );
    const on = () => setSystem(systemTheme());
    queries.forEach((q) => q.addEventListener?.("change", on));
    return () => queries.forEach((q) => q.removeEventListener?.("change", on));
  }, []);
  return chosen ?? system;
}

/** Put the theme on <html data-theme> so CSS variables follow it everywhere (dialogs too). */
export function useThemeAttribute(): void {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

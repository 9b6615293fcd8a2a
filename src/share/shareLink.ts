/**
 * The address a "Share link" hands out: the app's address, the view's query
 * (filters, range, view, selected event) and, for a timeline that is not the
 * built-in one, the dataset in the `#d1.` fragment. Pure.
 */
import { SAFE_LINK_CHARS } from "./shareCodec";

/** The app's address without query or fragment (where a link must point). */
export function appAddress(baseUri: string): string {
  return baseUri.replace(/[?#].*$/, "");
}

/** `app?query#fragment`; the fragment is the codec's `d1.…` without `#`, or null for none. */
export function shareUrl(appUrl: string, query: string, fragment: string | null): string {
  const q = query.replace(/^\?/, "");
  return `${appAddress(appUrl)}${q ? `?${q}` : ""}${fragment ? `#${fragment}` : ""}`;
}

/** The view's query for a link: the reader's own theme and mode are theirs, the data travels apart. */
export function viewQuery(query: string, dataUrl: string | null = null): string {
  const p = new URLSearchParams(query.replace(/^\?/, ""));
  for (const k of ["theme", "embed", "data"]) p.delete(k);
  if (dataUrl) p.set("data", dataUrl);
  // Commas in id lists read better unescaped, as the app writes them itself.
  return p.toString().replace(/%2C/g, ",");
}

/** Will chat apps and learning platforms keep this link whole? */
export function linkIsLong(url: string): boolean {
  return url.length > SAFE_LINK_CHARS;
}

/** A file name from the dataset's title: "My class timeline" → "my-class-timeline.json". */
export function datasetFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "timeline"}.json`;
}

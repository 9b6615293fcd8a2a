/**
 * The embed's one-line credit: which documents the events come from. Pure, so
 * the wording is tested without a DOM.
 */
import { isHttpUrl } from "../../data/safeUrl";

export interface SourceLike {
  id: string;
  title: string;
  year?: number | undefined;
  url?: string | undefined;
}

export interface SourceLink {
  id: string;
  /** Short enough for one line: the title up to its subtitle. */
  label: string;
  /** The full title, for the tooltip and screen readers. */
  title: string;
  /** The document's own address when the dataset gives an http(s) one. */
  href: string | null;
}

/** At most this many documents are named; the rest are counted. */
export const MAX_NAMED = 3;

/** "The Courteous Charmer: A Hard Look…" → "The Courteous Charmer"; long titles cut at a word. */
export function shortTitle(title: string, max = 40): string {
  const head = title.split(/:\s/)[0]!.trim();
  if (head.length <= max) return head;
  const cut = head.slice(0, max);
  // A space just after the cut means the cut already ends on a whole word.
  const space = head.slice(0, max + 1).lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;.]+$/, "")}…`;
}

/** The documents to name, in the dataset's order, and how many more there are. */
export function sourceLinks(sources: readonly SourceLike[]): { links: SourceLink[]; more: number } {
  const links = sources.slice(0, MAX_NAMED).map((s) => ({
    id: s.id,
    label: s.year ? `${shortTitle(s.title)} (${s.year})` : shortTitle(s.title),
    title: s.title,
    href: s.url && isHttpUrl(s.url) ? s.url : null,
  }));
  return { links, more: Math.max(0, sources.length - MAX_NAMED) };
}

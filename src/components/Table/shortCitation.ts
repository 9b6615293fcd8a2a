/**
 * The Table's short citation: "2009, p. 6" instead of the document's full
 * title and section, so a row takes one or two lines. The full citation stays
 * in the detail panel and About (and in the cell's tooltip). Pure.
 */
import type { Source, SourceRef } from "../../data/schema";

/** "Paragraph 3: disaster management" → "para. 3" (a source without pages, cited by paragraph). */
function paragraphOf(section: string | undefined): string | null {
  const m = section?.match(/^(?:paragraph|para\.?|¶)\s*(\d+(?:\s*[–-]\s*\d+)?)/i);
  return m ? `para. ${m[1]!.replace(/\s+/g, "")}` : null;
}

/** Which document, in a word or two: its year, else a short form of its title. */
function whichDocument(src: Pick<Source, "title" | "year"> | undefined, id: string): string {
  if (src?.year !== undefined) return String(src.year);
  const title = src?.title ?? id;
  const head = title.split(/:\s/)[0]!.trim();
  return head.length <= 24 ? head : `${head.slice(0, 23).trimEnd()}…`;
}

/** "2009, p. 6", "2009, pp. 6–7", "2023, para. 3", or just "2009". */
export function shortCitation(ref: SourceRef, src: Pick<Source, "title" | "year"> | undefined): string {
  const doc = whichDocument(src, ref.source);
  if (ref.page !== undefined && ref.page !== "") {
    const page = String(ref.page);
    return `${doc}, ${/[–-]/.test(page) ? "pp." : "p."} ${page}`;
  }
  const para = paragraphOf(ref.section);
  return para ? `${doc}, ${para}` : doc;
}

/** The full citation, as the detail panel gives it: title, “section”, p. N. */
export function fullCitation(ref: SourceRef, src: Pick<Source, "title"> | undefined): string {
  let s = src?.title ?? ref.source;
  if (ref.section) s += `, “${ref.section}”`;
  if (ref.page !== undefined) s += `, p. ${ref.page}`;
  return s;
}

export interface ShortCite {
  text: string;
  /** The full citations it stands for, one per line. */
  full: string;
}

/**
 * An event's citations, one per document: "2009, p. 6; 2009, p. 6; 2009, p. 7"
 * becomes "2009, pp. 6, 7" (the same page under two headings is one page here;
 * the headings are in the tooltip and the detail panel).
 */
export function shortCitations(
  refs: readonly SourceRef[],
  lookup: (id: string) => Pick<Source, "title" | "year"> | undefined,
): ShortCite[] {
  const byDoc = new Map<string, SourceRef[]>();
  for (const r of refs) byDoc.set(r.source, [...(byDoc.get(r.source) ?? []), r]);
  return [...byDoc.entries()].map(([id, rs]) => {
    const src = lookup(id);
    const full = [...new Set(rs.map((r) => fullCitation(r, src)))].join("\n");
    const places = [...new Set(rs.map((r) => shortCitation(r, src)))];
    if (places.length === 1) return { text: places[0]!, full };
    const pages = [
      ...new Set(rs.flatMap((r) => (r.page !== undefined && r.page !== "" ? [String(r.page)] : []))),
    ];
    const unpaged = rs.filter((r) => r.page === undefined || r.page === "");
    const paras = [...new Set(unpaged.flatMap((r) => paragraphOf(r.section)?.replace("para. ", "") ?? []))];
    const parts = [
      pages.length ? `${pages.length > 1 || /[–-]/.test(pages[0]!) ? "pp." : "p."} ${pages.join(", ")}` : "",
      paras.length ? `${paras.length > 1 ? "paras." : "para."} ${paras.join(", ")}` : "",
    ].filter(Boolean);
    return { text: [whichDocument(src, id), ...parts].join(", "), full };
  });
}

/**
 * A shareable PNG card of one pair: the two events, the lag, and both events'
 * citations (document, section, page). Built as SVG through the DOM (data stays
 * text), then drawn to PNG by the export's svgToPng.
 */
import { t as tr } from "../../i18n/i18n";
import { lagText, yearOf, type EventPair } from "../../chart/pairs";
import { formatDateRange } from "../../data/dates";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import type { SourceRef } from "../../data/schema";
import { sourceLine } from "../Cite/citation";
import { wrap } from "../Export/exportChart";

const NS = "http://www.w3.org/2000/svg";
export const CARD_W = 1200;
const PAD = 48;
const COL_W = (CARD_W - PAD * 3) / 2;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/** "“The Courteous Charmer…” (2023), section “…”, p. 6": one citation as plain text. */
export function citationText(ds: Pick<NormalizedDataset, "sourceById">, ref: SourceRef): string {
  const src = ds.sourceById.get(ref.source);
  return [
    src ? sourceLine(src) : ref.source,
    ref.section ? `section “${ref.section}”` : "",
    ref.page !== undefined ? `p. ${ref.page}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface PairCardInput {
  ds: NormalizedDataset;
  pair: EventPair;
  sides: readonly [string, string];
  /** Link to the Compare view the pair comes from. */
  url: string;
}

/** The card as an SVG document string, with its size. */
export function buildPairCardSvg({ ds, pair, sides, url }: PairCardInput): {
  svg: string;
  width: number;
  height: number;
} {
  const root = el("svg", { xmlns: NS, "font-family": FONT });
  const bg = el("rect", { x: 0, y: 0, width: CARD_W, fill: "#ffffff" });
  root.appendChild(bg);
  let y = PAD + 8;
  const line = (
    text: string,
    x: number,
    yy: number,
    size: number,
    extra: Record<string, string | number> = {},
  ) => root.appendChild(el("text", { x, y: yy, "font-size": size, fill: "#1d1d1f", ...extra }, text));

  line("WHO MOVED FIRST?", PAD, y, 18, { "font-weight": 700, fill: "#1f5fa8", "letter-spacing": 1.5 });
  y += 46;
  const head = `${yearOf(pair.first)} → ${yearOf(pair.second)}: ${lagText(pair)}`;
  line(head, PAD, y, 40, { "font-weight": 700 });
  y += 30;

  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const sideOf = (ev: NormalizedEvent) => (ev.actors.includes(sides[0]) ? sides[0] : sides[1]);
  const col = (ev: NormalizedEvent, x: number, top: number) => {
    let yy = top;
    root.appendChild(el("rect", { x, y: yy, width: COL_W, height: 4, fill: "#1f5fa8" }));
    yy += 34;
    line(`${name(sideOf(ev)).toUpperCase()} · ${formatDateRange(ev.date, ev.end)}`, x, yy, 17, {
      "font-weight": 700,
      fill: "#444",
    });
    for (const t of wrap(ev.title, 28, COL_W, 3)) {
      yy += 36;
      line(t, x, yy, 28, { "font-weight": 700 });
    }
    yy += 10;
    for (const t of wrap(ev.summary, 18, COL_W, 8)) {
      yy += 26;
      line(t, x, yy, 18, { fill: "#333" });
    }
    return yy;
  };
  const top = y + 10;
  const bottom = Math.max(col(pair.first, PAD, top), col(pair.second, PAD * 2 + COL_W, top));
  y = bottom + 40;

  root.appendChild(el("rect", { x: PAD, y, width: CARD_W - PAD * 2, height: 1, fill: "#c9ccd1" }));
  y += 30;
  line(tr("sources"), PAD, y, 16, { "font-weight": 700, fill: "#444" });
  const cites: string[] = [];
  for (const ev of [pair.first, pair.second])
    for (const ref of ev.sources) cites.push(`${ev.title} (${yearOf(ev)}): ${citationText(ds, ref)}`);
  for (const c of cites)
    for (const t of wrap(c, 15, CARD_W - PAD * 2, 2)) {
      y += 22;
      line(t, PAD, y, 15, { fill: "#333" });
    }
  const quote = pair.kind === "response" ? responseQuote(pair.second.note) : null;
  if (quote) {
    y += 28;
    for (const t of wrap(tr("pairs.card.responseQuote", { quote }), 15, CARD_W - PAD * 2, 4)) {
      line(t, PAD, y, 15, { fill: "#333", "font-style": "italic" });
      y += 22;
    }
  }
  y += 30;
  line(`${ds.title} · ${url}`, PAD, y, 14, { fill: "#555" });
  y += PAD - 10;

  bg.setAttribute("height", String(y));
  root.setAttribute("width", String(CARD_W));
  root.setAttribute("height", String(y));
  root.setAttribute("viewBox", `0 0 ${CARD_W} ${y}`);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`,
    width: CARD_W,
    height: y,
  };
}

/** The source's own words a `respondsTo` rests on: the quotation that ends the note, if any. */
export function responseQuote(note: string | undefined): string | null {
  const m = /["“]([^"“”]{8,400})["”]\s*$/.exec(note ?? "");
  return m ? m[1]!.trim() : null;
}

/** The file name: "who-moved-first-2004-asean-china-fta-2008-ajcep.png". */
export function pairCardFileName(pair: EventPair): string {
  return `who-moved-first-${pair.first.id}-${pair.second.id}.png`;
}

/**
 * The chart on screen as a standalone SVG document: a clone of the live SVG with
 * the computed styles inlined (CSS variables resolved, so it looks the same
 * anywhere), a title, the view in words, a legend and a source credit. PNG is
 * that SVG drawn on a canvas at 2× for slides.
 */
import { t as tr } from "../../i18n/i18n";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import type { LaneSpec } from "../../store/selectors";
import { actorShape, categoryIndex, shapePath } from "../Timeline/palette";
import { viewLine, type ViewSummary } from "./viewSummary";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Styles that decide how SVG looks; the inherited ones are written only where they change. */
const INHERITED = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linejoin",
  "stroke-linecap",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "letter-spacing",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
] as const;
const OWN: [prop: string, initial: string][] = [["opacity", "1"]];

/** Copy the computed look of `src` (and its subtree) onto `dst` as inline styles. */
function inlineStyles(src: Element, dst: Element): void {
  const srcEls = [src, ...src.querySelectorAll("*")];
  const dstEls = [dst, ...dst.querySelectorAll("*")];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let cs = computed.get(el);
    if (!cs) {
      cs = getComputedStyle(el);
      computed.set(el, cs);
    }
    return cs;
  };
  const drop: Element[] = [];
  srcEls.forEach((el, i) => {
    const out = dstEls[i];
    if (!out) return;
    const cs = styleOf(el);
    if (cs.display === "none") {
      drop.push(out);
      return;
    }
    const parent = el === src ? null : el.parentElement;
    const ps = parent ? styleOf(parent) : null;
    const decl: string[] = [];
    for (const p of INHERITED) {
      const v = cs.getPropertyValue(p);
      if (v && (!ps || ps.getPropertyValue(p) !== v)) decl.push(`${p}:${v}`);
    }
    for (const [p, initial] of OWN) {
      const v = cs.getPropertyValue(p);
      if (v && v !== initial) decl.push(`${p}:${v}`);
    }
    if (decl.length) out.setAttribute("style", decl.join(";"));
    else out.removeAttribute("style");
  });
  for (const el of drop) el.remove();
}

/** A document, not a widget: no focus stops or ARIA widget roles; event names become <title>s. */
function stripInteraction(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("*")]) {
    const label = el.getAttribute("aria-label");
    if (el.hasAttribute("data-event-id") && label && el !== root) {
      const t = document.createElementNS(SVG_NS, "title");
      t.textContent = label;
      el.insertBefore(t, el.firstChild);
    }
    for (const a of [...el.attributes]) {
      if (
        a.name.startsWith("data-") ||
        a.name.startsWith("aria-") ||
        ["tabindex", "role", "class"].includes(a.name)
      )
        el.removeAttribute(a.name);
    }
  }
}

function cssVar(name: string, fallback: string): string {
  try {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
  } catch {
    return fallback;
  }
}

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Rough width of a line of text: enough to flow the legend (the export has no live layout). */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Keep a line of text inside `max` px, ending with "…". */
function fit(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  const n = Math.max(4, Math.floor(max / (size * 0.56)) - 1);
  return `${text.slice(0, n).trimEnd()}…`;
}

/** Greedy word wrap into at most `maxLines` lines (the last one ends with "…" if cut). */
export function wrap(text: string, size: number, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(next, size) <= max || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1)
      return [...lines, fit(`${line} ${words.slice(i).join(" ")}`, size, max)];
    lines.push(line);
    line = words[i]!;
  }
  if (line) lines.push(fit(line, size, max));
  return lines;
}

export interface ChartExportInput {
  svg: SVGSVGElement;
  ds: NormalizedDataset;
  events: readonly NormalizedEvent[];
  lanes: readonly LaneSpec[];
  view: ViewSummary;
  /** The deep link of the view (printed in the credit). */
  url: string;
  /** Access date for the credit, e.g. "12 May 2025". */
  date: string;
}

export interface ChartExport {
  svg: string;
  width: number;
  height: number;
}

/** Build the standalone SVG document of the chart on screen. */
export function buildChartSvg({ svg, ds, events, lanes, view, url, date }: ChartExportInput): ChartExport {
  const width = Math.max(Number(svg.getAttribute("width")) || svg.clientWidth || 800, 480);
  const chartH = Number(svg.getAttribute("height")) || svg.clientHeight || 400;
  const pad = 16;
  const text = cssVar("--text", "#17202c");
  const muted = cssVar("--muted", "#4b5563");
  const surface = cssVar("--surface", "#ffffff");
  const border = cssVar("--border", "#cfd5de");
  const font = cssVar("--font", "system-ui, sans-serif");

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  stripInteraction(chart);
  chart.removeAttribute("style");

  // XMLSerializer writes the xmlns itself (setting it as an attribute would duplicate it).
  const root = el("svg", { version: "1.1", "font-family": font });
  const title = view.storyStep ? `${view.title}: ${view.storyStep.title}` : view.title;
  root.appendChild(el("title", {}, title));
  root.appendChild(el("desc", {}, `${viewLine(view)}. ${view.datasetTitle}.`));
  const bg = el("rect", { x: 0, y: 0, width, height: 0, fill: surface });
  root.appendChild(bg);

  let y = pad + 18;
  root.appendChild(
    el(
      "text",
      { x: pad, y, "font-size": 20, "font-weight": 700, fill: text },
      fit(title, 20, width - 2 * pad),
    ),
  );
  y += 22;
  root.appendChild(
    el("text", { x: pad, y, "font-size": 13, fill: muted }, fit(viewLine(view), 13, width - 2 * pad)),
  );
  y += 12;

  chart.setAttribute("x", "0");
  chart.setAttribute("y", String(y));
  chart.setAttribute("width", String(width));
  chart.setAttribute("height", String(chartH));
  chart.setAttribute("overflow", "hidden");
  root.appendChild(chart);
  y += chartH;
  root.appendChild(el("line", { x1: 0, x2: width, y1: y, y2: y, stroke: border }));
  y += 10;

  // Legend: shapes are actors, colours are categories (only those in view).
  const items: { draw(g: SVGGElement): void; label: string }[] = [];
  const actorIndex = new Map(ds.actors.map((a, i) => [a.id, i]));
  for (const l of lanes) {
    if (!ds.actorById.has(l.id)) continue;
    const shape = actorShape(l.id, actorIndex.get(l.id) ?? 0);
    items.push({
      label: l.name,
      draw: (g) =>
        g.appendChild(
          el("path", {
            d: shapePath(shape, 5),
            fill: shape === "ring" ? "none" : text,
            stroke: text,
            "stroke-width": shape === "ring" ? 2 : 0,
          }),
        ),
    });
  }
  const cats = [...new Set(events.map((e) => e.category))];
  for (const id of ds.categories.map((c) => c.id).filter((c) => cats.includes(c))) {
    const colour = cssVar(`--cat-${categoryIndex(ds, id)}`, "#1f6fb2");
    items.push({
      label: ds.categoryById.get(id)?.name ?? id,
      draw: (g) => g.appendChild(el("rect", { x: -5, y: -5, width: 10, height: 10, rx: 2, fill: colour })),
    });
  }
  if (events.some((e) => e.amount)) {
    items.push({
      label: tr("legend.amount"),
      draw: (g) => {
        g.appendChild(el("circle", { r: 6, fill: "none", stroke: text, "stroke-width": 1.5 }));
        g.appendChild(el("circle", { r: 3, fill: text }));
      },
    });
  }
  const legend = el("g", { "font-size": 12, fill: text });
  let x = pad;
  let rowY = y + 8;
  for (const it of items) {
    const w = 16 + textWidth(it.label, 12) + 18;
    if (x + w > width - pad && x > pad) {
      x = pad;
      rowY += 20;
    }
    const g = el("g", { transform: `translate(${x + 6},${rowY})` });
    it.draw(g);
    g.appendChild(el("text", { x: 12, dy: "0.35em" }, it.label));
    legend.appendChild(g);
    x += w;
  }
  root.appendChild(legend);
  y = rowY + 22;

  // Credit: where the facts come from and where the view lives.
  const sources = ds.sources.map((s) => `${s.title}${s.year ? ` (${s.year})` : ""}`).join("; ");
  for (const line of wrap(`Sources: ${sources}`, 11, width - 2 * pad, 3)) {
    root.appendChild(el("text", { x: pad, y, "font-size": 11, fill: muted }, line));
    y += 15;
  }
  root.appendChild(
    el(
      "text",
      { x: pad, y, "font-size": 11, fill: muted },
      fit(`${view.title} · ${url} · ${date}`, 11, width - 2 * pad),
    ),
  );
  y += pad;

  bg.setAttribute("height", String(y));
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(y));
  root.setAttribute("viewBox", `0 0 ${width} ${y}`);
  const xml = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height: y };
}

/** Draw the SVG on a canvas at `scale`× and encode a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: URL, not a blob: one: Chromium taints a canvas that drew an SVG with a
  // <foreignObject> (the Table, Compare and Figures images) from a blob URL.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const img = new Image();
  img.width = width;
  img.height = height;
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error("the chart image could not be drawn"));
    img.src = url;
  });
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw on a canvas");
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the PNG could not be encoded"))), "image/png"),
  );
}

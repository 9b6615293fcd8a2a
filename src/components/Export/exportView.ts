/**
 * An image of a view that is not one SVG chart (Table, Compare, Figures): the
 * view's HTML, cloned with its computed look inlined, inside an SVG
 * `<foreignObject>`, between the same title and credit as the chart export. The
 * clone is laid out at its full size (a scrolled table exports every rendered
 * row, not the part on screen). PNG draws that SVG on a canvas, as for the chart.
 */
import { viewLine, type ViewSummary } from "./viewSummary";
import { wrap } from "./exportChart";

const SVG_NS = "http://www.w3.org/2000/svg";

/** What decides how the HTML looks; everything else keeps its initial value. */
const HTML_PROPS = [
  "display",
  "box-sizing",
  "width",
  "height",
  "min-width",
  "margin-top",
  "margin-right",
  "margin-bottom",
  "margin-left",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
  "border-top",
  "border-right",
  "border-bottom",
  "border-left",
  "border-radius",
  "border-collapse",
  "border-spacing",
  "background-color",
  "box-shadow",
  "color",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant-numeric",
  "line-height",
  "letter-spacing",
  "text-align",
  "text-decoration",
  "text-transform",
  "white-space",
  "vertical-align",
  "flex-direction",
  "flex-wrap",
  "flex-grow",
  "flex-shrink",
  "flex-basis",
  "align-items",
  "align-self",
  "justify-content",
  "gap",
  "grid-template-columns",
  "grid-template-rows",
  "grid-column",
  "grid-row",
  "list-style-type",
  "opacity",
  "caption-side",
  "table-layout",
  // SVG inside the view.
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
];

/** Widgets and hidden text do not belong in a picture. */
const DROP = "input, select, textarea, .visually-hidden, [hidden], .spacer";

function inlineHtml(src: Element, dst: Element): void {
  const srcEls = [src, ...src.querySelectorAll("*")];
  const dstEls = [dst, ...dst.querySelectorAll("*")];
  const drop: Element[] = [];
  srcEls.forEach((el, i) => {
    const out = dstEls[i];
    if (!out) return;
    const cs = getComputedStyle(el);
    if (cs.display === "none" || (el !== src && el.matches(DROP))) {
      drop.push(out);
      return;
    }
    const decl: string[] = [];
    for (const p of HTML_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) decl.push(`${p}:${v}`);
    }
    // An inner scrolling box (a list with a max height) is drawn as it shows: clipped.
    if (/auto|scroll|hidden/.test(cs.overflow)) decl.push("overflow:hidden");
    out.setAttribute("style", decl.join(";"));
    // Dates and names stay readable text; the sort arrows and badges come along as drawn.
    // A document, not a widget.
    for (const a of [...out.attributes])
      if (a.name.startsWith("on") || ["tabindex", "id", "href", "aria-describedby"].includes(a.name))
        out.removeAttribute(a.name);
  });
  for (const el of drop) el.remove();
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function svgEl(tag: string, attrs: Record<string, string | number>, text?: string): Element {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface ViewExportInput {
  /** The view's root element (its scrolling box). */
  root: HTMLElement;
  sources: readonly { title: string; year?: number | undefined }[];
  view: ViewSummary;
  url: string;
  date: string;
}

/** Build a standalone SVG document of the view on screen. */
export function buildViewSvg({ root, sources, view, url, date }: ViewExportInput): {
  svg: string;
  width: number;
  height: number;
} {
  const pad = 16;
  const inner = Math.max(Math.ceil(root.scrollWidth || root.clientWidth || 800), 448);
  const width = inner + 2 * pad;
  const text = cssVar("--text", "#17202c");
  const muted = cssVar("--muted", "#4b5563");
  const surface = cssVar("--surface", "#ffffff");
  const font = cssVar("--font", "system-ui, sans-serif");

  const clone = root.cloneNode(true) as HTMLElement;
  inlineHtml(root, clone);
  // Its whole content, not the scrolled window: no fixed height, nothing clipped, nothing sticky.
  clone.style.height = "auto";
  clone.style.overflow = "visible";
  clone.style.width = `${inner}px`;
  // The picture's look is its inline styles only (the SVG file carries no stylesheet), so
  // the classes go before the clone is measured: what is measured is what is drawn.
  for (const el of [clone, ...clone.querySelectorAll<HTMLElement>("*")]) {
    el.removeAttribute("class");
    if (el.style) el.style.position = "static";
  }
  // Measure the clone's height off screen, at the view's width.
  const probe = document.createElement("div");
  probe.style.cssText = `position:absolute;left:-100000px;top:0;width:${inner}px;visibility:hidden`;
  probe.appendChild(clone);
  document.body.appendChild(probe);
  const contentH = Math.ceil(clone.getBoundingClientRect().height) || root.scrollHeight || 400;
  probe.remove();

  const svg = svgEl("svg", { version: "1.1", "font-family": font });
  const title = view.storyStep ? `${view.title}: ${view.storyStep.title}` : view.title;
  svg.appendChild(svgEl("title", {}, title));
  svg.appendChild(svgEl("desc", {}, `${viewLine(view)}. ${view.datasetTitle}.`));
  const bg = svgEl("rect", { x: 0, y: 0, width, height: 0, fill: surface });
  svg.appendChild(bg);
  let y = pad + 18;
  for (const line of wrap(title, 20, width - 2 * pad, 2)) {
    svg.appendChild(svgEl("text", { x: pad, y, "font-size": 20, "font-weight": 700, fill: text }, line));
    y += 24;
  }
  for (const line of wrap(viewLine(view), 13, width - 2 * pad, 2)) {
    svg.appendChild(svgEl("text", { x: pad, y, "font-size": 13, fill: muted }, line));
    y += 17;
  }
  y += 4;
  const fo = svgEl("foreignObject", { x: pad, y, width: inner, height: contentH });
  fo.appendChild(clone);
  svg.appendChild(fo);
  y += contentH + 18;

  const credit = sources.map((s) => `${s.title}${s.year ? ` (${s.year})` : ""}`).join("; ");
  for (const line of wrap(`Sources: ${credit}`, 11, width - 2 * pad, 3)) {
    svg.appendChild(svgEl("text", { x: pad, y, "font-size": 11, fill: muted }, line));
    y += 15;
  }
  for (const line of wrap(`${view.title} · ${url} · ${date}`, 11, width - 2 * pad, 2)) {
    svg.appendChild(svgEl("text", { x: pad, y, "font-size": 11, fill: muted }, line));
    y += 15;
  }
  y += pad;
  bg.setAttribute("height", String(y));
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(y));
  svg.setAttribute("viewBox", `0 0 ${width} ${y}`);
  const xml = new XMLSerializer().serializeToString(svg);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height: y };
}

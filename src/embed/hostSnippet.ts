/**
 * The code a host page pastes to embed the timeline: the `<iframe>` and the few
 * lines of script for automatic height and deep links (PRODUCT.md's embed
 * protocol). Pure: strings in, strings out; the Embed dialog prints them.
 *
 * The host script:
 * - listens only to messages whose `source` is this iframe and whose shape is
 *   `{ type: "soft-power-timeline:resize", height: number }` or
 *   `{ type: "soft-power-timeline:state", query: string }`; nothing is executed;
 * - sets the iframe's height from the resize message (auto height);
 * - keeps the state message's query in the host page's hash (`#<id>=<query>`,
 *   replaceState so the host's history is not flooded), and when the host page
 *   opens with such a hash, passes it into the iframe's `src`. The app's own
 *   `embed=1` is kept and its `data=` cannot be swapped by a crafted link.
 */

export const EMBED_ID = "soft-power-timeline";
/** The auto-height iframe's first height, before the app reports its own. */
export const AUTO_START_HEIGHT = 640;
export const MIN_FIXED_HEIGHT = 320;

export interface SnippetOptions {
  /** The app's absolute URL without query or hash, e.g. "https://example.org/timeline/". */
  appUrl: string;
  /** The state to show, as a query string (with or without "?"); `embed` is added. */
  query: string;
  /** The iframe's accessible title. */
  title: string;
  /** "auto" (the app sets it) or a fixed height in px. */
  height: "auto" | number;
  /** Keep the reader's view in the host page's hash so it can be shared. */
  deepLinks: boolean;
  /** The iframe's id; change it for a second timeline on the same page. */
  id?: string;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The query string with `embed=1` (once, last), without a leading "?". */
export function embedQuery(query: string): string {
  const p = new URLSearchParams(query.replace(/^\?/, ""));
  p.delete("embed");
  p.set("embed", "1");
  return p.toString().replace(/%2C/g, ",");
}

/** The iframe's src: the app URL (query and hash dropped) plus the embed query. */
export function embedSrc(appUrl: string, query: string): string {
  const base = appUrl.replace(/[?#].*$/, "");
  return `${base}?${embedQuery(query)}`;
}

/** A fixed height within reason (the app needs 320 px to be useful). */
export function clampHeight(h: number): number {
  if (!Number.isFinite(h)) return AUTO_START_HEIGHT;
  return Math.min(Math.max(Math.round(h), MIN_FIXED_HEIGHT), 4000);
}

/** The `<iframe>` element to paste. */
export function iframeCode(o: SnippetOptions): string {
  const id = o.id ?? EMBED_ID;
  const h = o.height === "auto" ? AUTO_START_HEIGHT : clampHeight(o.height);
  return [
    `<iframe id="${escapeAttr(id)}"`,
    `  src="${escapeAttr(embedSrc(o.appUrl, o.query))}"`,
    `  title="${escapeAttr(o.title)}"`,
    // Read by embed.js: keep this frame's view in the page's hash.
    ...(o.deepLinks ? [`  data-deep-links`] : []),
    `  style="display:block;width:100%;height:${h}px;border:0"`,
    `  loading="lazy" allowfullscreen></iframe>`,
  ].join("\n");
}

/** The host page script, or null when neither auto height nor deep links is wanted. */
export function hostScript(o: SnippetOptions): string | null {
  const auto = o.height === "auto";
  if (!auto && !o.deepLinks) return null;
  const id = JSON.stringify(o.id ?? EMBED_ID);
  const lines = [
    `<script>`,
    `(function () {`,
    `  var frame = document.getElementById(${id});`,
    `  if (!frame) return;`,
  ];
  if (o.deepLinks) {
    lines.push(
      `  var key = frame.id;`,
      `  var src = new URL(frame.getAttribute("src"), location.href);`,
      `  // Opened with a shared view in the hash: show that view in the frame.`,
      `  var shared = new URLSearchParams(location.hash.slice(1)).get(key);`,
      `  if (shared !== null) {`,
      `    var q = new URLSearchParams(shared);`,
      `    q.delete("data");`,
      `    if (src.searchParams.has("data")) q.set("data", src.searchParams.get("data"));`,
      `    q.set("embed", "1");`,
      `    src.search = q.toString();`,
      `    frame.src = src.href;`,
      `  }`,
    );
  }
  lines.push(
    `  window.addEventListener("message", function (e) {`,
    `    var m = e.data;`,
    `    if (e.source !== frame.contentWindow || !m || typeof m !== "object") return;`,
  );
  if (auto) {
    lines.push(
      `    if (m.type === "soft-power-timeline:resize" && typeof m.height === "number" && m.height > 0) {`,
      `      frame.style.height = Math.min(Math.ceil(m.height), 10000) + "px";`,
      `    }`,
    );
  }
  if (o.deepLinks) {
    lines.push(
      `    if (m.type === "soft-power-timeline:state" && typeof m.query === "string") {`,
      `      var h = new URLSearchParams(location.hash.slice(1));`,
      `      h.set(key, m.query.slice(0, 4000));`,
      `      history.replaceState(history.state, "", "#" + h.toString());`,
      `    }`,
    );
  }
  lines.push(`  });`, `})();`, `</script>`);
  return lines.join("\n");
}

/** Everything to paste, iframe then script. */
export function fullSnippet(o: SnippetOptions): string {
  const s = hostScript(o);
  return s ? `${iframeCode(o)}\n${s}` : iframeCode(o);
}

/**
 * The one-line alternative to `hostScript`: `embed.js`, served beside the app,
 * sizes every embed of ours on the page (and keeps the view of frames marked
 * `data-deep-links` in the hash). One line for any number of timelines.
 */
export function scriptTag(appUrl: string): string {
  const base = appUrl.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  return `<script src="${escapeAttr(base)}embed.js" async></script>`;
}

/**
 * HTML as TimelineJS3 sheets hold it ("<p>Signed in <a href='…'>Tokyo</a>.</p>") → plain
 * text: tags removed, entities decoded, a link's target kept in brackets after its words.
 * String work only (no DOM: this runs in the loading worker), and the result is only ever
 * shown as text, so nothing in it can run.
 */

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  copy: "©",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  ccedil: "ç",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  szlig: "ß",
  deg: "°",
  middot: "·",
  bull: "•",
};

/** "&amp;" → "&", "&#233;" → "é", "&#x4E2D;" → "中"; unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/** True when the text holds something that looks like an HTML tag or entity. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

/**
 * @example
 * htmlToText("<p>Signed in <a href='https://x.org'>Tokyo</a> &amp; Seoul.</p>")
 * // "Signed in Tokyo (https://x.org) & Seoul."
 */
export function htmlToText(html: string): string {
  if (!looksLikeHtml(html)) return html;
  const text = html
    // Script and style bodies are code, not words.
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(
      /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi,
      (_, d: string | undefined, s: string | undefined, u: string | undefined, inner: string) => {
        const href = decodeEntities((d ?? s ?? u ?? "").trim());
        const words = inner.replace(/<[^>]*>/g, "").trim();
        if (!/^https?:\/\//i.test(href) || decodeEntities(words) === href) return inner;
        return `${inner} (${href})`;
      },
    )
    .replace(/<(br|\/p|\/div|\/li|\/h\d|\/tr)\b[^>]*>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n• ")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n[\s]*/g, "\n")
    .trim();
}

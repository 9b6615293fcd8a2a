/** Search-match highlighting for the table: pure string work, no HTML (the caller renders <mark>). */

export interface Part {
  text: string;
  match: boolean;
}

/** Split `text` into parts, marking every case-insensitive occurrence of any term. */
export function highlightParts(text: string, terms: readonly string[]): Part[] {
  const ts = terms.map((t) => t.toLowerCase()).filter(Boolean);
  if (ts.length === 0 || text === "") return [{ text, match: false }];
  const lower = text.toLowerCase();
  // Mark covered characters, so overlapping terms merge into one highlight.
  const hit = new Uint8Array(text.length);
  for (const t of ts) {
    for (let i = lower.indexOf(t); i !== -1; i = lower.indexOf(t, i + 1)) hit.fill(1, i, i + t.length);
  }
  const parts: Part[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || hit[i] !== hit[start]) {
      parts.push({ text: text.slice(start, i), match: hit[start] === 1 });
      start = i;
    }
  }
  return parts;
}

/** Whether any term occurs in `text`. */
export function hasMatch(text: string, terms: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return terms.some((t) => t && lower.includes(t.toLowerCase()));
}

/**
 * A short excerpt of `text` around its first match ("…Confucius Institutes in…"),
 * or null when no term occurs. Cuts at word boundaries.
 */
export function snippet(text: string, terms: readonly string[], radius = 60): string | null {
  const lower = text.toLowerCase();
  let first = -1;
  for (const t of terms) {
    const i = t ? lower.indexOf(t.toLowerCase()) : -1;
    if (i !== -1 && (first === -1 || i < first)) first = i;
  }
  if (first === -1) return null;
  let a = Math.max(0, first - radius);
  let b = Math.min(text.length, first + radius * 2);
  if (a > 0) {
    const sp = text.indexOf(" ", a);
    if (sp !== -1 && sp < first) a = sp + 1;
  }
  if (b < text.length) {
    const sp = text.lastIndexOf(" ", b);
    if (sp > first) b = sp;
  }
  return `${a > 0 ? "…" : ""}${text.slice(a, b)}${b < text.length ? "…" : ""}`;
}

/**
 * WCAG 2 contrast: parse a CSS colour (#rgb, #rrggbb, rgb()/rgba() with commas
 * or spaces and an optional alpha), composite a translucent colour over its
 * background, and compute the contrast ratio. Used by the tests that keep dimmed
 * marks and labels readable in every theme. Pure.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

export function parseColor(css: string): Rgba | null {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!;
    const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
    return {
      r: parseInt(full.slice(0, 2), 16),
      g: parseInt(full.slice(2, 4), 16),
      b: parseInt(full.slice(4, 6), 16),
      a: 1,
    };
  }
  const fn = /^rgba?\((.*)\)$/.exec(s);
  if (!fn) return null;
  const parts = fn[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map((p) => (p.endsWith("%") ? Number(p.slice(0, -1)) / 100 : Number(p)));
  if (parts.length < 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [r, g, b, a = 1] = parts as [number, number, number, number?];
  return { r, g, b, a };
}

/** `top` drawn over an opaque `bottom` (alpha compositing); `opacity` multiplies top's alpha. */
export function composite(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top.a * opacity;
  const mix = (t: number, b: number) => t * a + b * (1 - a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** Relative luminance (WCAG 2.x). */
export function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const x = v / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** Contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

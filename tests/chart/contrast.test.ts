// @vitest-environment node
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { composite, contrastRatio, parseColor, type Rgba } from "../../src/chart/contrast";

describe("contrast", () => {
  it("parses hex and rgb() colours", () => {
    expect(parseColor("#fff")).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor("#1f6fb2")).toEqual({ r: 31, g: 111, b: 178, a: 1 });
    expect(parseColor("rgb(234 179 8 / 0.13)")).toEqual({ r: 234, g: 179, b: 8, a: 0.13 });
    expect(parseColor("rgba(0, 0, 0, 50%)")).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor("var(--x)")).toBeNull();
  });

  it("gives WCAG's ratios", () => {
    const white = parseColor("#ffffff")!;
    expect(contrastRatio(parseColor("#000")!, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBeCloseTo(1, 5);
    expect(contrastRatio(parseColor("#767676")!, white)).toBeCloseTo(4.54, 2);
  });

  it("composites a translucent colour over its background", () => {
    const c = composite(parseColor("rgb(0 0 0 / 0.5)")!, parseColor("#ffffff")!);
    expect(c.r).toBeCloseTo(127.5, 5);
    expect(c.a).toBe(1);
  });
});

/** The custom properties a theme sets, read from the stylesheets (last one wins, as in CSS). */
function themeVars(selector: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const file of ["src/styles/theme.css", "src/components/Timeline/Timeline.css"]) {
    const css = fs.readFileSync(path.resolve(file), "utf8");
    let at = css.indexOf(selector);
    while (at >= 0) {
      const open = css.indexOf("{", at);
      const close = css.indexOf("}", open);
      for (const m of css.slice(open + 1, close).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
        vars.set(m[1]!, m[2]!.trim());
      at = css.indexOf(selector, close);
    }
  }
  return vars;
}

const THEMES: [string, string][] = [
  ["light (and print)", '[data-theme="light"]'],
  ["dark", '[data-theme="dark"]'],
  ["contrast", '[data-theme="contrast"]'],
];

describe.each(THEMES)("dimmed marks and labels in the %s theme", (_name, selector) => {
  const vars = themeVars(selector);
  const color = (name: string): Rgba => {
    const v = vars.get(name);
    const c = v ? parseColor(v) : null;
    if (!c) throw new Error(`${selector} ${name}: ${v}`);
    return c;
  };
  const dim = color("--dim");
  // Every background a dimmed mark or label can sit on: the surface, both lane stripes, an era band
  // over them, and (for a label inside it) a dimmed span bar's tint over any of those.
  const grounds: [string, Rgba][] = [];
  for (const lane of ["--surface", "--lane-0", "--lane-1"]) {
    const base = color(lane);
    const era = composite(color("--era"), base);
    grounds.push([lane, base], [`${lane} + era`, era]);
    grounds.push([`${lane} + dim bar`, composite(dim, base, 0.1)]);
    grounds.push([`${lane} + era + dim bar`, composite(dim, era, 0.1)]);
  }
  it.each(grounds)("keeps at least 4.5:1 on %s", (_g, ground) => {
    expect(contrastRatio(dim, ground)).toBeGreaterThanOrEqual(4.5);
  });
  it("stays dimmer than the normal text, so it still reads as dimmed", () => {
    const surface = color("--surface");
    expect(contrastRatio(dim, surface)).toBeLessThan(contrastRatio(color("--text"), surface));
  });
});

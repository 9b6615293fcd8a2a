// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  clampDomain,
  createTimeScale,
  DAY,
  MIN_SPAN,
  panDomain,
  paddedExtent,
  resolveDomain,
  YEAR,
  zoomDomain,
  type Domain,
} from "../../src/chart/timeScale";

const U = Date.UTC;
const extent: Domain = [U(1977, 7, 1), U(2023, 9, 1)];
const limits = paddedExtent(extent);
const span = (d: Domain) => d[1] - d[0];

describe("createTimeScale", () => {
  it("is a UTC scale from the domain to pixels and back", () => {
    const s = createTimeScale([U(2000, 0, 1), U(2010, 0, 1)], [0, 1000]);
    expect(s(U(2000, 0, 1))).toBe(0);
    expect(s(U(2010, 0, 1))).toBe(1000);
    expect(s.invert(500).getTime()).toBeCloseTo((U(2000, 0, 1) + U(2010, 0, 1)) / 2, -1);
  });
});

describe("paddedExtent", () => {
  it("adds 3% of the span on each side", () => {
    const p = paddedExtent(extent);
    expect(p[0]).toBeCloseTo(extent[0] - span(extent) * 0.03, -1);
    expect(p[1]).toBeCloseTo(extent[1] + span(extent) * 0.03, -1);
  });

  it("pads a dataset of one day as if it were a year long", () => {
    const p = paddedExtent([U(2003, 0, 1), U(2003, 0, 2)]);
    expect(p[0]).toBeCloseTo(U(2003, 0, 1) - 0.03 * YEAR, -1);
    expect(span(p)).toBeCloseTo(DAY + 0.06 * YEAR, -1);
  });
});

describe("clampDomain", () => {
  it("zoom-in limit: a span under ~30 days grows to MIN_SPAN around its middle", () => {
    const mid = U(2003, 5, 15);
    const d = clampDomain([mid - DAY, mid + DAY], limits);
    expect(span(d)).toBe(MIN_SPAN);
    expect((d[0] + d[1]) / 2).toBe(mid);
    expect(MIN_SPAN).toBeGreaterThanOrEqual(28 * DAY);
    expect(MIN_SPAN).toBeLessThanOrEqual(31 * DAY);
  });

  it("zoom-out limit: never wider than the padded extent", () => {
    expect(clampDomain([U(1800, 0, 1), U(2200, 0, 1)], limits)).toEqual(limits);
    expect(clampDomain(limits, limits)).toEqual(limits);
  });

  it("slides a domain that runs off either end back inside, keeping its span", () => {
    const d = clampDomain([U(1960, 0, 1), U(1970, 0, 1)], limits);
    expect(d[0]).toBe(limits[0]);
    expect(span(d)).toBe(U(1970, 0, 1) - U(1960, 0, 1));
    const e = clampDomain([U(2020, 0, 1), U(2040, 0, 1)], limits);
    expect(e[1]).toBe(limits[1]);
    expect(span(e)).toBe(U(2040, 0, 1) - U(2020, 0, 1));
  });

  it("leaves a domain inside the limits unchanged", () => {
    const d: Domain = [U(2003, 0, 1), U(2010, 0, 1)];
    expect(clampDomain(d, limits)).toEqual(d);
  });

  it("open or broken domains fall back to the whole", () => {
    expect(clampDomain([-Infinity, Infinity], limits)).toEqual(limits);
    expect(clampDomain([NaN, NaN], limits)).toEqual(limits);
  });

  it("when the limits are narrower than MIN_SPAN, the limits win", () => {
    const tiny: Domain = [U(2003, 0, 1), U(2003, 0, 11)];
    expect(clampDomain([U(2003, 0, 2), U(2003, 0, 3)], tiny)).toEqual(tiny);
  });

  it("always lands inside the limits with a span between the two limits (property)", () => {
    const t = fc.oneof(
      fc.double({ min: U(1800, 0, 1), max: U(2200, 0, 1), noNaN: true }),
      fc.constantFrom(Infinity, -Infinity, NaN),
    );
    fc.assert(
      fc.property(t, t, (a, b) => {
        const d = clampDomain([a, b], limits);
        expect(d[0]).toBeGreaterThanOrEqual(limits[0]);
        expect(d[1]).toBeLessThanOrEqual(limits[1] + 1e-3);
        expect(span(d)).toBeGreaterThanOrEqual(MIN_SPAN - 1e-3);
        expect(span(d)).toBeLessThanOrEqual(span(limits) + 1e-3);
      }),
      { numRuns: 500 },
    );
  });
});

describe("resolveDomain", () => {
  it("null is the padded extent", () => {
    expect(resolveDomain(null, extent)).toEqual(limits);
  });

  it("fills an open start or end (a URL with only `from` or only `to`) from the padded extent", () => {
    expect(resolveDomain([U(2003, 0, 1), Infinity], extent)).toEqual([U(2003, 0, 1), limits[1]]);
    expect(resolveDomain([-Infinity, U(1999, 0, 1)], extent)).toEqual([limits[0], U(1999, 0, 1)]);
    expect(resolveDomain([-Infinity, Infinity], extent)).toEqual(limits);
  });

  it("keeps finite domains as they are (clamping is clampDomain's job)", () => {
    expect(resolveDomain([U(1900, 0, 1), U(2100, 0, 1)], extent)).toEqual([U(1900, 0, 1), U(2100, 0, 1)]);
  });
});

describe("zoomDomain and panDomain", () => {
  it("zooming in by 2 halves the span around the middle by default", () => {
    const d: Domain = [U(2000, 0, 1), U(2010, 0, 1)];
    const z = zoomDomain(d, 2);
    expect(span(z)).toBeCloseTo(span(d) / 2, -1);
    expect((z[0] + z[1]) / 2).toBeCloseTo((d[0] + d[1]) / 2, -1);
    expect(span(zoomDomain(d, 0.5))).toBeCloseTo(span(d) * 2, -1);
  });

  it("keeps the anchor at the same place on screen (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: U(1950, 0, 1), max: U(2020, 0, 1) }),
        fc.integer({ min: 30, max: 30_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (a, days, frac, factor) => {
          const d: Domain = [a, a + days * DAY];
          const anchor = d[0] + frac * span(d);
          const z = zoomDomain(d, factor, anchor);
          expect((anchor - z[0]) / span(z)).toBeCloseTo(frac, 6);
          expect(span(z)).toBeCloseTo(span(d) / factor, -3);
        },
      ),
    );
  });

  it("panning shifts both ends", () => {
    expect(panDomain([10, 20], 5)).toEqual([15, 25]);
    expect(panDomain([10, 20], -15)).toEqual([-5, 5]);
  });
});

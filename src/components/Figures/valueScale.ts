import { scaleLinear, scaleLog } from "d3-scale/numeric";

export interface ValueScale {
  x(v: number): number;
  ticks: number[];
}

/** Powers of ten covering the positive values (a loop, not Math.min(...v): series can be long). */
function logDomain(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v <= 0) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return [1, 10];
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}

function maxOf(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > m) m = values[i]!;
  return m;
}

/**
 * The value axis of a Figures chart over `range` px: log (powers of ten, every
 * other one dropped until they fit) or linear from zero, with ticks that fit `trackW`.
 */
export function valueScale(
  values: ArrayLike<number>,
  scaleType: "linear" | "log",
  range: [number, number],
  trackW: number,
): ValueScale {
  if (scaleType === "log") {
    const s = scaleLog().domain(logDomain(values)).range(range);
    const [a, b] = s.domain() as [number, number];
    let t: number[] = [];
    for (let v = a; v <= b * 1.0001; v *= 10) t.push(v);
    const maxTicks = Math.max(2, Math.floor((trackW - 20) / 64));
    while (t.length > maxTicks) t = t.filter((_, i) => i % 2 === 0);
    return { x: (v: number) => s(v), ticks: t };
  }
  const s = scaleLinear()
    .domain([0, maxOf(values) || 1])
    .nice()
    .range(range);
  return { x: (v: number) => s(v), ticks: s.ticks(Math.max(2, Math.floor((trackW - 20) / 80))) };
}

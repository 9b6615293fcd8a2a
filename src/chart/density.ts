/** Events per calendar year over a domain, for the overview strip. Pure. */
import { utcYear } from "d3-time";
import type { Domain } from "./timeScale";

export interface Bin {
  start: number;
  stop: number;
  count: number;
}

export function densityBins(events: readonly { start: number }[], domain: Domain): Bin[] {
  const years = utcYear.range(utcYear.floor(new Date(domain[0])), utcYear.ceil(new Date(domain[1])));
  const first = years[0]?.getUTCFullYear() ?? 0;
  const bins = years.map((y) => ({ start: y.getTime(), stop: utcYear.offset(y, 1).getTime(), count: 0 }));
  for (const e of events) {
    const i = new Date(e.start).getUTCFullYear() - first;
    if (i >= 0 && i < bins.length) bins[i]!.count++;
  }
  return bins;
}

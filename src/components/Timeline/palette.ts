/**
 * Colours and shapes. Category → one of 12 theme colours (CSS variables that
 * each theme tunes for contrast); actor → a shape, so colour is never the only cue.
 */
import type { NormalizedDataset } from "../../data/normalize";
import { defaultShape, shownActorShape } from "../../data/actorShapes";

export const PALETTE_SIZE = 12;

export function categoryIndex(ds: NormalizedDataset, categoryId: string): number {
  const i = ds.categories.findIndex((c) => c.id === categoryId);
  return (i < 0 ? 0 : i) % PALETTE_SIZE;
}

export function categoryColorVar(ds: NormalizedDataset, categoryId: string): string {
  return `var(--cat-${categoryIndex(ds, categoryId)})`;
}

export type Shape = "circle" | "square" | "diamond" | "triangle" | "hexagon" | "star" | "cross" | "ring";

/**
 * The actor's shape: as assigned for the dataset on screen (its own `shape`, else distinct
 * within the dataset: src/data/actorShapes.ts), else by the fixed table and the rotation.
 */
export function actorShape(actorId: string, index = 0): Shape {
  return shownActorShape(actorId) ?? defaultShape(actorId, index);
}

/** SVG path of a shape centred on 0,0 with radius r. */
export function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case "square": {
      const s = r * 0.88;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case "diamond":
      return `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`;
    case "triangle":
      return `M0,${-r * 1.15}L${r * 1.1},${r * 0.85}L${-r * 1.1},${r * 0.85}Z`;
    case "hexagon": {
      const pts = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i;
        return `${(r * 1.05 * Math.cos(a)).toFixed(2)},${(r * 1.05 * Math.sin(a)).toFixed(2)}`;
      });
      return `M${pts.join("L")}Z`;
    }
    case "star": {
      const pts = Array.from({ length: 10 }, (_, i) => {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 === 0 ? r * 1.3 : r * 0.55;
        return `${(rr * Math.cos(a)).toFixed(2)},${(rr * Math.sin(a)).toFixed(2)}`;
      });
      return `M${pts.join("L")}Z`;
    }
    case "cross": {
      const a = r * 0.4;
      const b = r * 1.05;
      return `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`;
    }
    case "ring":
    case "circle":
    default:
      return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
  }
}

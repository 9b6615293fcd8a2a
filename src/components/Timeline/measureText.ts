/**
 * Measure label widths with a canvas in the label's real font, so the declutter
 * pass knows true widths (falls back to the estimate where canvas is missing, as in jsdom).
 */
import { estimateTextWidth, type MeasureText } from "../../chart/textWidth";

const cache = new Map<string, MeasureText>();

export function createMeasure(font: string, fontSize: number): MeasureText {
  const key = `${font}|${fontSize}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = document.createElement("canvas").getContext("2d");
  } catch {
    ctx = null;
  }
  const widths = new Map<string, number>();
  const measure: MeasureText = ctx
    ? (text) => {
        let w = widths.get(text);
        if (w === undefined) {
          ctx!.font = font;
          // 4% margin: hinting differs slightly between canvas and SVG text.
          w = Math.ceil(ctx!.measureText(text).width * 1.04);
          widths.set(text, w);
        }
        return w;
      }
    : (text) => estimateTextWidth(text, fontSize);
  cache.set(key, measure);
  return measure;
}

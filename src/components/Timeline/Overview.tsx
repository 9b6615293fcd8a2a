import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { select } from "d3-selection";
import type { BrushBehavior } from "d3-brush";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEventsNoRange } from "../../store/selectors";
import { createTimeScale, type Domain } from "../../chart/timeScale";
import { densityBins } from "../../chart/density";
import { timeTicks } from "../../chart/ticks";
import { useElementSize } from "../../hooks/useElementSize";
import { t as tr } from "../../i18n/i18n";
import { onFirstUse } from "../../app/firstUse";
import { afterReady, whenIdle } from "../../app/ready";

type BrushModule = typeof import("d3-brush");
/**
 * d3-brush loads on the first use of the page or the first move of a mouse, and at once when
 * focus reaches the overview: until then the visible range is drawn as a plain rectangle (the
 * first view's weight, issue 17). A mouse press on the overview before it arrives is handed to
 * the brush when it does, so that drag is not lost; on a touch screen it loads after the
 * readiness mark without waiting (see below). Kept here once loaded, so a redrawn
 * overview has it at once.
 */
let brushModule: BrushModule | null = null;
interface Press {
  x: number;
  y: number;
}
function useBrushModule(wrap: RefObject<HTMLElement | null>): [BrushModule | null, RefObject<Press | null>] {
  const [mod, setMod] = useState(brushModule);
  const pressed = useRef<Press | null>(null);
  useEffect(() => {
    if (mod) return;
    let live = true;
    const load = () =>
      void import("d3-brush").then((m) => {
        brushModule = m;
        if (live) setMod(m);
      });
    const stop = onFirstUse(load);
    // On a touch screen the first touch may be the drag itself, and a touch cannot be handed
    // over like a mouse press (its later moves stay with the element first touched): the brush
    // (3.5 KB) loads after the readiness mark, at an idle moment, so it is there before it.
    if (window.matchMedia?.("(any-pointer: coarse)").matches) void afterReady.then(whenIdle).then(load);
    const el = wrap.current;
    const onDown = (e: PointerEvent) => {
      if (e.pointerType === "mouse" && e.button === 0) pressed.current = { x: e.clientX, y: e.clientY };
      load();
    };
    const onUp = () => (pressed.current = null);
    const opts = { once: true, passive: true } as const;
    window.addEventListener("pointermove", load, opts);
    window.addEventListener("pointerup", onUp, true);
    el?.addEventListener("pointerdown", onDown);
    el?.addEventListener("focusin", load, opts);
    return () => {
      live = false;
      stop();
      window.removeEventListener("pointermove", load);
      window.removeEventListener("pointerup", onUp, true);
      el?.removeEventListener("pointerdown", onDown);
      el?.removeEventListener("focusin", load);
    };
  }, [mod, wrap]);
  return [mod, pressed];
}

const H = 48;
const M = 14;

/**
 * The whole span at a glance: event density per year and a brush for the visible
 * range. Dragging the brush moves the view; zooming the chart moves the brush.
 */
export function Overview({
  limits,
  domain,
  onBrush,
  moveRef,
}: {
  limits: Domain;
  domain: Domain;
  onBrush(d: Domain, zooming: boolean): void;
  /** Filled with a function that moves the brush without React (live zoom feedback). */
  moveRef?: RefObject<((d: Domain) => void) | null>;
}) {
  const ds = useTimelineStore(selectDataset)!;
  const events = useTimelineStore(selectFilteredEventsNoRange);
  const wrap = useRef<HTMLDivElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const programmatic = useRef(false);
  /**
   * True while the reader drags the brush. The chart's animated follow would otherwise move
   * the brush under the pointer (see moveBrush), and d3-brush reports that lagging selection
   * when the drag ends: the view and the URL then settle on different ranges.
   */
  const dragging = useRef(false);
  const onBrushRef = useRef(onBrush);
  onBrushRef.current = onBrush;
  const { width } = useElementSize(wrap);
  const [brushLib, pressed] = useBrushModule(wrap);
  const w = Math.max(width - 2 * M, 1);
  const scale = useMemo(() => createTimeScale(limits, [0, w]), [limits, w]);
  const bins = useMemo(() => densityBins(events, limits), [events, limits]);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const ticks = useMemo(() => timeTicks(scale, w).filter((t) => t.major || w > 700), [scale, w]);

  useEffect(() => {
    const g = gRef.current;
    if (!g || width <= 0 || !brushLib) return;
    const brush = brushLib
      .brushX<unknown>()
      .extent([
        [0, 0],
        [w, H - 16],
      ])
      .on(
        "start brush end",
        (ev: { selection: [number, number] | null; sourceEvent: unknown; type: string }) => {
          if (programmatic.current || !ev.sourceEvent) return;
          dragging.current = ev.type !== "end";
          if (ev.type === "start") return;
          if (!ev.selection) {
            onBrushRef.current(limits, false);
            return;
          }
          const [a, b] = ev.selection.map((x) => scale.invert(x).getTime()) as [number, number];
          onBrushRef.current([a, b], ev.type === "brush");
        },
      );
    brushRef.current = brush;
    select(g).call(brush);
    // A press that came before the brush: it starts the drag now (later moves and the release
    // reach d3-brush's own listeners on the window).
    const press = pressed.current;
    pressed.current = null;
    const target = press && document.elementFromPoint(press.x, press.y);
    if (press && target && g.contains(target))
      target.dispatchEvent(
        new MouseEvent("mousedown", {
          bubbles: true,
          cancelable: true,
          view: window,
          clientX: press.x,
          clientY: press.y,
          button: 0,
        }),
      );
    return () => {
      select(g).on(".brush", null);
    };
  }, [w, width, scale, limits, brushLib, pressed]);

  const moveBrush = useCallback(
    (d: Domain) => {
      const g = gRef.current;
      if (!g || !brushRef.current || dragging.current) return;
      programmatic.current = true;
      select(g).call(brushRef.current.move, [scale(d[0]), scale(d[1])]);
      programmatic.current = false;
    },
    [scale],
  );
  useEffect(() => {
    if (moveRef) moveRef.current = moveBrush;
  }, [moveRef, moveBrush]);
  useEffect(() => moveBrush(domain), [domain, moveBrush, brushLib]);

  return (
    <div className="overview" ref={wrap}>
      {width > 0 && (
        <svg width={width} height={H} role="img" aria-label={tr("overview.label", { count: events.length })}>
          <g transform={`translate(${M},0)`}>
            {ds.eras.map((e) => (
              <rect
                key={e.id}
                className="overview-era"
                x={scale(e.start)}
                width={Math.max(1, scale(e.stop) - scale(e.start))}
                y={0}
                height={H - 16}
              />
            ))}
            {bins.map((b) => {
              const x0 = scale(b.start);
              const bw = Math.max(1, scale(b.stop) - x0 - 1);
              const h = ((H - 18) * b.count) / maxCount;
              return (
                <rect key={b.start} className="overview-bar" x={x0} width={bw} y={H - 16 - h} height={h} />
              );
            })}
            {ticks.map((t) => (
              <text key={t.value} className="overview-tick" x={t.x} y={H - 3} textAnchor="middle">
                {t.label}
              </text>
            ))}
            <g ref={gRef} className="overview-brush">
              {!brushLib && (
                // The visible range until d3-brush arrives (it then draws its own `rect.selection`).
                <rect
                  className="selection"
                  x={scale(domain[0])}
                  width={Math.max(1, scale(domain[1]) - scale(domain[0]))}
                  y={0}
                  height={H - 16}
                />
              )}
            </g>
          </g>
        </svg>
      )}
    </div>
  );
}

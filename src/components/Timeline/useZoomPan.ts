/**
 * The one place d3-zoom binds to the chart. Wheel, drag and pinch move a live
 * time scale; each frame repositions the elements that carry `data-t` directly
 * in the DOM (no React render), and the domain is committed to the store at most
 * every COMMIT_MS and when the gesture ends, when React lays the chart out anew.
 *
 * The wheel does one thing. In the app it always zooms (even at the zoom limits,
 * where d3-zoom would let the event through and the lanes would scroll instead);
 * Shift+wheel scrolls the lanes. In an embed the plain wheel scrolls the host
 * page; Ctrl/⌘+wheel (and a trackpad pinch, which the browser sends as
 * Ctrl+wheel) zooms, and a plain wheel shows a short hint saying so.
 */
import { useCallback, useEffect, useRef, type RefObject } from "react";
import { select } from "d3-selection";
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import "d3-transition";
import { scaleUtc, type ScaleTime } from "d3-scale";
import { MIN_SPAN, type Domain } from "../../chart/timeScale";

const COMMIT_MS = 400;

export interface ZoomPanOptions {
  svgRef: RefObject<SVGSVGElement | null>;
  /** Containers whose `[data-t]` descendants follow the live scale. */
  layerRefs: RefObject<Element | null>[];
  width: number;
  height: number;
  /** Outermost domain (zoomed fully out). */
  limits: Domain;
  /** The committed domain (from the store). */
  domain: Domain;
  onCommit(domain: Domain, zooming: boolean): void;
  /** Called every frame with the live domain (e.g. to move the overview brush). */
  onLive?(domain: Domain): void;
  animate: boolean;
  /** Embed mode: a plain wheel is the host page's (see module comment). */
  embed?: boolean;
  /** The element that scrolls the lanes (Shift+wheel). */
  scrollRef?: RefObject<Element | null>;
  /** Embed mode: a plain wheel went to the page; show how to zoom. */
  onWheelHint?(): void;
  /**
   * How long the last layout took (ms). Commits during a gesture are spaced to at
   * least 8× that, so a heavy dataset keeps its frames free for the imperative moves.
   */
  layoutCost?: () => number;
}

/** Place every `[data-t]` element of `root` for scale `s` (see module comment). */
export function reposition(root: Element, s: ScaleTime<number, number>): void {
  const els = root.querySelectorAll<SVGElement>("[data-t]");
  for (const el of els) {
    const d = el.dataset;
    const x = s(Number(d.t));
    if (d.t1 !== undefined && el.tagName === "rect") {
      el.setAttribute("x", String(x));
      el.setAttribute("width", String(Math.max(0, s(Number(d.t1)) - x)));
      continue;
    }
    el.setAttribute("transform", `translate(${x},${d.y ?? 0})`);
    if (d.t1 !== undefined) {
      const bar = el.firstElementChild;
      if (bar) bar.setAttribute("width", String(Math.max(2, s(Number(d.t1)) - x)));
    }
  }
}

export function useZoomPan(o: ZoomPanOptions) {
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const syncing = useRef(false);
  const latest = useRef(o);
  latest.current = o;
  const lastCommit = useRef(0);
  /** How long the last mid-gesture commit kept the page busy (ms). */
  const commitCost = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The last domain this hook committed: coming back from the store, it is not "from elsewhere". */
  const own = useRef<Domain | null>(null);

  const baseScale = useCallback(
    () =>
      scaleUtc()
        .domain([o.limits[0], o.limits[1]])
        .range([0, Math.max(o.width, 1)]),
    [o.limits, o.width],
  );

  const transformFor = useCallback(
    (d: Domain): ZoomTransform => {
      const base = baseScale();
      const k = (o.limits[1] - o.limits[0]) / Math.max(d[1] - d[0], 1);
      return zoomIdentity.scale(k).translate(-base(d[0]), 0);
    },
    [baseScale, o.limits],
  );

  // Bind the behaviour once per size/limits.
  useEffect(() => {
    const svg = o.svgRef.current;
    if (!svg || o.width <= 0) return;
    const base = baseScale();
    const maxK = (o.limits[1] - o.limits[0]) / MIN_SPAN;
    const commit = (d: Domain, zooming: boolean) => {
      clearTimeout(pending.current);
      own.current = d;
      const t0 = performance.now();
      lastCommit.current = t0;
      latest.current.onCommit(d, zooming);
      // What a commit costs is the layout and React's render after it (in a microtask or
      // the next task): measured up to the first task the page is free to run.
      if (zooming) setTimeout(() => (commitCost.current = performance.now() - t0), 0);
    };
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .filter((ev: MouseEvent | WheelEvent | TouchEvent) => {
        if (ev.type === "wheel") {
          const w = ev as WheelEvent;
          if (w.shiftKey) return false;
          return !latest.current.embed || w.ctrlKey || w.metaKey;
        }
        return !(ev as MouseEvent).ctrlKey && !(ev as MouseEvent).button;
      })
      .scaleExtent([1, Math.max(1, maxK)])
      .extent([
        [0, 0],
        [o.width, Math.max(o.height, 1)],
      ])
      .translateExtent([
        [0, -Infinity],
        [o.width, Infinity],
      ])
      .on("zoom", (ev: { transform: ZoomTransform; sourceEvent: unknown }) => {
        const s = ev.transform.rescaleX(base);
        for (const r of latest.current.layerRefs) if (r.current) reposition(r.current, s);
        const d = s.domain().map((x) => x.getTime()) as unknown as Domain;
        latest.current.onLive?.(d);
        if (syncing.current || !ev.sourceEvent) return;
        const now = performance.now();
        // Mid-gesture commits refresh the layout (new labels, badges split) but each is one long
        // frame: spaced to ten times their cost, nine frames in ten stay free for the moves.
        const cost = Math.max(8 * (latest.current.layoutCost?.() ?? 0), 10 * commitCost.current);
        const every = Math.max(COMMIT_MS, cost);
        if (now - lastCommit.current > every) commit(d, true);
        else {
          clearTimeout(pending.current);
          pending.current = setTimeout(() => commit(d, true), every);
        }
      })
      .on("end", (ev: { transform: ZoomTransform; sourceEvent: unknown }) => {
        if (syncing.current || !ev.sourceEvent) return;
        const d = ev.transform
          .rescaleX(base)
          .domain()
          .map((x) => x.getTime()) as unknown as Domain;
        commit(d, false);
      });
    zoomRef.current = behaviour;
    const sel = select(svg);
    sel.call(behaviour);
    // d3-zoom lets a wheel through at its limits (fully zoomed out, say): the wheel would then
    // scroll the lanes. Here it is always one thing (see module comment).
    const onWheel = (ev: WheelEvent) => {
      const { embed, scrollRef, onWheelHint } = latest.current;
      if (ev.shiftKey) {
        const el = scrollRef?.current;
        if (!el) return;
        // Browsers turn Shift+wheel into a sideways delta; the lanes scroll up and down.
        el.scrollTop += ev.deltaY || ev.deltaX;
        ev.preventDefault();
        return;
      }
      if (embed && !ev.ctrlKey && !ev.metaKey) {
        onWheelHint?.();
        return;
      }
      ev.preventDefault();
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    syncing.current = true;
    sel.call(behaviour.transform, transformFor(latest.current.domain));
    syncing.current = false;
    return () => {
      clearTimeout(pending.current);
      sel.on(".zoom", null);
      svg.removeEventListener("wheel", onWheel);
    };
  }, [o.svgRef, o.width, o.height, o.limits, baseScale, transformFor]);

  // Follow the committed domain when it changes from elsewhere (URL, brush, keys, story).
  useEffect(() => {
    const svg = o.svgRef.current;
    const behaviour = zoomRef.current;
    if (!svg || !behaviour || o.width <= 0) return;
    // A domain this hook committed mid-gesture must not pull the view back to it while the
    // gesture goes on (the URL and the screen would then disagree when it ends).
    const mine = own.current;
    const tol = (o.domain[1] - o.domain[0]) * 1e-3;
    if (mine && Math.abs(mine[0] - o.domain[0]) <= tol && Math.abs(mine[1] - o.domain[1]) <= tol) return;
    const current = (svg as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
    const target = transformFor(o.domain);
    if (Math.abs(current.k - target.k) / target.k < 1e-6 && Math.abs(current.x - target.x) < 0.5) return;
    const sel = select(svg);
    syncing.current = true;
    if (latest.current.animate) {
      sel
        .transition()
        .duration(450)
        .call(behaviour.transform, target)
        .on("end interrupt", () => {
          syncing.current = false;
        });
    } else {
      sel.call(behaviour.transform, target);
      syncing.current = false;
    }
  }, [o.domain, o.width, o.svgRef, transformFor]);
}

import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { useLocale } from "../../i18n/useT";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import {
  selectDataset,
  selectFilteredEvents,
  selectFilteredEventsNoRange,
  selectHighlight,
  selectLaneActors,
  selectMode,
  selectSelectedId,
} from "../../store/selectors";
import {
  createTimeScale,
  paddedExtent,
  resolveDomain,
  clampDomain,
  zoomDomain,
  panDomain,
  type Domain,
} from "../../chart/timeScale";
import { timeTicks } from "../../chart/ticks";
import { layoutTimeline } from "../../chart/place";
import { navigate, type NavKey } from "../../chart/navigate";
import { useElementSize } from "../../hooks/useElementSize";
import { useReducedMotion } from "../../hooks/useReducedMotion";
import { createMeasure } from "./measureText";
import { TimeAxis, TickGrid } from "./TimeAxis";
import { EraBands, EraLabels } from "./EraBands";
import { placeEraLabels } from "../../chart/eraLabels";
import { ChartKey } from "./ChartKey";
import { clusterZoomDomain } from "../../chart/clusterZoom";
import { EventMarks } from "./EventMarks";
import { LaneBackgrounds, LaneHeaders } from "./LaneBackgrounds";
import { Overview } from "./Overview";
import { ZoomControls } from "./ZoomControls";
import { EventPreview } from "./EventPreview";
import { Legend } from "./Legend";
import { useZoomPan } from "./useZoomPan";
import { formatPartialDate } from "../../data/dates";
import { domainToRange } from "../../chart/range";
import "./Timeline.css";
import { t as tr } from "../../i18n/i18n";

const MARGIN = 14;
const AXIS_H = 30;
const ERA_H = 20;
const MARK_R = 6;

function rangeText(d: Domain): string {
  const r = domainToRange(d);
  return `${formatPartialDate(r.from ?? "")} – ${formatPartialDate(r.to ?? "")}`;
}

function fontFamily(): string {
  return (
    (typeof getComputedStyle === "function" && getComputedStyle(document.body).fontFamily) || "sans-serif"
  );
}

const LEAD_LANES = ["japan", "china"];

function isMac(): boolean {
  return (
    typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  );
}

/** Zoom factor of one keyboard or button step. */
const STEP = 1.6;

/**
 * The timeline container: reads the store, lays the chart out with the pure
 * `chart/*` functions, and hands render-ready arrays to stateless renderers.
 */
export function Timeline() {
  const ds = useTimelineStore(selectDataset)!;
  const events = useTimelineStore(selectFilteredEvents);
  // The layout gets the whole filtered selection: its lane index is built once per filter
  // change and each zoom bins only what is near the view (chart/columnBins.ts).
  const allEvents = useTimelineStore(selectFilteredEventsNoRange);
  useLocale(); // a group lane's name is interface text: re-read the lanes when the language (or its catalog) arrives
  const lanesActors = useTimelineStore(selectLaneActors);
  const selectedId = useTimelineStore(selectSelectedId);
  const highlight = useTimelineStore(selectHighlight);
  const storeDomain = useTimelineStore((s) => s.domain);
  const store = useTimelineStoreApi();
  const reduced = useReducedMotion();

  const areaRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const plotRef = useRef<SVGGElement>(null);
  const { width: areaW, height: areaH } = useElementSize(areaRef);
  const compact = areaW > 0 && areaW < 560;
  // Presentation (classroom projector): larger labels; CSS sets --fs-label to match.
  const presenting = useTimelineStore((s) => s.presenting);
  const embed = useTimelineStore(selectMode) === "embed";
  const fontSize = presenting ? 18 : compact ? 12 : 13;
  // Rows shrink towards these before the chart scrolls (chart/place.ts fitRows); a row still
  // holds a label and keeps marks with an amount ring apart.
  const rowHeight = presenting ? 32 : compact ? 22 : 24;
  const minRowHeight = presenting ? 24 : 20;

  const limits = useMemo(() => paddedExtent(ds.extent), [ds]);
  const domain = useMemo(
    () => clampDomain(resolveDomain(storeDomain, ds.extent), limits),
    [storeDomain, ds, limits],
  );
  const plotW = Math.max(areaW - 2 * MARGIN, 1);
  const scale = useMemo(() => createTimeScale(domain, [0, plotW]), [domain, plotW]);
  const measure = useMemo(() => {
    const family = fontFamily();
    const normal = createMeasure(`500 ${fontSize}px ${family}`, fontSize);
    const bold = createMeasure(`700 ${fontSize}px ${family}`, fontSize * 1.06);
    return (text: string, isBold: boolean) => (isBold ? bold(text) : normal(text));
  }, [fontSize]);
  const eraMeasure = useMemo(() => createMeasure(`600 12px ${fontFamily()}`, 12), []);
  // Lane names are drawn in the first row's left end (uppercase, spaced: see Timeline.css).
  const nameSize = presenting ? 14 : 12;
  const nameMeasure = useMemo(() => createMeasure(`700 ${nameSize}px ${fontFamily()}`, nameSize), [nameSize]);

  const pinned = useMemo(() => {
    const p = new Set<string>(highlight ?? []);
    if (selectedId) p.add(selectedId);
    return p;
  }, [highlight, selectedId]);

  // The events of the "+N" badge last opened: laid out first, so each gets its label.
  const [focus, setFocus] = useState<ReadonlySet<string> | null>(null);
  const top = AXIS_H + (ds.eras.length ? ERA_H : 4);
  const layoutMs = useRef(0);
  const layout = useMemo(() => {
    const t0 = performance.now();
    const result = layoutTimeline({
      events: allEvents,
      lanes: lanesActors.map((l) => {
        const name = compact ? l.short : l.name;
        // Glyph (12 px), the name with its letter spacing, and a gap before the first mark.
        const nameWidth = 2 + 12 + nameMeasure(name.toUpperCase()) * 1.06 + 8;
        return { id: l.id, name, actorIds: l.actorIds, nameWidth };
      }),
      x: (t) => scale(t),
      invert: (x) => scale.invert(x).getTime(),
      width: plotW,
      height: Math.max(areaH - top - 8, 160),
      measure,
      pinned,
      ...(focus ? { focus } : {}),
      leadLanes: LEAD_LANES,
      rowHeight,
      minRowHeight,
      laneHeader: 4,
      compactHeader: 2,
      markRadius: MARK_R,
    });
    layoutMs.current = performance.now() - t0;
    return result;
  }, [
    allEvents,
    lanesActors,
    scale,
    plotW,
    areaH,
    top,
    measure,
    pinned,
    focus,
    rowHeight,
    minRowHeight,
    compact,
    nameMeasure,
  ]);
  const ticks = useMemo(
    () => timeTicks(scale, plotW, { margin: MARGIN - 2, fontSize: presenting ? 15 : 12 }),
    [scale, plotW, presenting],
  );
  const eraLabels = useMemo(
    () => placeEraLabels(ds.eras, (t) => scale(t), plotW, eraMeasure),
    [ds.eras, scale, plotW, eraMeasure],
  );
  const svgH = Math.max(top + layout.height + 8, areaH);
  // The axis and era labels stay pinned while the lanes scroll: the head follows scrollTop
  // directly in the DOM (no React render per scroll event).
  const headRef = useRef<SVGGElement>(null);
  const onAreaScroll = useCallback(() => {
    const y = areaRef.current?.scrollTop ?? 0;
    headRef.current?.setAttribute("transform", `translate(0,${y})`);
  }, []);
  // Embed: a plain wheel scrolls the host page; a short hint says how to zoom.
  const hintRef = useRef<HTMLDivElement>(null);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onWheelHint = useCallback(() => {
    const el = hintRef.current;
    if (!el) return;
    el.dataset.show = "true";
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => delete el.dataset.show, 1600);
  }, []);
  useEffect(() => () => clearTimeout(hintTimer.current), []);

  // Keyboard focus: one tab stop in the chart (roving tabindex).
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const navNodes = useMemo(
    () => [
      ...layout.items.map((i) => ({
        key: i.key,
        lane: i.laneId,
        x: i.x,
        eventId: i.eventId as string | null,
      })),
      ...layout.clusters.map((c) => ({ key: c.key, lane: c.laneId, x: c.x, eventId: null })),
    ],
    [layout],
  );
  // The tab stop: the last one used, else the selected event, else the first event of the first lane.
  const firstNode = useMemo(() => {
    const order = new Map(layout.lanes.map((l, i) => [l.id, i]));
    const sorted = [...navNodes].sort((a, b) => order.get(a.lane)! - order.get(b.lane)! || a.x - b.x);
    return sorted.find((n) => n.eventId !== null) ?? sorted[0] ?? null;
  }, [navNodes, layout.lanes]);
  const effectiveActive =
    activeKey && navNodes.some((n) => n.key === activeKey)
      ? activeKey
      : (selectedId && navNodes.find((n) => n.eventId === selectedId)?.key) || firstNode?.key || null;

  useEffect(() => {
    if (!pendingFocus.current) return;
    const el = plotRef.current?.querySelector<SVGGElement>(
      `[data-key="${CSS.escape(pendingFocus.current)}"]`,
    );
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  const commit = useCallback(
    (d: Domain, zooming: boolean) => store.getState().setDomain(clampDomain(d, limits), { zooming }),
    [store, limits],
  );
  // Per-frame feedback during a gesture goes straight to the DOM (range text, brush), not through React.
  const rangeRef = useRef<HTMLSpanElement>(null);
  const brushRef = useRef<((d: Domain) => void) | null>(null);
  const [gesture, setGesture] = useState(false);
  // The range text was written live during the gesture; React may see no change in its own
  // text and leave the live one, so it is set from the committed domain here.
  useEffect(() => {
    if (rangeRef.current) rangeRef.current.textContent = rangeText(domain);
  }, [domain]);
  const onLive = useCallback((d: Domain) => {
    if (rangeRef.current) rangeRef.current.textContent = rangeText(d);
    brushRef.current?.(d);
  }, []);
  useZoomPan({
    svgRef,
    layerRefs: [plotRef],
    width: plotW,
    height: svgH,
    limits,
    domain,
    onCommit: (d, zooming) => {
      setGesture(zooming);
      commit(d, zooming);
    },
    onLive,
    animate: !reduced,
    embed,
    scrollRef: areaRef,
    onWheelHint,
    layoutCost: () => layoutMs.current,
  });

  const zoomBy = useCallback(
    (f: number, anchor?: number) => commit(zoomDomain(domain, f, anchor), false),
    [commit, domain],
  );
  // The whole period is the default view again: the events of the badge last opened lose their lead.
  const reset = useCallback(() => {
    setFocus(null);
    store.getState().setDomain(null);
  }, [store]);
  // + and − zoom, 0 resets, wherever focus is (except in a text field or a dialog).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      // Text fields keep their keys; checkboxes and buttons do not need + and −.
      const typing =
        "input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select, [contenteditable]";
      if (t && t.closest(`${typing}, [role=dialog]`) !== null) return;
      if (e.key === "+" || e.key === "=") zoomBy(STEP);
      else if (e.key === "-" || e.key === "_") zoomBy(1 / STEP);
      else if (e.key === "0") reset();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [zoomBy, reset]);

  const zoomToCluster = (evs: readonly { start: number; stop: number }[]) =>
    commit(clusterZoomDomain(evs, plotW, limits), false);

  const activate = (target: Element | null) => {
    const el = target?.closest<SVGGElement>("[data-key]");
    if (!el) return;
    setActiveKey(el.dataset.key!);
    const id = el.dataset.eventId;
    if (id) {
      store.getState().select(id === store.getState().selectedId ? null : id);
      return;
    }
    const ids = (el.dataset.cluster ?? "").split(" ").filter(Boolean);
    const evs = ids.map((i) => ds.eventById.get(i)).filter((e) => e !== undefined);
    if (evs.length) {
      setFocus(new Set(ids));
      zoomToCluster(evs);
    }
  };

  const onClick = (e: MouseEvent) => activate(e.target as Element);

  const onKeyDown = (e: KeyboardEvent) => {
    const key = e.key;
    if (key === "Enter" || key === " ") {
      e.preventDefault();
      activate(e.target as Element);
      return;
    }
    if (e.shiftKey && (key === "ArrowLeft" || key === "ArrowRight")) {
      e.preventDefault();
      const dt = (domain[1] - domain[0]) * 0.2 * (key === "ArrowLeft" ? -1 : 1);
      commit(panDomain(domain, dt), false);
      return;
    }
    const nav: Record<string, NavKey> = {
      ArrowLeft: "left",
      ArrowRight: "right",
      ArrowUp: "up",
      ArrowDown: "down",
      Home: "home",
      End: "end",
    };
    const dir = nav[key];
    if (!dir || !effectiveActive) return;
    e.preventDefault();
    const laneOrder = layout.lanes.map((l) => l.id);
    const next = navigate(navNodes, laneOrder, effectiveActive, dir);
    if (next && next !== effectiveActive) {
      setActiveKey(next);
      pendingFocus.current = next;
      const node = navNodes.find((n) => n.key === next);
      if (node?.eventId) store.getState().hover(node.eventId);
    }
  };

  const shown = domainToRange(domain);
  const shownFrom = formatPartialDate(shown.from ?? "");
  const shownTo = formatPartialDate(shown.to ?? "");

  return (
    <section className="timeline" aria-label={tr("view.timeline")}>
      <div className="timeline-toolbar">
        <ZoomControls
          onZoomIn={() => zoomBy(STEP)}
          onZoomOut={() => zoomBy(1 / STEP)}
          onReset={reset}
          rangeLabel={rangeText(domain)}
          rangeRef={rangeRef}
          canZoomIn={domain[1] - domain[0] > 31 * 864e5}
          canZoomOut={domain[1] - domain[0] < limits[1] - limits[0] - 1}
        />
        <Legend lanes={lanesActors} />
      </div>
      <div className="timeline-area" ref={areaRef} data-testid="timeline-chart" onScroll={onAreaScroll}>
        {areaW > 0 && (
          <svg
            ref={svgRef}
            className="timeline-svg"
            width={areaW}
            height={svgH}
            role="group"
            aria-label={tr("timeline.chartLabel", { from: shownFrom, to: shownTo, count: events.length })}
            onClick={onClick}
            onKeyDown={onKeyDown}
            onPointerOver={(e) => {
              const id = (e.target as Element).closest<SVGGElement>("[data-event-id]")?.dataset.eventId;
              if (id) store.getState().hover(id);
            }}
            onPointerOut={(e) => {
              if ((e.target as Element).closest("[data-event-id]")) store.getState().hover(null);
            }}
            onFocus={(e) => {
              const id = (e.target as Element).closest<SVGGElement>("[data-event-id]")?.dataset.eventId;
              store.getState().hover(id ?? null);
            }}
            onBlur={() => store.getState().hover(null)}
          >
            <defs>
              <clipPath id="plot-clip">
                <rect x={-MARGIN} y={0} width={areaW} height={svgH} />
              </clipPath>
            </defs>
            <g ref={plotRef} transform={`translate(${MARGIN},0)`} clipPath="url(#plot-clip)">
              <LaneBackgrounds lanes={layout.lanes} top={top} width={plotW} margin={MARGIN} />
              <EraBands eras={ds.eras} x={(t) => scale(t)} top={top} height={svgH - top} />
              <TickGrid ticks={ticks} top={top} bottom={svgH} />
              <LaneHeaders
                lanes={layout.lanes}
                top={top}
                header={layout.header}
                rowHeight={layout.rowHeight}
              />
              <g transform={`translate(0,${top})`}>
                <EventMarks
                  ds={ds}
                  items={layout.items}
                  clusters={layout.clusters}
                  selectedId={selectedId}
                  highlighted={highlight}
                  activeKey={effectiveActive}
                  markRadius={MARK_R}
                  barHeight={presenting ? 22 : 16}
                />
              </g>
              {/* The head, last so lanes scroll under it: axis and era labels stay in view. */}
              <g ref={headRef} className="chart-head" aria-hidden="true">
                <rect className="chart-head-bg" x={-MARGIN} width={areaW} y={0} height={top} />
                <EraLabels
                  eras={ds.eras}
                  labels={eraLabels}
                  x={(t) => scale(t)}
                  top={AXIS_H}
                  height={top - AXIS_H}
                />
                <TimeAxis ticks={ticks} height={AXIS_H} />
              </g>
            </g>
          </svg>
        )}
        {events.length === 0 && (
          <p className="timeline-empty" role="status">
            {tr("timeline.empty")}
          </p>
        )}
        {!gesture && <EventPreview layout={layout} offsetX={MARGIN} offsetY={top} areaWidth={areaW} />}
        {embed && (
          <div className="zoom-hint" ref={hintRef} aria-hidden="true">
            {tr("timeline.zoomHint", { key: isMac() ? "⌘" : "Ctrl" })}
          </div>
        )}
      </div>
      <ChartKey />
      <Overview limits={limits} domain={domain} onBrush={commit} moveRef={brushRef} />
    </section>
  );
}

import { useId, useMemo, useRef, useState } from "react";
import { CoverageNote } from "./CoverageNote";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEvents, selectSelectedId } from "../../store/selectors";
import { actorsByEventCount, compareByDimension, defaultPair } from "../../chart/aggregate";
import { clampDomain, createTimeScale, paddedExtent, resolveDomain } from "../../chart/timeScale";
import { timeTicks } from "../../chart/ticks";
import { useElementSize } from "../../hooks/useElementSize";
import { eventAccessibleName } from "../Timeline/eventName";
import { ActorGlyph } from "../Timeline/ActorGlyph";
import { CompareChart } from "./CompareChart";
import { CompareSummary } from "./CompareSummary";
import { PairList } from "./PairList";
import { PairDialog } from "./PairDialog";
import { pairEventIds, pairLabel } from "../../chart/pairs";
import { pairIndexOf } from "../../chart/pairIndex";
import "./Compare.css";
import { useT } from "../../i18n/useT";

const LABEL_W = 172;
const WIDE = 620;

/**
 * Compare: two actors (Japan and China by default) dimension by dimension on one
 * shared time axis, with a summary of counts and amounts per dimension.
 */
export function CompareView() {
  const ds = useTimelineStore(selectDataset)!;
  const events = useTimelineStore(selectFilteredEvents);
  const selectedId = useTimelineStore(selectSelectedId);
  const storeDomain = useTimelineStore((s) => s.domain);
  const store = useTimelineStoreApi();

  const candidates = useMemo(() => actorsByEventCount(ds), [ds]);
  const fallback = useMemo(() => defaultPair(ds), [ds]);
  const [chosen, setChosen] = useState<[string, string] | null>(null);
  const valid = (p: [string, string] | null) => p && p.every((id) => candidates.some((c) => c.id === id));
  const pair = valid(chosen) ? chosen! : fallback;

  const wrapRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(wrapRef);
  const wide = width >= WIDE;
  const trackW = Math.max(120, (wide ? width - LABEL_W : width) - 2);

  const domain = useMemo(
    () => clampDomain(resolveDomain(storeDomain, ds.extent), paddedExtent(ds.extent)),
    [storeDomain, ds],
  );
  const scale = useMemo(() => createTimeScale(domain, [26, trackW - 10]), [domain, trackW]);
  const ticks = useMemo(() => timeTicks(scale, trackW - 36), [scale, trackW]);
  const rows = useMemo(() => (pair ? compareByDimension(events, ds, pair) : []), [events, ds, pair]);

  // The pairing's filter-independent work is kept per dataset and sides; a filter change
  // (or a zoom, which cuts the time range) only walks the prepared candidates.
  const pairIndex = useMemo(() => (pair ? pairIndexOf(ds, pair) : null), [ds, pair]);
  const pairs = useMemo(() => (pairIndex ? pairIndex.pairsAmong(events) : []), [pairIndex, events]);
  const [openPair, setOpenPair] = useState<string | null>(null);
  const [previewPair, setPreviewPair] = useState<string | null>(null);
  const shownPair = pairs.find((p) => p.key === openPair);
  const zoomToPairs = () => {
    const ts = pairs.flatMap((p) => [p.first.start, p.second.start]);
    if (!ts.length) return;
    const year = 365.25 * 24 * 3600 * 1000;
    store.getState().setDomain([Math.min(...ts) - year, Math.max(...ts) + year]);
  };
  const hoveredPair = pairs.find((p) => p.key === previewPair);

  const [preview, setPreview] = useState<string | null>(null);
  const previewEv = preview ? ds.eventById.get(preview) : undefined;
  const open = (id: string) => store.getState().select(id);
  const idA = useId();
  const idB = useId();
  const t = useT();

  if (!pair) {
    return <p className="cmp-empty">{t("compare.needTwo")}</p>;
  }
  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const pick = (side: 0 | 1, id: string) => {
    const next: [string, string] = [...pair];
    if (next[1 - side] === id) next[1 - side] = next[side]; // picking the other side's actor swaps them
    next[side] = id;
    setChosen(next);
  };

  return (
    <div className="compare">
      <div className="cmp-toolbar">
        <div className="cmp-pick">
          <label htmlFor={idA}>{t("compare.pickA")}</label>
          <select id={idA} value={pair[0]} onChange={(e) => pick(0, e.target.value)}>
            {candidates.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.count})
              </option>
            ))}
          </select>
          <label htmlFor={idB}>{t("compare.pickB")}</label>
          <select id={idB} value={pair[1]} onChange={(e) => pick(1, e.target.value)}>
            {candidates.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.count})
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn--icon"
            aria-label={t("compare.swapLabel", { name: name(pair[1]) })}
            title={t("compare.swap")}
            onClick={() => setChosen([pair[1], pair[0]])}
          >
            ⇅
          </button>
        </div>
        <ul className="cmp-legend" aria-label={t("legend")}>
          <li>
            <ActorGlyph actorId={pair[0]} /> {t("compare.upper", { name: name(pair[0]) })}
          </li>
          <li>
            <ActorGlyph actorId={pair[1]} /> {t("compare.lower", { name: name(pair[1]) })}
          </li>
          <li>{t("compare.key")}</li>
        </ul>
      </div>
      <CoverageNote ds={ds} events={events} pair={pair} />
      <p className="cmp-readout" aria-hidden="true">
        {hoveredPair
          ? pairLabel(hoveredPair)
          : previewEv
            ? eventAccessibleName(ds, previewEv)
            : t("compare.readoutHint")}
      </p>
      <div className="cmp-body">
        <div ref={wrapRef} className={`cmp-chart-wrap${wide ? " is-wide" : ""}`}>
          {width > 0 && (
            <CompareChart
              ds={ds}
              rows={rows}
              pair={pair}
              scale={scale}
              ticks={ticks}
              width={trackW}
              selectedId={selectedId}
              onOpen={open}
              onPreview={setPreview}
              pairs={pairs}
              onOpenPair={setOpenPair}
              onPreviewPair={setPreviewPair}
              onZoomToPairs={zoomToPairs}
            />
          )}
          {events.length === 0 && <p className="cmp-empty">{t("noMatch")}</p>}
        </div>
        <div className="cmp-side">
          <PairList
            ds={ds}
            pairs={pairs}
            sides={pair}
            onOpenPair={setOpenPair}
            onShowInTable={() => {
              const s = store.getState();
              s.setTableOnly({
                ids: pairEventIds(pairs),
                label: t("compare.tableOnlyLabel", { a: name(pair[0]), b: name(pair[1]) }),
              });
              s.setView("table");
            }}
          />
          <CompareSummary ds={ds} rows={rows} pair={pair} onOpen={open} />
        </div>
      </div>
      {shownPair && (
        <PairDialog
          ds={ds}
          pair={shownPair}
          sides={pair}
          onClose={() => setOpenPair(null)}
          onOpenEvent={(id) => {
            setOpenPair(null);
            open(id);
          }}
        />
      )}
    </div>
  );
}

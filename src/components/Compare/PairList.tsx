import { useId, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { DEFAULT_WINDOW_YEARS, lagText, yearOf, type EventPair } from "../../chart/pairs";
import type { NormalizedDataset } from "../../data/normalize";
import { ActorGlyph } from "../Timeline/ActorGlyph";
import { useT } from "../../i18n/useT";

interface Props {
  ds: NormalizedDataset;
  pairs: readonly EventPair[];
  sides: readonly [string, string];
  onOpenPair(key: string): void;
  onShowInTable(): void;
}

/** Past this many pairs the list renders only the items in its scroll view (plus a margin). */
export const LIST_WINDOW_ABOVE = 200;
const OVERSCAN = 10;

/**
 * The items of a long list to render: those in the scroll view of `ref` and a margin,
 * with the height the others would take above and below. Item height is measured from
 * the items shown (they are alike: two lines and a lag).
 */
function useListWindow(ref: RefObject<HTMLOListElement | null>, count: number) {
  const windowed = count > LIST_WINDOW_ABOVE;
  const [view, setView] = useState({ top: 0, height: 320, itemH: 56 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !windowed) return;
    let frame = 0;
    const read = () => {
      const item = el.querySelector<HTMLElement>("li[data-item]");
      const itemH = item?.offsetHeight || 56;
      const next = { top: el.scrollTop, height: el.clientHeight || 320, itemH };
      setView((v) => (v.top === next.top && v.height === next.height && v.itemH === next.itemH ? v : next));
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener("scroll", onScroll);
    };
  }, [ref, windowed, count]);
  if (!windowed) return { start: 0, end: count, padTop: 0, padBottom: 0 };
  const start = Math.max(0, Math.min(count, Math.floor(view.top / view.itemH) - OVERSCAN));
  const end = Math.min(count, Math.ceil((view.top + view.height) / view.itemH) + OVERSCAN);
  return { start, end, padTop: start * view.itemH, padBottom: (count - end) * view.itemH };
}

/**
 * The pairs as a list beside the chart: the keyboard's and screen reader's way to the
 * brackets. A long list (11,000 pairs at 100,000 events) is windowed; each item says
 * its place in the whole list.
 */
export function PairList({ ds, pairs, sides, onOpenPair, onShowInTable }: Props) {
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const win = useListWindow(listRef, pairs.length);
  const t = useT();
  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const sideOf = (ev: EventPair["first"]) => (ev.actors.includes(sides[0]) ? sides[0] : sides[1]);
  return (
    <section className="cmp-pairs" aria-labelledby={headingId}>
      <h2 id={headingId} className="cmp-pairs-title">
        {t("pairs.title")}
      </h2>
      <p className="cmp-pairs-intro">
        {t("pairs.intro", { a: name(sides[0]), b: name(sides[1]), years: DEFAULT_WINDOW_YEARS })}
      </p>
      {pairs.length === 0 ? (
        <p className="cmp-pairs-empty">{t("pairs.none")}</p>
      ) : (
        <>
          <ol ref={listRef} className="cmp-pairs-list">
            {win.padTop > 0 && (
              <li className="cmp-pairs-spacer" aria-hidden="true" style={{ height: win.padTop }} />
            )}
            {pairs.slice(win.start, win.end).map((p, i) => (
              <li key={p.key} data-item="" aria-posinset={win.start + i + 1} aria-setsize={pairs.length}>
                <button
                  type="button"
                  className="cmp-pair-btn"
                  data-pair={p.key}
                  onClick={() => onOpenPair(p.key)}
                >
                  <span className="cmp-pair-ev">
                    <ActorGlyph actorId={sideOf(p.first)} size={12} /> {p.first.title} {yearOf(p.first)}
                  </span>
                  <span className="cmp-pair-ev">
                    → <ActorGlyph actorId={sideOf(p.second)} size={12} /> {p.second.title} {yearOf(p.second)}
                  </span>
                  <span className={`cmp-pair-lag cmp-pair-lag--${p.kind}`}>{lagText(p)}</span>
                </button>
              </li>
            ))}
            {win.padBottom > 0 && (
              <li className="cmp-pairs-spacer" aria-hidden="true" style={{ height: win.padBottom }} />
            )}
          </ol>
          <button type="button" className="btn cmp-pairs-table" onClick={onShowInTable}>
            {t("pairs.showInTable", { count: new Set(pairs.flatMap((p) => [p.first.id, p.second.id])).size })}
          </button>
        </>
      )}
    </section>
  );
}

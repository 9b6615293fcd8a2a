import { useEffect, useId, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import {
  selectActorCounts,
  selectActorFilter,
  selectCategoryCounts,
  selectCategoryFilter,
  selectDataset,
  selectFilteredEvents,
  selectHasActiveFilters,
  selectQuery,
} from "../../store/selectors";
import { DIMENSIONS } from "../../data/vocabulary";
import { ActorGlyph } from "../Timeline/ActorGlyph";
import { categoryColorVar } from "../Timeline/palette";
import { fitToResults } from "./fitToResults";
import { t as tr } from "../../i18n/i18n";
import { dimName } from "../../i18n/i18n";

/** Actors shown first, in this order, whatever the dataset's order. */
const LEAD_ACTORS = ["china", "japan"];

/**
 * Filters: actor toggles (China and Japan first), categories grouped by the
 * article's dimensions, and search; counts beside each value. Native checkboxes,
 * so each is labelled by its name for assistive technology and tests.
 */
export function FilterPanel() {
  const open = useTimelineStore((s) => s.filtersOpen);
  const store = useTimelineStoreApi();
  const filtered = useTimelineStore(selectFilteredEvents);
  const active = useTimelineStore(selectHasActiveFilters);

  return (
    <aside className={`filters${open ? " filters--open" : ""}`} aria-label={tr("filters.title")} id="filters">
      <div className="filters-head">
        <h2 className="filters-title">{tr("filters.title")}</h2>
        <span className="filters-count">{tr("count.events", { count: filtered.length })}</span>
        {active && (
          <button
            type="button"
            className="btn btn--link"
            onClick={() => {
              store.getState().resetFilters();
              fitToResults(store);
            }}
          >
            {tr("filters.clear")}
          </button>
        )}
        <button
          type="button"
          className="btn btn--icon filters-close"
          aria-label={tr("filters.close")}
          onClick={() => store.getState().setFiltersOpen(false)}
        >
          ×
        </button>
      </div>
      <SearchBox />
      <ActorFilter />
      <CategoryFilter />
    </aside>
  );
}

function SearchBox() {
  const q = useTimelineStore(selectQuery);
  const store = useTimelineStoreApi();
  const id = useId();
  // Local text so typing stays instant; the store (and URL) follow after a pause.
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (text === store.getState().q) return;
    const t = setTimeout(() => {
      store.getState().setQuery(text);
      fitToResults(store);
    }, 200);
    return () => clearTimeout(t);
  }, [text, store]);
  return (
    <div className="search">
      <label htmlFor={id}>{tr("filters.search")}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={tr("filters.searchPlaceholder")}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            store.getState().setQuery(text);
            fitToResults(store);
          }
        }}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}

function ActorFilter() {
  const ds = useTimelineStore(selectDataset);
  const chosen = useTimelineStore(selectActorFilter);
  const counts = useTimelineStore(selectActorCounts);
  const store = useTimelineStoreApi();
  const [more, setMore] = useState(false);
  const idBase = useId();
  if (!ds) return null;
  const lead = LEAD_ACTORS.map((id) => ds.actorById.get(id)).filter((a) => a !== undefined);
  const rest = ds.actors.filter((a) => !LEAD_ACTORS.includes(a.id));
  const main = lead.length ? [...lead, ...rest.filter((a) => !a.group)] : rest.filter((a) => !a.group);
  const members = rest.filter((a) => a.group);
  const row = (a: (typeof ds.actors)[number]) => {
    const on = chosen === null || chosen.includes(a.id);
    const countId = `${idBase}-${a.id}`;
    return (
      <li key={a.id}>
        <label className="check">
          <input
            type="checkbox"
            checked={on}
            aria-label={a.name}
            aria-describedby={countId}
            onChange={() => {
              store.getState().toggleActor(a.id);
              fitToResults(store);
            }}
          />
          <ActorGlyph actorId={a.id} />
          <span className="check-name">{a.name}</span>
          <FacetCount id={countId} n={counts.get(a.id) ?? 0} />
        </label>
      </li>
    );
  };
  return (
    <fieldset className="facet">
      <legend>{tr("actors")}</legend>
      {lead.length === 2 && (
        <div className="quick" role="group" aria-label={tr("filters.quick")}>
          <button
            type="button"
            className="chip"
            onClick={() => {
              store.getState().setActors(["china", "japan"]);
              fitToResults(store);
            }}
          >
            {tr("filters.chinaJapan", {
              a: ds?.actorById.get("china")?.name ?? "China",
              b: ds?.actorById.get("japan")?.name ?? "Japan",
            })}
          </button>
          <button
            type="button"
            className="chip"
            onClick={() => {
              store.getState().setActors(null);
              fitToResults(store);
            }}
          >
            {tr("view.allActorsCap")}
          </button>
        </div>
      )}
      <ul className="checks">{main.map(row)}</ul>
      {members.length > 0 && (
        <>
          <button
            type="button"
            className="btn btn--link"
            aria-expanded={more}
            onClick={() => setMore((m) => !m)}
          >
            {tr(more ? "filters.hideMembers" : "filters.showMembers", { count: members.length })}
          </button>
          {more && <ul className="checks">{members.map(row)}</ul>}
        </>
      )}
    </fieldset>
  );
}

function CategoryFilter() {
  const ds = useTimelineStore(selectDataset);
  const chosen = useTimelineStore(selectCategoryFilter);
  const counts = useTimelineStore(selectCategoryCounts);
  const store = useTimelineStoreApi();
  const idBase = useId();
  if (!ds) return null;
  const groups = DIMENSIONS.map((d) => ({
    ...d,
    cats: ds.categories.filter((c) => c.dimension === d.id),
  })).filter((g) => g.cats.length > 0);
  return (
    <fieldset className="facet">
      <legend>{tr("filters.categories")}</legend>
      {groups.map((g) => (
        <div key={g.id} className="facet-group">
          {groups.length > 1 && g.cats.length > 1 && <div className="facet-group-name">{dimName(g.id)}</div>}
          <ul className="checks">
            {g.cats.map((c) => {
              const on = chosen === null || chosen.includes(c.id);
              const countId = `${idBase}-${c.id}`;
              return (
                <li key={c.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={on}
                      aria-label={c.name}
                      aria-describedby={countId}
                      onChange={() => {
                        store.getState().toggleCategory(c.id);
                        fitToResults(store);
                      }}
                    />
                    <span
                      className="swatch"
                      style={{ background: categoryColorVar(ds, c.id) }}
                      aria-hidden="true"
                    />
                    <span className="check-name">{c.name}</span>
                    <FacetCount id={countId} n={counts.get(c.id) ?? 0} />
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The count beside a filter value, read as the checkbox's description: the name
 * stays the bare actor or category name (PRODUCT.md) and a screen reader says
 * "China, checkbox, checked, 3 events" rather than "China3 events".
 */
function FacetCount({ id, n }: { id: string; n: number }) {
  return (
    <>
      <span className="check-count" aria-hidden="true">
        {n}
      </span>
      <span className="visually-hidden" id={id}>
        {tr("count.events", { count: n })}
      </span>
    </>
  );
}

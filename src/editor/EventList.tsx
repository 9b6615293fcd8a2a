/**
 * The draft's events: searchable, sortable, each row a button that selects it
 * (in the timeline too). Rows not valid yet are marked as drafts, with the count
 * of things to fix; they are never dropped.
 */
import { useId, useMemo, useState } from "react";
import { useStore } from "zustand";
import { formatDateRange } from "../data/dates";
import { useEditor } from "./context";
import { checkDraft } from "./validation";
import type { DraftEvent } from "./draft";
import { useT } from "../i18n/useT";

type Sort = "date" | "title" | "drafts" | "entered";

const str = (v: unknown) => (typeof v === "string" ? v : "");

function dateLabel(e: DraftEvent, noDate: string): string {
  const d = str(e.value.date);
  if (!d) return noDate;
  try {
    return formatDateRange(d, str(e.value.end) || undefined);
  } catch {
    return d;
  }
}

export function EventList() {
  const { editor } = useEditor();
  const data = useStore(editor, (s) => s.data)!;
  const selectedKey = useStore(editor, (s) => s.selectedKey);
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<Sort>("date");
  const { byKey, result } = checkDraft(data);
  const id = useId();
  const t = useT();

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const list = data.events.filter(
      (e) =>
        !needle ||
        [e.value.title, e.value.summary, e.value.id, e.value.date].some((v) =>
          str(v).toLowerCase().includes(needle),
        ),
    );
    const by = {
      date: (a: DraftEvent, b: DraftEvent) => str(a.value.date).localeCompare(str(b.value.date)),
      title: (a: DraftEvent, b: DraftEvent) => str(a.value.title).localeCompare(str(b.value.title)),
      drafts: (a: DraftEvent, b: DraftEvent) => Number(byKey.has(b.key)) - Number(byKey.has(a.key)),
      entered: () => 0,
    }[sort];
    return [...list].sort(by);
  }, [data.events, q, sort, byKey]);

  const drafts = data.events.filter((e) => byKey.has(e.key)).length;

  return (
    <section className="ed-list" aria-labelledby={`${id}-h`}>
      <div className="ed-list-head">
        <h3 id={`${id}-h`} className="ed-list-title">
          {t("editor.tab.events")} <span className="ed-count">{data.events.length}</span>
          {drafts > 0 && (
            <span className="ed-count ed-count--draft">{t("editor.list.drafts", { count: drafts })}</span>
          )}
        </h3>
        <button
          type="button"
          className="btn btn--primary btn--small"
          onClick={() => editor.getState().addEvent()}
        >
          {t("editor.list.add")}
        </button>
      </div>
      {!result.dataset && <p className="ed-status ed-status--draft">{t("editor.list.noFrame")}</p>}
      <div className="ed-row ed-list-tools">
        <div className="ed-field">
          <label htmlFor={`${id}-q`}>{t("editor.list.search")}</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="ed-field ed-field--narrow">
          <label htmlFor={`${id}-s`}>{t("editor.list.sort")}</label>
          <select id={`${id}-s`} value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="date">{t("editor.list.byDate")}</option>
            <option value="title">{t("editor.list.byTitle")}</option>
            <option value="drafts">{t("editor.list.draftsFirst")}</option>
            <option value="entered">{t("editor.list.asEntered")}</option>
          </select>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="ed-hint">{data.events.length ? t("editor.list.noMatch") : t("editor.list.empty")}</p>
      ) : (
        <ul className="ed-rows">
          {rows.map((e) => {
            const n = byKey.get(e.key)?.length ?? 0;
            return (
              <li key={e.key}>
                <button
                  type="button"
                  className={`ed-rowbtn${n ? " ed-rowbtn--draft" : ""}`}
                  aria-current={e.key === selectedKey ? "true" : undefined}
                  onClick={() => editor.getState().select(e.key)}
                >
                  <span className="ed-row-date">{dateLabel(e, t("editor.list.noDate"))}</span>
                  <span className="ed-row-title">{str(e.value.title) || t("editor.untitledEvent")}</span>
                  {n > 0 && <span className="ed-row-flag">{t("editor.list.flag", { count: n })}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

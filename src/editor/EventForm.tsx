/**
 * The form of the selected event: every field of the schema, with the
 * validator's plain words beside the field they are about. An event that is not
 * valid yet stays in the draft as it is (never lost), marked in the list.
 */
import { useId, useState } from "react";
import { useStore } from "zustand";
import { AMOUNT_KINDS, CURRENCIES, DATE_KINDS, DIMENSIONS } from "../data/schema";
import type { Actor, Category, EventImage, Source, SourceRef } from "../data/schema";
import { assignShapes } from "../data/actorShapes";
import type { ActorShape } from "../data/schema";
import { ShapeIcon, ShapePicker, shapeContext } from "./ShapePicker";
import { slugify, uniqueId, type DraftEvent, type RawEvent } from "./draft";
import { DateField, Problems, SelectField, TextField } from "./fields";
import { checkDraft, type EventProblem } from "./validation";
import { ImageField } from "./ImageField";
import { useEditor } from "./context";
import { useT } from "../i18n/useT";
import { describeProblem } from "../i18n/describeProblem";

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const arr = <T,>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

const SCALES = ["thousand", "million", "billion", "trillion"] as const;
/** Each scale in the reader's words (keys named whole, so the catalog split finds them). */
const SCALE_LABEL = {
  thousand: "editor.scale.thousand",
  million: "editor.scale.million",
  billion: "editor.scale.billion",
  trillion: "editor.scale.trillion",
} as const;

export function EventForm() {
  const { editor } = useEditor();
  const data = useStore(editor, (s) => s.data);
  const selectedKey = useStore(editor, (s) => s.selectedKey);
  const t = useT();
  if (!data) return null;
  const ev = data.events.find((e) => e.key === selectedKey);
  if (!ev)
    return (
      <section className="ed-form ed-form--empty" aria-label={t("editor.event.region")}>
        <p>{t("editor.event.none")}</p>
      </section>
    );
  return <Form key={ev.key} ev={ev} />;
}

function Form({ ev }: { ev: DraftEvent }) {
  const { editor } = useEditor();
  const data = useStore(editor, (s) => s.data)!;
  const problems = checkDraft(data).byKey.get(ev.key) ?? [];
  const t = useT();
  const said = (p: EventProblem) => describeProblem(p, t);
  const of = (...fields: string[]) => problems.filter((p) => fields.includes(p.field)).map(said);
  const general = problems.filter((p) => !KNOWN_FIELDS.has(p.field));
  const v = ev.value;
  const update = (patch: RawEvent) => editor.getState().updateEvent(ev.key, patch);
  const headingId = useId();

  return (
    <section className="ed-form" aria-labelledby={headingId}>
      <div className="ed-form-head">
        <h3 id={headingId} className="ed-form-title">
          {str(v.title) || t("editor.untitledEvent")}
        </h3>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            editor.getState().removeEvent(ev.key);
          }}
        >
          {t("editor.event.delete")}
        </button>
      </div>
      <StatusLine problems={problems} />
      {general.length > 0 && <Problems id={`${headingId}-gen`} messages={general.map(said)} />}

      <DateField
        legend={t("editor.event.date")}
        value={v.date}
        onChange={(date) => update({ date })}
        problems={of("date")}
      />
      <EndDate value={v.end} onChange={(end) => update({ end })} problems={of("end")} />
      <div className="ed-row">
        <SelectField
          label={t("editor.event.dateKind")}
          value={str(v.dateKind) as (typeof DATE_KINDS)[number] | ""}
          options={[
            { value: "", label: t("editor.event.dateKind.printed") },
            { value: "inferred", label: t("editor.event.dateKind.inferred") },
            { value: "placed", label: t("editor.event.dateKind.placed") },
          ]}
          onChange={(dateKind) => update({ dateKind })}
          problems={of("dateKind")}
        />
        <SelectField
          label={t("editor.event.importance")}
          value={str(v.importance ?? 2) as "1" | "2" | "3"}
          options={[
            { value: "1", label: t("editor.event.importance.headline") },
            { value: "2", label: t("editor.event.importance.major") },
            { value: "3", label: t("editor.event.importance.detail") },
          ]}
          onChange={(i) => update({ importance: Number(i || 2) })}
          problems={of("importance")}
        />
      </div>
      {v.dateKind !== undefined && (
        <TextField
          label={t("editor.event.dateNote")}
          value={str(v.dateNote)}
          onChange={(dateNote) => update({ dateNote })}
          problems={of("dateNote")}
        />
      )}
      <TextField
        label={t("editor.event.title")}
        required
        value={str(v.title)}
        onChange={(title) => update({ title })}
        problems={of("title")}
      />
      <TextField
        label={t("editor.event.summary")}
        required
        multiline
        value={str(v.summary)}
        onChange={(summary) => update({ summary })}
        problems={of("summary")}
      />
      <ActorsField ev={ev} problems={of("actors")} />
      <CategoryField ev={ev} problems={of("category")} />
      <AmountField ev={ev} problems={of("amount")} />
      <FiguresField ev={ev} problems={of("figures")} />
      <SourcesField ev={ev} problems={of("sources")} />
      <EventRefs legend={t("editor.event.related")} ev={ev} field="related" problems={of("related")} />
      <EventRefs
        legend={t("editor.event.respondsTo")}
        ev={ev}
        field="respondsTo"
        problems={of("respondsTo")}
      />
      <TextField
        label={t("editor.event.note")}
        multiline
        value={str(v.note)}
        onChange={(note) => update({ note })}
        problems={of("note")}
      />
      <ImageField
        value={(v.image as Partial<EventImage> | undefined) ?? null}
        onChange={(image) => update({ image: image ?? undefined })}
        problems={of("image")}
      />
      <TextField
        label={t("editor.event.id")}
        value={str(v.id)}
        hint={ev.autoId ? t("editor.event.idAuto") : t("editor.event.idManual")}
        onChange={(id) => update({ id })}
        problems={of("id")}
      />
    </section>
  );
}

const KNOWN_FIELDS = new Set([
  "id",
  "date",
  "end",
  "dateKind",
  "dateNote",
  "title",
  "summary",
  "actors",
  "category",
  "amount",
  "figures",
  "sources",
  "related",
  "respondsTo",
  "note",
  "image",
  "importance",
]);

function StatusLine({ problems }: { problems: EventProblem[] }) {
  const t = useT();
  return (
    <p className={`ed-status ${problems.length ? "ed-status--draft" : "ed-status--ok"}`} role="status">
      {problems.length
        ? t("editor.event.status.draft", { count: problems.length })
        : t("editor.event.status.ok")}
    </p>
  );
}

function EndDate({
  value,
  onChange,
  problems,
}: {
  value: unknown;
  onChange(v: string): void;
  problems: string[];
}) {
  const id = useId();
  const t = useT();
  const has = typeof value === "string";
  return (
    <div className="ed-end">
      <div className="ed-check">
        <input
          id={id}
          type="checkbox"
          checked={has}
          onChange={(e) => onChange(e.target.checked ? "" + new Date().getUTCFullYear() : "")}
        />
        <label htmlFor={id}>{t("editor.event.endHas")}</label>
      </div>
      {has && (
        <DateField legend={t("editor.event.end")} value={value} onChange={onChange} problems={problems} />
      )}
    </div>
  );
}

function ActorsField({ ev, problems }: { ev: DraftEvent; problems: string[] }) {
  const { editor } = useEditor();
  const actors = useStore(editor, (s) => s.data!.actors);
  const chosen = arr<string>(ev.value.actors);
  const set = (ids: string[]) =>
    editor.getState().updateEvent(ev.key, { actors: ids.length ? ids : undefined });
  const errId = useId();
  const [shape, setShape] = useState<ActorShape | undefined>(undefined);
  const drawn = assignShapes(actors);
  const t = useT();
  return (
    <fieldset className="ed-group" aria-describedby={problems.length ? errId : undefined}>
      <legend>{t("editor.event.actors")}</legend>
      {actors.length === 0 && <p className="ed-hint">{t("editor.event.actors.none")}</p>}
      <ul className="ed-checks">
        {actors.map((a) => (
          <li key={a.id} className="ed-check">
            <input
              id={`${errId}-${a.id}`}
              type="checkbox"
              checked={chosen.includes(a.id)}
              onChange={(e) => set(e.target.checked ? [...chosen, a.id] : chosen.filter((x) => x !== a.id))}
            />
            <label htmlFor={`${errId}-${a.id}`}>
              <ShapeIcon shape={drawn.get(a.id) ?? "circle"} /> {a.name}
            </label>
          </li>
        ))}
      </ul>
      <Problems id={errId} messages={problems} />
      <NewThing
        label={t("editor.event.actors.new")}
        nameLabel={t("editor.event.actors.newName")}
        addLabel={t("editor.event.actors.add")}
        onAdd={(name, extra) => {
          const id = uniqueId(slugify(name) || "actor", new Set(actors.map((a) => a.id)));
          const actor: Actor = {
            id,
            name,
            ...(extra.short ? { short: extra.short } : {}),
            ...(shape ? { shape } : {}),
          };
          editor.getState().addToList("actors", actor);
          set([...chosen, id]);
          setShape(undefined);
        }}
        extra={[{ name: "short", label: t("editor.event.actors.short") }]}
        preview={(name) => (
          <ShapePicker
            value={shape}
            {...shapeContext(actors, actors.length, slugify(name))}
            onChange={setShape}
          />
        )}
      />
    </fieldset>
  );
}

function CategoryField({ ev, problems }: { ev: DraftEvent; problems: string[] }) {
  const { editor } = useEditor();
  const categories = useStore(editor, (s) => s.data!.categories);
  const [dimension, setDimension] = useState<string>(DIMENSIONS[0].id);
  const t = useT();
  return (
    <fieldset className="ed-group">
      <legend>{t("editor.event.category")}</legend>
      <SelectField
        label={t("editor.event.category")}
        value={typeof ev.value.category === "string" ? ev.value.category : ""}
        options={[
          {
            value: "",
            label: categories.length ? t("editor.event.category.choose") : t("editor.event.category.none"),
          },
          ...categories.map((c) => ({
            value: c.id,
            label: `${c.name} (${DIMENSIONS.find((d) => d.id === c.dimension)?.name ?? c.dimension})`,
          })),
        ]}
        onChange={(category) => editor.getState().updateEvent(ev.key, { category })}
        problems={problems}
      />
      <NewThing
        label={t("editor.event.category.new")}
        nameLabel={t("editor.event.category.newName")}
        addLabel={t("editor.event.category.add")}
        onAdd={(name) => {
          const id = uniqueId(slugify(name) || "category", new Set(categories.map((c) => c.id)));
          const category = { id, name, dimension } as Category;
          editor.getState().addToList("categories", category);
          editor.getState().updateEvent(ev.key, { category: id });
        }}
        preview={() => (
          <SelectField
            label={t("editor.event.category.dimension")}
            value={dimension}
            options={DIMENSIONS.map((d) => ({ value: d.id, label: d.name }))}
            onChange={(d) => setDimension(d || DIMENSIONS[0].id)}
          />
        )}
      />
    </fieldset>
  );
}

function AmountField({ ev, problems }: { ev: DraftEvent; problems: string[] }) {
  const { editor } = useEditor();
  const id = useId();
  const t = useT();
  const amount = ev.value.amount as Record<string, unknown> | undefined;
  const set = (patch: Record<string, unknown>) => {
    const next: Record<string, unknown> = { ...amount, ...patch };
    for (const k of Object.keys(next)) if (next[k] === "" || next[k] === undefined) delete next[k];
    editor.getState().updateEvent(ev.key, { amount: next });
  };
  return (
    <fieldset className="ed-group">
      <legend>{t("editor.event.amount")}</legend>
      <div className="ed-check">
        <input
          id={id}
          type="checkbox"
          checked={amount !== undefined}
          onChange={(e) =>
            editor.getState().updateEvent(ev.key, {
              amount: e.target.checked ? { currency: "USD", kind: "grant" } : undefined,
            })
          }
        />
        <label htmlFor={id}>{t("editor.event.amount.has")}</label>
      </div>
      {amount && (
        <>
          <div className="ed-row">
            <TextField
              label={t("editor.event.amount.value")}
              inputMode="decimal"
              className="ed-field--narrow"
              value={str(amount.value)}
              onChange={(t) => {
                const n = Number(t.replace(/,/g, ""));
                set({ value: t.trim() === "" ? undefined : Number.isFinite(n) ? n : t });
              }}
            />
            <SelectField
              label={t("editor.event.amount.scale")}
              value={str(amount.scale) as "million" | ""}
              options={[
                { value: "", label: "—" },
                ...SCALES.map((s) => ({ value: s as "million", label: t(SCALE_LABEL[s]) })),
              ]}
              onChange={(scale) => set({ scale })}
            />
            <SelectField
              label={t("editor.event.amount.currency")}
              value={str(amount.currency) as (typeof CURRENCIES)[number]}
              options={CURRENCIES.map((c) => ({ value: c, label: c }))}
              onChange={(currency) => set({ currency })}
            />
            <SelectField
              label={t("editor.event.amount.kind")}
              value={str(amount.kind) as (typeof AMOUNT_KINDS)[number]}
              options={AMOUNT_KINDS.map((k) => ({ value: k, label: t(`amountKind.${k}`) }))}
              onChange={(kind) => set({ kind })}
            />
          </div>
          <TextField
            label={t("editor.event.amount.text")}
            placeholder={t("editor.event.amount.example")}
            value={str(amount.text)}
            onChange={(text) => set({ text })}
          />
        </>
      )}
      <Problems id={`${id}-err`} messages={problems} />
    </fieldset>
  );
}

/** Counts, percentages, ranks the source gives (not money: that is the amount). */
function FiguresField({ ev, problems }: { ev: DraftEvent; problems: string[] }) {
  const { editor } = useEditor();
  const t = useT();
  const errId = useId();
  const figures = arr<Record<string, unknown>>(ev.value.figures);
  const setAll = (next: Record<string, unknown>[]) =>
    editor.getState().updateEvent(ev.key, { figures: next.length ? next : undefined });
  const setOne = (i: number, patch: Record<string, unknown>) =>
    setAll(
      figures.map((f, j) => {
        if (j !== i) return f;
        const n: Record<string, unknown> = { ...f, ...patch };
        for (const k of Object.keys(n)) if (n[k] === "" || n[k] === undefined) delete n[k];
        return n;
      }),
    );
  const num = (text: string) => {
    const n = Number(text.replace(/,/g, ""));
    return text.trim() === "" ? undefined : Number.isFinite(n) ? n : text;
  };
  return (
    <fieldset className="ed-group" aria-describedby={problems.length ? errId : undefined}>
      <legend>{t("editor.figures.legend")}</legend>
      {figures.length === 0 && <p className="ed-hint">{t("editor.figures.hint")}</p>}
      <ol className="ed-cites">
        {figures.map((f, i) => (
          <li key={i} className="ed-cite">
            <TextField
              label={t("editor.figures.label", { n: i + 1 })}
              value={str(f.label)}
              onChange={(label) => setOne(i, { label })}
            />
            <div className="ed-row">
              <TextField
                label={t("editor.figures.value")}
                inputMode="decimal"
                className="ed-field--narrow"
                value={str(f.value)}
                onChange={(v) => setOne(i, { value: num(v) })}
              />
              <SelectField
                label={t("editor.figures.scale")}
                value={str(f.scale) as "million" | ""}
                options={[
                  { value: "", label: "—" },
                  ...SCALES.map((s) => ({ value: s as "million", label: t(SCALE_LABEL[s]) })),
                ]}
                onChange={(scale) => setOne(i, { scale })}
              />
              <TextField
                label={t("editor.figures.unit")}
                placeholder={t("editor.figures.unitExample")}
                value={str(f.unit)}
                onChange={(unit) => setOne(i, { unit })}
              />
              <TextField
                label={t("editor.figures.year")}
                inputMode="numeric"
                className="ed-field--narrow"
                value={str(f.year)}
                onChange={(y) => setOne(i, { year: /^\d+$/.test(y) ? Number(y) : y })}
              />
            </div>
            <TextField
              label={t("editor.figures.text")}
              value={str(f.text)}
              onChange={(text) => setOne(i, { text })}
            />
            <button
              type="button"
              className="btn btn--small"
              aria-label={t("editor.figures.remove", { n: i + 1 })}
              onClick={() => setAll(figures.filter((_, j) => j !== i))}
            >
              {t("editor.remove")}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--small" onClick={() => setAll([...figures, {}])}>
        {t("editor.figures.add")}
      </button>
      <Problems id={errId} messages={problems} />
    </fieldset>
  );
}

function SourcesField({ ev, problems }: { ev: DraftEvent; problems: string[] }) {
  const { editor } = useEditor();
  const t = useT();
  const sources = useStore(editor, (s) => s.data!.sources);
  const refs = arr<Partial<SourceRef>>(ev.value.sources);
  const errId = useId();
  const setRefs = (next: Partial<SourceRef>[]) =>
    editor.getState().updateEvent(ev.key, { sources: next.length ? next : undefined });
  const setRef = (i: number, patch: Partial<SourceRef>) =>
    setRefs(
      refs.map((r, j) => {
        if (j !== i) return r;
        const n: Record<string, unknown> = { ...r, ...patch };
        for (const k of Object.keys(n)) if (n[k] === "" || n[k] === undefined) delete n[k];
        return n as Partial<SourceRef>;
      }),
    );
  return (
    <fieldset className="ed-group" aria-describedby={problems.length ? errId : undefined}>
      <legend>{t("editor.event.sources")}</legend>
      {refs.length === 0 && <p className="ed-hint">{t("editor.event.sources.hint")}</p>}
      <ol className="ed-cites">
        {refs.map((r, i) => (
          <li key={i} className="ed-cite">
            <SelectField
              label={t("editor.event.sources.label", { n: i + 1 })}
              value={r.source ?? ""}
              options={[
                { value: "", label: t("editor.event.sources.choose") },
                ...sources.map((s) => ({ value: s.id, label: `${s.title}${s.year ? ` (${s.year})` : ""}` })),
              ]}
              onChange={(source) => setRef(i, { source })}
            />
            <div className="ed-row">
              <TextField
                label={t("editor.event.sources.page")}
                className="ed-field--narrow"
                value={str(r.page)}
                onChange={(p) => setRef(i, { page: /^\d+$/.test(p) && Number(p) > 0 ? Number(p) : p })}
              />
              <TextField
                label={t("editor.event.sources.section")}
                value={str(r.section)}
                onChange={(section) => setRef(i, { section })}
              />
            </div>
            <TextField
              label={t("editor.cite.url")}
              type="url"
              inputMode="url"
              value={str(r.url)}
              onChange={(url) => setRef(i, { url })}
            />
            <button
              type="button"
              className="btn btn--small"
              aria-label={t("editor.event.sources.remove", { n: i + 1 })}
              onClick={() => setRefs(refs.filter((_, j) => j !== i))}
            >
              {t("editor.remove")}
            </button>
          </li>
        ))}
      </ol>
      {sources.length > 0 && (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => setRefs([...refs, { source: sources[0]!.id }])}
        >
          {t("editor.event.sources.cite")}
        </button>
      )}
      <Problems id={errId} messages={problems} />
      <NewThing
        label={t("editor.event.sources.new")}
        addLabel={t("editor.event.sources.add")}
        extra={[
          { name: "author", label: t("editor.event.sources.author") },
          { name: "year", label: t("editor.event.sources.year"), inputMode: "numeric" },
          { name: "url", label: t("editor.event.sources.url"), inputMode: "url" },
        ]}
        nameLabel={t("editor.event.sources.newTitle")}
        onAdd={(title, extra) => {
          const id = uniqueId(
            slugify(`${extra.author?.split(/[ ,]/)[0] ?? ""} ${extra.year ?? ""} ${title}`, 40) || "source",
            new Set(sources.map((s) => s.id)),
          );
          const source: Record<string, unknown> = { id, title };
          if (extra.author) source.author = extra.author;
          if (extra.year) source.year = /^\d{4}$/.test(extra.year) ? Number(extra.year) : extra.year;
          if (extra.url) source.url = extra.url;
          editor.getState().addToList("sources", source as Source);
          setRefs([...refs, { source: id }]);
        }}
      />
    </fieldset>
  );
}

function EventRefs({
  legend,
  ev,
  field,
  problems,
}: {
  legend: string;
  ev: DraftEvent;
  field: "related" | "respondsTo";
  problems: string[];
}) {
  const { editor } = useEditor();
  const events = useStore(editor, (s) => s.data!.events);
  const t = useT();
  const ids = arr<string>(ev.value[field]);
  const set = (next: string[]) =>
    editor.getState().updateEvent(ev.key, { [field]: next.length ? next : undefined });
  const title = (id: string) => {
    const e = events.find((x) => x.value.id === id);
    return e ? `${str(e.value.date)} — ${str(e.value.title) || id}` : t("editor.event.refs.missing", { id });
  };
  const others = events.filter(
    (e) => e.key !== ev.key && typeof e.value.id === "string" && !ids.includes(e.value.id),
  );
  return (
    <fieldset className="ed-group">
      <legend>{legend}</legend>
      {ids.length > 0 && (
        <ul className="ed-refs">
          {ids.map((id) => (
            <li key={id}>
              {title(id)}{" "}
              <button
                type="button"
                className="btn btn--small"
                aria-label={t("editor.event.refs.remove", { title: title(id) })}
                onClick={() => set(ids.filter((x) => x !== id))}
              >
                {t("editor.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        label={t("editor.event.refs.add")}
        value=""
        options={[
          { value: "", label: others.length ? t("editor.event.refs.choose") : t("editor.event.refs.none") },
          ...others.map((e) => ({
            value: str(e.value.id),
            label: `${str(e.value.date)} — ${str(e.value.title)}`,
          })),
        ]}
        onChange={(id) => id && set([...ids, id])}
      />
      <Problems id={`${field}-err`} messages={problems} />
    </fieldset>
  );
}

/**
 * "New actor / category / source": a disclosure with a small form; Enter in its fields adds.
 * Its three labels are whole phrases from the catalog, since languages join them differently.
 */
function NewThing({
  label,
  nameLabel,
  addLabel,
  extra = [],
  preview,
  onAdd,
}: {
  label: string;
  nameLabel: string;
  addLabel: string;
  extra?: { name: string; label: string; inputMode?: "numeric" | "url" }[];
  preview?: (name: string) => React.ReactNode;
  onAdd(name: string, extra: Record<string, string>): void;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const id = useId();
  const add = () => {
    if (!name.trim()) return;
    const trimmed: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) if (v.trim()) trimmed[k] = v.trim();
    onAdd(name.trim(), trimmed);
    setName("");
    setValues({});
    setOpen(false);
  };
  return (
    <div className="ed-new">
      <button
        type="button"
        className="btn btn--small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}…
      </button>
      {open && (
        <div
          id={id}
          className="ed-new-form"
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.target as HTMLElement).tagName === "INPUT") {
              e.preventDefault();
              add();
            }
          }}
        >
          <TextField label={nameLabel} value={name} onChange={setName} />
          {extra.map((x) => (
            <TextField
              key={x.name}
              label={x.label}
              inputMode={x.inputMode}
              value={values[x.name] ?? ""}
              onChange={(v) => setValues({ ...values, [x.name]: v })}
            />
          ))}
          {preview?.(name)}
          <button type="button" className="btn btn--small btn--primary" disabled={!name.trim()} onClick={add}>
            {addLabel}
          </button>
        </div>
      )}
    </div>
  );
}

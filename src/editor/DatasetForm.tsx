/**
 * The dataset's own fields: title, description, and the lists events refer to
 * (actors, categories, sources, eras). Ids are made from names when an item is
 * added and then kept, so the events citing them stay linked.
 */
import { useId } from "react";
import { useStore } from "zustand";
import { DIMENSIONS } from "../data/schema";
import type { Actor, Category, Era, Source } from "../data/schema";
import { ShapePicker, shapeContext } from "./ShapePicker";
import { slugify, uniqueId } from "./draft";
import { Problems, SelectField, TextField } from "./fields";
import { checkDraft } from "./validation";
import { useEditor } from "./context";
import { useT } from "../i18n/useT";
import { dimName, type MessageKey, type MessageValues } from "../i18n/i18n";
import { describeProblem } from "../i18n/describeProblem";
import type { DataProblem } from "../data/validate";

type Translate = (id: MessageKey, values?: MessageValues) => string;
import type { FrameList } from "./editorStore";

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/**
 * An id base from a new item's name. The name is a placeholder in the reader's language
 * ("新しい主体 1" slugs to "1"), so without a Latin letter the kind of item is used instead.
 */
function idBase(name: string, kind: string, max?: number): string {
  const slug = slugify(name, max);
  return /[a-z]/.test(slug) ? slug : kind;
}

/** Problems of one list item, by the validator's path: "actors[2].name", in the reader's language. */
function itemProblems(frame: DataProblem[], list: string, i: number, t: Translate) {
  return frame
    .filter((p) => p.path === `${list}[${i}]` || p.path.startsWith(`${list}[${i}].`))
    .map((p) => describeProblem(p, t));
}

export function DatasetForm() {
  const t = useT();
  const { editor } = useEditor();
  const data = useStore(editor, (s) => s.data)!;
  const { frame } = checkDraft(data);
  const setFrame = editor.getState().setFrame;
  const id = useId();
  const top = frame
    .filter((p) => !/^(actors|categories|sources|eras)\[/.test(p.path))
    .map((p) => describeProblem(p, t));
  return (
    <section className="ed-dataset" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="visually-hidden">
        {t("editor.tab.dataset")}
      </h3>
      {top.length > 0 && (
        <div className="ed-frame-problems">
          <p>{t("editor.dataset.problems")}</p>
          <Problems id={`${id}-top`} messages={top} />
        </div>
      )}
      <TextField
        label={t("editor.dataset.title")}
        required
        value={data.title}
        onChange={(title) => setFrame({ title })}
      />
      <TextField
        label={t("editor.dataset.description")}
        multiline
        value={data.description ?? ""}
        onChange={(description) => setFrame({ description })}
      />
      <ListEditor
        list="actors"
        legend={t("editor.dataset.actors.legend")}
        addLabel={t("editor.dataset.actors.add")}
        removeLabel={(name) => t("editor.dataset.actors.remove", { name })}
        newName={(n) => t("editor.dataset.actors.new", { n })}
        items={data.actors}
        problems={frame}
        blank={(name, taken) => ({ id: uniqueId(idBase(name, "actor"), taken), name }) as Actor}
        render={(a, i, set) => (
          <>
            <TextField
              label={t("editor.dataset.name")}
              value={a.name}
              onChange={(name) => set({ ...a, name }, "name")}
            />
            <TextField
              label={t("editor.dataset.short")}
              value={a.short ?? ""}
              onChange={(short) => set(drop({ ...a, short }), "short")}
            />
            <TextField
              label={t("editor.dataset.group")}
              value={a.group ?? ""}
              onChange={(group) => set(drop({ ...a, group }), "group")}
            />
            <ShapePicker
              value={a.shape}
              {...shapeContext(data.actors, i)}
              onChange={(shape) => set(drop({ ...a, shape }), "shape")}
            />
            <p className="ed-hint">{t("editor.dataset.id", { id: a.id })}</p>
          </>
        )}
      />
      <ListEditor
        list="categories"
        legend={t("editor.dataset.categories.legend")}
        addLabel={t("editor.dataset.categories.add")}
        removeLabel={(name) => t("editor.dataset.categories.remove", { name })}
        newName={(n) => t("editor.dataset.categories.new", { n })}
        items={data.categories}
        problems={frame}
        blank={(name, taken) =>
          ({
            id: uniqueId(idBase(name, "category"), taken),
            name,
            dimension: DIMENSIONS[0].id,
          }) as Category
        }
        render={(c, _i, set) => (
          <>
            <TextField
              label={t("editor.dataset.name")}
              value={c.name}
              onChange={(name) => set({ ...c, name }, "name")}
            />
            <SelectField
              label={t("editor.dataset.dimension")}
              value={c.dimension}
              options={DIMENSIONS.map((d) => ({ value: d.id, label: dimName(d.id) }))}
              onChange={(dimension) => set({ ...c, dimension: dimension || c.dimension })}
            />
            <p className="ed-hint">{t("editor.dataset.id", { id: c.id })}</p>
          </>
        )}
      />
      <ListEditor
        list="sources"
        legend={t("editor.dataset.sources.legend")}
        addLabel={t("editor.dataset.sources.add")}
        removeLabel={(name) => t("editor.dataset.sources.remove", { name })}
        newName={(n) => t("editor.dataset.sources.new", { n })}
        items={data.sources}
        problems={frame}
        blank={(title, taken) => ({ id: uniqueId(idBase(title, "source", 40), taken), title }) as Source}
        render={(s, _i, set) => (
          <>
            <TextField
              label={t("editor.dataset.sourceTitle")}
              value={s.title}
              onChange={(title) => set({ ...s, title }, "title")}
            />
            <TextField
              label={t("editor.dataset.author")}
              value={s.author ?? ""}
              onChange={(author) => set(drop({ ...s, author }), "author")}
            />
            <TextField
              label={t("editor.dataset.publisher")}
              value={s.publisher ?? ""}
              onChange={(publisher) => set(drop({ ...s, publisher }), "publisher")}
            />
            <TextField
              label={t("editor.dataset.year")}
              inputMode="numeric"
              value={str(s.year)}
              onChange={(y) => set(drop({ ...s, year: (/^\d+$/.test(y) ? Number(y) : y) as number }), "year")}
            />
            <TextField
              label={t("editor.dataset.url")}
              type="url"
              value={s.url ?? ""}
              onChange={(url) => set(drop({ ...s, url }), "url")}
            />
            <TextField
              label={t("editor.dataset.note")}
              value={s.note ?? ""}
              onChange={(note) => set(drop({ ...s, note }), "note")}
            />
            <p className="ed-hint">{t("editor.dataset.id", { id: s.id })}</p>
          </>
        )}
      />
      <ListEditor
        list="eras"
        legend={t("editor.dataset.eras.legend")}
        addLabel={t("editor.dataset.eras.add")}
        removeLabel={(name) => t("editor.dataset.eras.remove", { name })}
        newName={(n) => t("editor.dataset.eras.new", { n })}
        items={data.eras}
        problems={frame}
        blank={(label, taken) =>
          ({
            id: uniqueId(idBase(label, "era"), taken),
            label,
            date: "",
            end: "",
            sources: data.sources[0] ? [{ source: data.sources[0].id }] : [],
          }) as Era
        }
        render={(e, _i, set) => (
          <>
            <TextField
              label={t("editor.dataset.label")}
              value={e.label}
              onChange={(label) => set({ ...e, label }, "label")}
            />
            <div className="ed-row">
              <TextField
                label={t("editor.dataset.from")}
                value={e.date}
                onChange={(date) => set({ ...e, date }, "date")}
              />
              <TextField
                label={t("editor.dataset.to")}
                value={e.end}
                onChange={(end) => set({ ...e, end }, "end")}
              />
            </div>
            <SelectField
              label={t("editor.dataset.source")}
              value={e.sources[0]?.source ?? ""}
              options={[
                { value: "", label: t("editor.dataset.chooseSource") },
                ...data.sources.map((s) => ({ value: s.id, label: s.title })),
              ]}
              onChange={(source) => set({ ...e, sources: source ? [{ ...e.sources[0], source }] : [] })}
            />
          </>
        )}
      />
    </section>
  );
}

/** Drop empty optional fields so they read as missing, not empty. */
function drop<T extends object>(o: T): T {
  const out = { ...o } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === "" || out[k] === undefined) delete out[k];
  return out as T;
}

interface ItemBase {
  id: string;
}

function ListEditor<L extends FrameList, T extends ItemBase>({
  list,
  legend,
  addLabel,
  removeLabel,
  newName,
  items,
  problems,
  blank,
  render,
}: {
  list: L;
  legend: string;
  /** Whole messages per list, so no language has to glue a noun into a sentence. */
  addLabel: string;
  removeLabel(name: string): string;
  newName(n: number): string;
  items: T[];
  problems: DataProblem[];
  blank(name: string, taken: Set<string>): T;
  render(item: T, i: number, set: (next: T, field?: string) => void): React.ReactNode;
}) {
  const { editor } = useEditor();
  const id = useId();
  const t = useT();
  return (
    <fieldset className="ed-group ed-listedit">
      <legend>
        {legend} <span className="ed-count">{items.length}</span>
      </legend>
      <ol className="ed-items">
        {items.map((item, i) => {
          const label = str(
            (item as unknown as Record<string, unknown>).name ??
              (item as unknown as Record<string, unknown>).title ??
              (item as unknown as Record<string, unknown>).label,
          );
          return (
            <li key={`${item.id}-${i}`}>
              <details>
                <summary>{label || item.id}</summary>
                {render(item, i, (next, field) =>
                  editor.getState().updateInList(list, i, next as never, field),
                )}
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => editor.getState().removeFromList(list, i)}
                >
                  {removeLabel(label || item.id)}
                </button>
              </details>
              <Problems id={`${id}-${i}`} messages={itemProblems(problems, list, i, t)} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="btn btn--small"
        onClick={() =>
          editor
            .getState()
            .addToList(list, blank(newName(items.length + 1), new Set(items.map((x) => x.id))) as never)
        }
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

/**
 * Drafts from what the user already has: the built-in events, the timeline open
 * now, or a CSV/JSON file read by the same importer "Open dataset…" uses.
 */
import type { NormalizedDataset } from "../data/normalize";
import { filteredDataset } from "../components/Export/exportData";
import type { Actor, Category, Era, Source } from "../data/schema";
import { guessDimension, isId, nameFromId } from "../data/idNames";
import { draftFromDataset, newKey, type Draft, type RawEvent } from "./draft";
import { t } from "../i18n/i18n";
import type { DataProblem } from "../data/validate";
import type { MessageRef } from "../data/messageRef";

/** `name` is the draft's name in the reader's language (editor.start.builtInName). */
export async function draftFromBuiltIn(name: string): Promise<Draft> {
  // A chunk that fails to load (offline) says so in the reader's language, not the browser's.
  const unreadable = () => new Error(t("editor.start.builtInUnreadable"));
  const [{ validateDataset }, raw] = await Promise.all([
    import("../data/validate"),
    import("../app/builtInDetails").then((m) => m.loadBuiltInWhole()),
  ]).catch(() => {
    throw unreadable();
  });
  const ds = validateDataset(raw).dataset;
  if (!ds) throw unreadable();
  return draftFromDataset(ds, name);
}

export function draftFromTimeline(ds: NormalizedDataset): Draft {
  return draftFromDataset(filteredDataset(ds, ds.events), ds.title);
}

export type FileOutcome =
  | {
      ok: true;
      draft: Draft;
      /** Events not valid yet, kept as marked draft rows (never dropped). */
      kept: number;
      /** The importer's problems about them, first ones first (shown through describeProblem). */
      problems: DataProblem[];
    }
  | {
      ok: false;
      /** The whole refusal in English: `head` then every problem. */
      error: string;
      /** The refusal alone, with its key, and the problems, to show in the reader's language. */
      head: string;
      errorRef?: MessageRef;
      problems?: DataProblem[];
    };

const fileName = (file: File) => file.name.replace(/\.(csv|json|tsv|txt)$/i, "");

export async function draftFromFile(file: File): Promise<FileOutcome> {
  const [{ readDatasetFile }, { parseDatasetText }] = await Promise.all([
    import("../data/readFile"),
    import("../data/parseDataset"),
  ]);
  const text = await readDatasetFile(file);
  if (!text.ok)
    return {
      ok: false,
      error: text.error,
      head: text.error,
      ...(text.errorRef ? { errorRef: text.errorRef } : {}),
    };
  const outcome = parseDatasetText(text.text, { filename: file.name, contentType: file.type });
  const name = fileName(file);
  if (outcome.ok && outcome.skipped === 0)
    return { ok: true, draft: draftFromDataset(outcome.dataset, name), kept: 0, problems: [] };
  // Some events (or all) are not valid: read the file again as it is, keeping every event.
  const raw = await rawEvents(text.text, file.name, name);
  const problems = outcome.problems.filter((p) => p.message);
  if (raw && raw.events.length > 0) {
    const draft = draftFromRaw(raw, name);
    return { ok: true, draft, kept: outcome.ok ? outcome.skipped : draft.data.events.length, problems };
  }
  if (outcome.ok) return { ok: true, draft: draftFromDataset(outcome.dataset, name), kept: 0, problems };
  return {
    ok: false,
    error: [outcome.error, ...problems.map((p) => p.message)].join(" "),
    head: outcome.error,
    ...(outcome.errorRef ? { errorRef: outcome.errorRef } : {}),
    problems,
  };
}

type Loose = Record<string, unknown>;
const isObj = (v: unknown): v is Loose => !!v && typeof v === "object" && !Array.isArray(v);
const objects = (v: unknown): Loose[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** The file's dataset before validation: every event, valid or not, in the file's order. */
async function rawEvents(
  text: string,
  filename: string,
  title: string,
): Promise<(Loose & { events: Loose[] }) | null> {
  const body = text.replace(/^\uFEFF/, "");
  if (/^\s*\{/.test(body)) {
    try {
      const json: unknown = JSON.parse(body);
      // A TimelineJS3 JSON file is read through its table: its rows are not events yet.
      if (!isObj(json) || !Array.isArray(json.events)) return null;
      const events = json.events as unknown[];
      const first = events[0];
      if (isObj(first) && isObj(first.start_date)) return null;
      return { ...json, events: events.map((e) => (isObj(e) ? e : { summary: String(e) })) };
    } catch {
      return null;
    }
  }
  const { parseCsvDataset } = await import("../data/csv");
  const csv = parseCsvDataset(body, { title, sourceName: filename });
  if (!isObj(csv.raw)) return null;
  const valid = objects(csv.raw.events).map((event, i) => ({ row: csv.rowOfEvent[i] ?? 0, event }));
  const all = [...valid, ...(csv.rejected ?? [])].sort((a, b) => a.row - b.row);
  return { ...csv.raw, events: all.map((r) => r.event) };
}

/**
 * A draft holding every event of a raw dataset. Actors, categories and sources that only
 * rejected rows name are added with names made from their ids, so the rows stay linked.
 */
function draftFromRaw(raw: Loose & { events: Loose[] }, name: string): Draft {
  const actors = objects(raw.actors) as unknown as Actor[];
  const categories = objects(raw.categories) as unknown as Category[];
  const sources = objects(raw.sources) as unknown as Source[];
  const has = (list: { id?: unknown }[], id: string) => list.some((x) => x.id === id);
  const events = raw.events;
  for (const e of events) {
    for (const a of Array.isArray(e.actors) ? e.actors : [])
      if (typeof a === "string" && isId(a) && !has(actors, a)) actors.push({ id: a, name: nameFromId(a) });
    const c = e.category;
    if (typeof c === "string" && isId(c) && !has(categories, c))
      categories.push({ id: c, name: nameFromId(c), dimension: guessDimension(c) });
    for (const r of objects(e.sources))
      if (typeof r.source === "string" && isId(r.source) && !has(sources, r.source))
        sources.push({ id: r.source, title: nameFromId(r.source) });
  }
  return {
    id: newKey("d"),
    name,
    updatedAt: Date.now(),
    data: {
      title: typeof raw.title === "string" && raw.title ? raw.title : name,
      ...(typeof raw.description === "string" && raw.description ? { description: raw.description } : {}),
      actors,
      categories,
      sources,
      eras: objects(raw.eras) as unknown as Era[],
      events: events.map((value) => ({ key: newKey(), autoId: false, value: value as RawEvent })),
    },
  };
}

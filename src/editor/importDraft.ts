/**
 * Drafts from what the user already has: the built-in events, the timeline open
 * now, or a CSV/JSON file read by the same importer "Open dataset…" uses.
 */
import type { NormalizedDataset } from "../data/normalize";
import { filteredDataset } from "../components/Export/exportData";
import { draftFromDataset, type Draft } from "./draft";

export async function draftFromBuiltIn(): Promise<Draft> {
  const [{ validateDataset }, raw] = await Promise.all([
    import("../data/validate"),
    import("../../data/events.json"),
  ]);
  const ds = validateDataset(raw.default).dataset;
  if (!ds) throw new Error("The built-in dataset could not be read.");
  return draftFromDataset(ds, "From the built-in events");
}

export function draftFromTimeline(ds: NormalizedDataset): Draft {
  return draftFromDataset(filteredDataset(ds, ds.events), ds.title);
}

export type FileOutcome = { ok: true; draft: Draft; note: string | null } | { ok: false; error: string };

export async function draftFromFile(file: File): Promise<FileOutcome> {
  const [{ readDatasetFile }, { parseDatasetText }] = await Promise.all([
    import("../data/readFile"),
    import("../data/parseDataset"),
  ]);
  const text = await readDatasetFile(file);
  if (!text.ok) return { ok: false, error: text.error };
  const outcome = parseDatasetText(text.text, { filename: file.name, contentType: file.type });
  if (!outcome.ok)
    return { ok: false, error: [outcome.error, ...outcome.problems.map((p) => p.message)].join(" ") };
  const note = outcome.skipped
    ? `${outcome.skipped} event${outcome.skipped === 1 ? " was" : "s were"} left out: ${outcome.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join("; ")}`
    : null;
  return {
    ok: true,
    draft: draftFromDataset(outcome.dataset, file.name.replace(/\.(csv|json|tsv|txt)$/i, "")),
    note,
  };
}

/**
 * One "bring your own data" load as a job that can run in a Web Worker: get the
 * text (download or file), parse and validate it with the importer's one public
 * entry point (`parseDatasetText`), normalize it, and hand the result over as a
 * stream of small messages. The same function runs in the worker
 * (`src/app/datasetWorker.ts`); `createAssembler` puts the messages back together
 * on the main thread (`datasetParts.ts`). Nothing here touches the DOM.
 *
 * Why messages and not one result: a structured clone of 100,000 events is
 * deserialized in one task on the receiving side; events in slices of
 * `EVENTS_PER_MESSAGE` are deserialized one slice per task, so the page stays
 * responsive while they arrive (and the slices count as "rows" progress).
 */
import { EVENTS_PER_MESSAGE, splitDataset, type LoadMessage, type LoadRequest } from "./datasetParts";
import { fetchDatasetText, type TextOutcome } from "./fetchDataset";
import { normalizeDataset } from "./normalize";
import { parseDatasetText, type ParseHint } from "./parseDataset";
import { readDatasetFile } from "./readFile";

async function textOf(
  req: LoadRequest,
  onBytes: (loaded: number, total: number | null) => void,
): Promise<{ text: TextOutcome; hint: ParseHint }> {
  if (req.kind === "text") return { text: { ok: true, text: req.text, contentType: null }, hint: req.hint };
  if (req.kind === "file") {
    onBytes(0, req.file.size);
    const text = await readDatasetFile(req.file);
    if (text.ok) onBytes(req.file.size, req.file.size);
    return { text, hint: { filename: req.file.name } };
  }
  const text = await fetchDatasetText(req.url, { onProgress: onBytes });
  return {
    text,
    hint: {
      filename: req.filename,
      ...(text.ok && text.contentType ? { contentType: text.contentType } : {}),
    },
  };
}

/**
 * Run one load, reporting through `post`. Never throws: a failure is a `failed` message.
 * `url` requests must carry an absolute URL (a worker has no page address to resolve against).
 */
export async function runLoadJob(req: LoadRequest, post: (m: LoadMessage) => void): Promise<void> {
  try {
    const { text, hint } = await textOf(req, (loaded, total) =>
      post({ type: "progress", progress: { phase: "bytes", loaded, total } }),
    );
    if (!text.ok) {
      post({
        type: "failed",
        error: text.error,
        ...(text.errorRef ? { errorRef: text.errorRef } : {}),
        problems: [],
      });
      return;
    }
    post({ type: "progress", progress: { phase: "parse" } });
    const parsed = parseDatasetText(text.text, hint, req.dateOrder ? { dateOrder: req.dateOrder } : {});
    if (!parsed.ok) {
      post({
        type: "failed",
        error: parsed.error,
        ...(parsed.errorRef ? { errorRef: parsed.errorRef } : {}),
        problems: parsed.problems,
      });
      return;
    }
    const { events, frame } = splitDataset(normalizeDataset(parsed.dataset, { adopt: true }));
    post({ type: "progress", progress: { phase: "rows", loaded: 0, total: events.length } });
    for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
      post({ type: "events", events: events.slice(i, i + EVENTS_PER_MESSAGE) });
    }
    post({
      type: "done",
      frame,
      problems: parsed.problems,
      skipped: parsed.skipped,
      format: parsed.format,
      count: events.length,
    });
  } catch (e) {
    post({
      type: "failed",
      error: `The dataset could not be read (${e instanceof Error ? e.message.slice(0, 200) : "unexpected error"}).`,
      problems: [],
    });
  }
}

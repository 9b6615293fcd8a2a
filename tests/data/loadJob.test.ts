/**
 * The worker path (runLoadJob → messages → structured clone → createAssembler)
 * against the main-thread fallback (parseDatasetText + normalizeDataset): the same
 * dataset and the same problems for every fixture, good or bad.
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { runLoadJob } from "../../src/data/loadJob";
import {
  createAssembler,
  EVENTS_PER_MESSAGE,
  type LoadMessage,
  type LoadOutcome,
} from "../../src/data/datasetParts";
import { parseDatasetText } from "../../src/data/parseDataset";
import { normalizeDataset } from "../../src/data/normalize";
import type { Dataset } from "../../src/data/schema";

const BAD = path.resolve(__dirname, "../fixtures/bad");
const fixtures = [
  ...fs
    .readdirSync(BAD)
    .filter((f) => /\.(csv|tsv|json)$/.test(f) && f !== "expected.json")
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(BAD, f), "utf8") })),
  { name: "events.json", text: fs.readFileSync(path.resolve(__dirname, "../../data/events.json"), "utf8") },
];

/** What the worker path gives: every message through a structured clone, as postMessage does. */
async function viaWorkerPath(text: string, filename: string) {
  const messages: LoadMessage[] = [];
  await runLoadJob({ kind: "text", text, hint: { filename } }, (m) => messages.push(structuredClone(m)));
  const assembler = createAssembler();
  let outcome: LoadOutcome | null = null;
  for (const m of messages) outcome = assembler.push(m) ?? outcome;
  return { outcome: outcome!, messages };
}

function viaMainThread(text: string, filename: string): LoadOutcome {
  const parsed = parseDatasetText(text, { filename });
  // The catalog key of a refusal crosses from the worker too (translated on the main thread).
  if (!parsed.ok)
    return {
      ok: false,
      error: parsed.error,
      ...(parsed.errorRef ? { errorRef: parsed.errorRef } : {}),
      problems: parsed.problems,
    };
  return {
    ok: true,
    dataset: normalizeDataset(parsed.dataset),
    problems: parsed.problems,
    skipped: parsed.skipped,
    format: parsed.format,
  };
}

describe("loading in the worker and on the main thread agree", () => {
  it.each(fixtures.map((f) => [f.name, f.text] as const))("%s", async (name, text) => {
    const { outcome } = await viaWorkerPath(text, name);
    expect(outcome).toEqual(viaMainThread(text, name));
  });

  it("adopting the validator's events gives the same dataset as copying them", () => {
    const text = fixtures.find((f) => f.name === "events.json")!.text;
    const copied = normalizeDataset((parseDatasetText(text) as { dataset: Dataset }).dataset);
    const parsed = parseDatasetText(text) as { dataset: Dataset };
    const first = parsed.dataset.events[0]!;
    const adopted = normalizeDataset(parsed.dataset, { adopt: true });
    expect(adopted).toEqual(copied);
    // Extended in place, not copied.
    expect(adopted.eventById.get(first.id)).toBe(first);
  });

  it("covers datasets that load and files that are refused", async () => {
    const oks = await Promise.all(
      fixtures.map(async (f) => (await viaWorkerPath(f.text, f.name)).outcome.ok),
    );
    expect(oks).toContain(true);
    expect(oks).toContain(false);
  });

  it("sends a large dataset in slices, with rows progress before them", async () => {
    const raw = JSON.parse(fixtures.find((f) => f.name === "events.json")!.text);
    const events = Array.from({ length: 5 }, (_, k) =>
      raw.events.map((e: { id: string }) => ({ ...e, id: `${e.id}-${k}`, related: [] })),
    ).flat();
    const text = JSON.stringify({ ...raw, events });
    const { outcome, messages } = await viaWorkerPath(text, "big.json");
    expect(outcome).toEqual(viaMainThread(text, "big.json"));
    const slices = messages.filter((m) => m.type === "events");
    expect(slices.length).toBe(Math.ceil(events.length / EVENTS_PER_MESSAGE));
    const phases = messages
      .filter((m) => m.type === "progress")
      .map((m) => m.type === "progress" && m.progress.phase);
    expect(phases).toEqual(["parse", "rows"]);
    // The dataset's indexes are rebuilt: the same events, found by id.
    if (outcome.ok)
      expect(outcome.dataset.eventById.get(events[0].id)).toBe(
        outcome.dataset.events.find((e) => e.id === events[0].id),
      );
  });

  it("reports bytes, then rows, when it reads a file", async () => {
    const text = fixtures.find((f) => f.name === "events.json")!.text;
    const messages: LoadMessage[] = [];
    await runLoadJob({ kind: "file", file: new File([text], "events.json") }, (m) => messages.push(m));
    const phases = messages.flatMap((m) => (m.type === "progress" ? [m.progress.phase] : []));
    expect(phases).toEqual(["bytes", "bytes", "parse", "rows"]);
    expect(messages.at(-1)!.type).toBe("done");
  });
});

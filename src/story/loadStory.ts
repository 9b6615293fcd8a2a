/**
 * The built-in story, loaded on demand (a separate chunk: the first view does not
 * pay for it) and validated against the loaded dataset. Never throws.
 */
import { validateStory, type Story } from "../data/storySchema";
import type { Dataset } from "../data/schema";
import type { DataProblem } from "../data/validate";
import { t } from "../i18n/i18n";

export interface LoadedStory {
  story: Story | null;
  /** Why the story cannot run; empty when it can. */
  problems: DataProblem[];
}

let raw: Promise<unknown> | null = null;

function importStory(): Promise<unknown> {
  raw ??= import("../../data/stories/japan-china-asean.json").then(
    (m) => m.default,
    (e: unknown) => {
      raw = null; // a failed chunk load (offline, redeploy) may work on the next try
      throw e;
    },
  );
  return raw;
}

export async function loadStory(ds: Pick<Dataset, "events" | "actors" | "categories">): Promise<LoadedStory> {
  let json: unknown;
  try {
    json = await importStory();
  } catch (e) {
    return {
      story: null,
      problems: [{ path: "", message: t("story.loadFailed", { error: (e as Error).message }) }],
    };
  }
  const { story, problems } = validateStory(json, ds);
  return problems.length ? { story: null, problems } : { story, problems: [] };
}

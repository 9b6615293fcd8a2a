/**
 * Story actions on a timeline store (no React): start, go to a step, leave.
 * Each is one `setState`, so the URL gets one history entry per step.
 */
import type { Story } from "../data/storySchema";
import type { TimelineStore } from "../store/createTimelineStore";
import type { TimelineState } from "../store/types";
import { stepState } from "./steps";
import { loadStory } from "./loadStory";

type Before = Pick<TimelineState, "actors" | "categories" | "q" | "domain" | "selectedId" | "view">;

/** The view before the story started, restored when it ends (per store: embeds do not share). */
const before = new WeakMap<TimelineStore, Before>();

function remember(store: TimelineStore): void {
  const s = store.getState();
  if (s.storyStep !== null || before.has(store)) return;
  before.set(store, {
    actors: s.actors,
    categories: s.categories,
    q: s.q,
    domain: s.domain,
    selectedId: s.selectedId,
    view: s.view,
  });
}

/** Remember the view to restore on leaving, when a story is about to start some other way (a host's goto). */
export function rememberStoryStart(store: TimelineStore): void {
  remember(store);
}

/** Start the story at step `n` (1 by default) on the timeline view. */
export function startStory(store: TimelineStore, story: Story, n = 1): void {
  remember(store);
  store.setState({ ...stepState(story, n), view: "timeline" });
}

/** Move to step `n` (clamped): range, filters and highlighted events in one update. */
export function goToStep(store: TimelineStore, story: Story, n: number): void {
  store.setState(stepState(story, n));
}

/** Show step `n`'s events highlighted without touching the URL-visible state (after Back/Forward). */
export function highlightStep(store: TimelineStore, story: Story, n: number): void {
  store.setState({ highlight: stepState(story, n).highlight });
}

/**
 * Leave the story. The view from before it started comes back when this session
 * started it; a story opened from a link leaves the whole dataset in view.
 */
export function leaveStory(store: TimelineStore): void {
  const prev = before.get(store);
  before.delete(store);
  store.setState({
    storyStep: null,
    highlight: null,
    ...(prev ?? { actors: null, categories: null, q: "", domain: null, selectedId: null }),
  });
}

/** Forget the remembered view (the story ended some other way, e.g. Back). */
export function forgetStoryStart(store: TimelineStore): void {
  before.delete(store);
}

/**
 * The header's Story button: leave the story if one is on, else load and start
 * it. A story that does not validate still opens: its panel says why it cannot run.
 */
export async function toggleStory(store: TimelineStore): Promise<void> {
  if (store.getState().storyStep !== null) {
    leaveStory(store);
    return;
  }
  const ds = store.getState().dataset;
  const { story } = ds ? await loadStory(ds) : { story: null };
  if (story) startStory(store, story);
  else store.getState().setStoryStep(1);
}

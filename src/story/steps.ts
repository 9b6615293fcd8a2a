/**
 * Story stepping as pure functions: which step comes next, what a key means,
 * and what store state a step stands for. No React, no DOM, no store.
 */
import { parsePartialDate } from "../data/dates";
import type { Story } from "../data/storySchema";

/** What a key press asks of a running story. */
export type StoryAction = "next" | "prev" | "first" | "last" | "exit" | "toggle-play";

/** Seconds per step when the story plays by itself. */
export const PACES = [5, 8, 12, 20] as const;
export const DEFAULT_PACE = 8;

/** `n` brought into 1…total (1 when not a finite number). */
export function clampStep(n: number, total: number): number {
  if (total < 1) return 1;
  if (!Number.isFinite(n)) return 1;
  return Math.min(total, Math.max(1, Math.round(n)));
}

/** The step after `current`; with `loop`, the last step wraps to the first; otherwise null at the end. */
export function nextStep(current: number, total: number, loop = false): number | null {
  const c = clampStep(current, total);
  if (c < total) return c + 1;
  return loop && total > 1 ? 1 : null;
}

/** The step before `current`, or null at the first. */
export function prevStep(current: number, total: number): number | null {
  const c = clampStep(current, total);
  return c > 1 ? c - 1 : null;
}

/** Where an action leads from `current`; null when it leads nowhere (already there, or not a move). */
export function targetStep(action: StoryAction, current: number, total: number, loop = false): number | null {
  switch (action) {
    case "next":
      return nextStep(current, total, loop);
    case "prev":
      return prevStep(current, total);
    case "first":
      return clampStep(current, total) === 1 ? null : 1;
    case "last":
      return clampStep(current, total) === total ? null : total;
    default:
      return null;
  }
}

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/**
 * The story's keys. Presentation remotes send PageDown/PageUp (some send arrows,
 * or B / "." to blank the screen, which we leave alone). Shift+arrows pan the
 * chart, so they are not story keys.
 */
export function storyKeyAction(e: KeyLike): StoryAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case "PageDown":
    case " ":
    case "Spacebar":
      return e.shiftKey && e.key !== "PageDown" ? "prev" : "next";
    case "ArrowRight":
      return e.shiftKey ? null : "next";
    case "PageUp":
      return "prev";
    case "ArrowLeft":
      return e.shiftKey ? null : "prev";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "exit";
    case "p":
    case "P":
      return "toggle-play";
    default:
      return null;
  }
}

/** The store state a step stands for. */
export interface StepState {
  storyStep: number;
  domain: readonly [number, number];
  actors: string[] | null;
  categories: string[] | null;
  highlight: string[];
  selectedId: null;
  /** A search would hide the step's events, so a step clears it. */
  q: "";
}

/** State for step `n` (1-based, clamped) of a validated story. */
export function stepState(story: Story, n: number): StepState {
  const i = clampStep(n, story.steps.length);
  const step = story.steps[i - 1]!;
  const from = parsePartialDate(step.from);
  const to = parsePartialDate(step.to);
  // A validated story always has good dates; the fallback keeps this total anyway.
  const domain: readonly [number, number] =
    from && to && to.end > from.start ? [from.start, to.end] : [Date.UTC(1970, 0, 1), Date.UTC(2030, 0, 1)];
  return {
    storyStep: i,
    domain,
    actors: step.actors && step.actors.length ? [...step.actors] : null,
    categories: step.categories && step.categories.length ? [...step.categories] : null,
    highlight: [...step.events],
    selectedId: null,
    q: "",
  };
}

/** True when `highlight` already shows step `n`'s events (the step was applied). */
export function highlightMatches(highlight: readonly string[] | null, story: Story, n: number): boolean {
  if (!highlight) return false;
  const want = story.steps[clampStep(n, story.steps.length) - 1]!.events;
  return want.length === highlight.length && want.every((id, i) => highlight[i] === id);
}

/** "Step 3 of 15" */
export function stepLabel(n: number, total: number): string {
  return `Step ${clampStep(n, total)} of ${total}`;
}

/** Progress 0…1 for a progress bar (1 on the last step). */
export function stepProgress(n: number, total: number): number {
  return total <= 1 ? 1 : (clampStep(n, total) - 1) / (total - 1);
}

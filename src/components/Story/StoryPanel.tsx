import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectIsBuiltInData, selectPresenting, selectStoryStep } from "../../store/selectors";
import { loadStory, type LoadedStory } from "../../story/loadStory";
import { goToStep, highlightStep, leaveStory } from "../../story/storyStore";
import {
  DEFAULT_PACE,
  PACES,
  clampStep,
  highlightMatches,
  nextStep,
  stepProgress,
  storyKeyAction,
  targetStep,
  type StoryAction,
} from "../../story/steps";
import type { NormalizedDataset } from "../../data/normalize";
import { formatDateRange } from "../../data/dates";
import { isActivatable, isEditableTarget } from "./keyTargets";
import "./Story.css";
import { t as tr } from "../../i18n/i18n";
import { describeProblem } from "../../i18n/describeProblem";
import { Rich } from "../../i18n/Rich";
import { TranslationNote } from "../../i18n/TranslationNote";
import { EventImageView } from "../Detail/EventImageView";

/** Put focus back on the header's Story button once the panel is gone. */
function focusStoryButton() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-story-button]")?.focus());
}

/**
 * The story band: caption (step title and narration), counter, progress bar and
 * controls. It sits in the page flow above the chart, never over it, so it can
 * not hide a highlighted event. Lazily loaded with the story data.
 */
export default function StoryPanel() {
  const store = useTimelineStoreApi();
  const ds = useTimelineStore(selectDataset)!;
  const builtIn = useTimelineStore(selectIsBuiltInData);
  const rawStep = useTimelineStore(selectStoryStep);
  const [loaded, setLoaded] = useState<{ ds: NormalizedDataset; result: LoadedStory } | null>(null);

  useEffect(() => {
    let live = true;
    void loadStory(ds).then((result) => {
      if (live) setLoaded({ ds, result });
    });
    return () => {
      live = false;
    };
  }, [ds]);

  const leave = useCallback(() => {
    leaveStory(store);
    focusStoryButton();
  }, [store]);

  if (!builtIn) {
    return <StoryMessage onLeave={leave}>{tr("story.builtInOnly")}</StoryMessage>;
  }
  if (!loaded || loaded.ds !== ds) {
    return (
      <div className="story story--loading" role="status">
        {tr("story.loading")}
      </div>
    );
  }
  const { story, problems } = loaded.result;
  if (!story) {
    return (
      <StoryMessage onLeave={leave}>
        {tr(problems.length > 3 ? "story.cannotMore" : "story.cannot", {
          problems: problems
            .slice(0, 3)
            .map((p) => describeProblem(p, tr))
            .join("; "),
          more: problems.length - 3,
        })}
      </StoryMessage>
    );
  }
  return <StoryRunner story={story} ds={ds} step={rawStep ?? 1} onLeave={leave} />;
}

function StoryMessage({ children, onLeave }: { children: React.ReactNode; onLeave(): void }) {
  return (
    <div className="story story--message" role="alert">
      <p>{children}</p>
      <button type="button" className="btn" onClick={onLeave}>
        {tr("story.leaveThe")}
      </button>
    </div>
  );
}

type LoadedStoryData = NonNullable<LoadedStory["story"]>;

function StoryRunner({
  story,
  ds,
  step: rawStep,
  onLeave,
}: {
  story: LoadedStoryData;
  ds: NormalizedDataset;
  step: number;
  onLeave(): void;
}) {
  const store = useTimelineStoreApi();
  const total = story.steps.length;
  const n = clampStep(rawStep, total);
  const original = story.steps[n - 1]!;
  // The step in the reader's language where the dataset carries a translation of it.
  const storyTr = ds.shown?.translation.story;
  const stepTr = storyTr?.steps?.[n - 1];
  const [showOriginal, setShowOriginal] = useState(false);
  const trTitle = !showOriginal && stepTr?.title?.trim() ? stepTr.title : null;
  const trNarration = !showOriginal && stepTr?.narration?.trim() ? stepTr.narration : null;
  const step = {
    ...original,
    title: trTitle ?? original.title,
    narration: trNarration ?? original.narration,
  };
  const storyTitle = storyTr?.title?.trim() && !showOriginal ? storyTr.title : story.title;
  const shownLang = ds.shown?.lang ?? "en";
  const [playing, setPlaying] = useState(false);
  const [pace, setPace] = useState<number>(DEFAULT_PACE);
  const [loop, setLoop] = useState(false);
  const paceId = useId();
  const applied = useRef(false);
  const panel = useRef<HTMLElement>(null);

  // Starting the story moves focus into it, so Space and → go forward as the keys line says
  // (left on the Story button, Space would press it again and end the story). Focus held
  // elsewhere on purpose (a field, a dialog, the chart) stays where it is.
  useEffect(() => {
    // Never in an embed: focusing inside a frame would pull the host page's focus and scroll.
    if (store.getState().mode !== "app") return;
    const a = document.activeElement;
    if (!a || a === document.body || (a instanceof HTMLElement && a.matches("[data-story-button]")))
      panel.current?.focus({ preventScroll: true });
  }, [store]);

  // Bring the store in line with the step. Moves made here set everything at once;
  // a step that arrives from a link applies its range and filters once; after
  // Back/Forward the URL already carries them, so only the highlight is restored.
  useEffect(() => {
    const s = store.getState();
    if (!applied.current || n !== rawStep) {
      applied.current = true;
      if (n !== rawStep || !highlightMatches(s.highlight, story, n)) goToStep(store, story, n);
      return;
    }
    if (!highlightMatches(s.highlight, story, n)) highlightStep(store, story, n);
  }, [store, story, n, rawStep]);

  const act = useCallback(
    (action: StoryAction) => {
      if (action === "exit") {
        setPlaying(false);
        onLeave();
        return;
      }
      if (action === "toggle-play") {
        if (!playing && n === total && !loop) goToStep(store, story, 1);
        setPlaying(!playing);
        return;
      }
      const to = targetStep(action, n, total, loop);
      if (to !== null) goToStep(store, story, to);
    },
    [n, total, loop, playing, store, story, onLeave],
  );

  // Keys anywhere on the page, except in fields and dialogs, and except those the
  // chart used itself (arrows move between events when a mark has focus).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isEditableTarget(e.target)) return;
      const action = storyKeyAction(e);
      // Autoplay stops when someone touches a key (any key but P, which toggles it).
      if (action !== "toggle-play") setPlaying(false);
      if (!action || e.defaultPrevented) return;
      if ((e.key === " " || e.key === "Spacebar") && isActivatable(e.target)) return;
      e.preventDefault();
      act(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [act]);

  // Autoplay: one step per `pace` seconds; at the end, loop or stop.
  useEffect(() => {
    if (!playing) return;
    const t = setTimeout(() => {
      const to = nextStep(n, total, loop);
      if (to === null) setPlaying(false);
      else goToStep(store, story, to);
    }, pace * 1000);
    return () => clearTimeout(t);
  }, [playing, n, total, loop, pace, store, story]);

  const label = tr("story.stepOf", { n: clampStep(n, total), total });
  const atStart = n === 1;
  const atEnd = n === total && !loop;

  return (
    <section
      ref={panel}
      className="story"
      aria-label={tr("story.label", { title: storyTitle })}
      data-step={n}
      tabIndex={-1}
    >
      <div className="story-head">
        <p className="story-kicker">
          <span className="story-name" lang={storyTitle === story.title ? "en" : shownLang}>
            {storyTitle}
          </span>
          <span className="story-count">{label}</span>
        </p>
        <div
          className="story-progress"
          role="progressbar"
          aria-label={tr("story.progress")}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={n}
          aria-valuetext={label}
        >
          <div className="story-progress-bar" style={{ width: `${stepProgress(n, total) * 100}%` }} />
        </div>
        <div className="story-controls" role="group" aria-label={tr("story.controls")}>
          <button
            type="button"
            className="btn"
            aria-disabled={atStart}
            aria-keyshortcuts="PageUp ArrowLeft"
            onClick={() => {
              setPlaying(false);
              if (!atStart) act("prev");
            }}
          >
            <span aria-hidden="true">← </span>
            {tr("story.prev")}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            aria-disabled={atEnd}
            aria-keyshortcuts="PageDown ArrowRight Space"
            onClick={() => {
              setPlaying(false);
              if (!atEnd) act("next");
            }}
          >
            {tr("story.next")}
            <span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="btn story-play"
            aria-keyshortcuts="P"
            onClick={() => act("toggle-play")}
          >
            {playing ? tr("story.pause") : tr("story.play")}
          </button>
          <span className="story-pace">
            <label htmlFor={paceId}>{tr("story.pace")}</label>
            <select id={paceId} value={pace} onChange={(e) => setPace(Number(e.target.value))}>
              {PACES.map((p) => (
                <option key={p} value={p}>
                  {tr("story.seconds", { n: p })}
                </option>
              ))}
            </select>
          </span>
          <label className="story-loop">
            <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />{" "}
            {tr("story.loop")}
          </label>
          <button
            type="button"
            className="btn story-leave"
            aria-keyshortcuts="Escape"
            onClick={() => act("exit")}
          >
            {tr("story.leave")}
          </button>
        </div>
      </div>
      <div className="story-caption" aria-live="polite" aria-atomic="true">
        <h2 className="story-title" lang={trTitle ? shownLang : "en"}>
          {step.title}
        </h2>
        <p className="story-narration" lang={trNarration ? shownLang : "en"}>
          {step.narration}
        </p>
      </div>
      {stepTr && (stepTr.title || stepTr.narration) && (
        <TranslationNote original={showOriginal} onToggle={() => setShowOriginal((o) => !o)} />
      )}
      <StoryBasis ids={step.basedOn} ds={ds} />
      <p className="story-keys">
        <Rich
          id="story.keys"
          parts={{
            next: (
              <>
                <kbd>PageDown</kbd> <kbd>→</kbd> <kbd>Space</kbd>
              </>
            ),
            prev: (
              <>
                <kbd>PageUp</kbd> <kbd>←</kbd>
              </>
            ),
            ends: (
              <>
                <kbd>Home</kbd> <kbd>End</kbd>
              </>
            ),
            play: <kbd>P</kbd>,
            present: <kbd>F</kbd>,
            leave: <kbd>Esc</kbd>,
          }}
        />
      </p>
    </section>
  );
}

/** Phones and presenting: the list starts folded, so the chart keeps its room; one tap unfolds it. */
const FOLDED_QUERY = "(max-width: 640px)";
const startsFolded = (presenting: boolean) =>
  presenting || Boolean(window.matchMedia?.(FOLDED_QUERY).matches);

/**
 * "Based on: …" — the events the step's narration rests on, each opening its detail
 * (summary, note, sources), so a reader can check every sentence against the documents.
 * Outside the caption's live region: a step change announces the narration, not the list.
 */
function StoryBasis({ ids, ds }: { ids: readonly string[]; ds: NormalizedDataset }) {
  const store = useTimelineStoreApi();
  const labelId = useId();
  const presenting = useTimelineStore(selectPresenting);
  const [open, setOpen] = useState(() => !startsFolded(presenting));
  // Entering or leaving presentation folds or unfolds it again.
  useEffect(() => setOpen(!startsFolded(presenting)), [presenting]);
  const events = ids.map((id) => ds.eventById.get(id)).filter((e) => e !== undefined);
  if (events.length === 0) return null;
  // The step's first event with a picture shows it beside the narration.
  const pictured = events.find((e) => e.image);
  return (
    <details className="story-basis" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="story-basis-label" id={labelId}>
          {tr("story.basedOn")}
        </span>
        {!open && ` ${tr("count.events", { count: events.length })}`}
      </summary>
      <ul className="story-basis-list" aria-labelledby={labelId}>
        {events.map((ev) => (
          <li key={ev.id}>
            <button
              type="button"
              className="btn btn--link"
              data-basis-id={ev.id}
              onClick={() => store.getState().select(ev.id)}
            >
              {formatDateRange(ev.date, ev.end)}{" "}
              <span lang={ev.translated?.original.title !== undefined ? ev.translated.lang : "en"}>
                {ev.title}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {pictured && <EventImageView image={pictured.image!} className="event-image event-image--story" />}
    </details>
  );
}

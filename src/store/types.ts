/** The store's state, assembled from slices. */
import type { NormalizedDataset } from "../data/normalize";
import type { DataProblem } from "../data/validate";
import type { DateOrder } from "../data/readDate";
import type { Theme, View } from "../url/urlState";
import type { Locale } from "../i18n/locales";
import type { LoadErrorRef } from "../i18n/describeProblem";

export type Mode = "app" | "embed";
export type Domain = readonly [number, number];

/** "parse": reading and checking rows (no count yet); "rows": rows handed to the page. */
export type LoadPhase = "bytes" | "parse" | "rows";

export interface DataSlice {
  dataset: NormalizedDataset | null;
  /** The `data=` URL, or null for the built-in dataset (or a dropped file). */
  dataUrl: string | null;
  /** Name of a dropped/picked file, when the dataset came from one. */
  dataFileName: string | null;
  /** True when the dataset came from a share link's `#d1.` fragment (src/share/shareCodec.ts). */
  dataShared: boolean;
  load: {
    status: "loading" | "ready" | "error";
    loaded: number;
    total: number | null;
    /** The error as text, in the language of the moment it was set (see `errorRef`). */
    error: string | null;
    /** The error as data, translated where it is shown so that a language switch re-words it. */
    errorRef?: LoadErrorRef;
    /** What `loaded`/`total` count while loading: bytes downloaded, then rows prepared. */
    phase?: LoadPhase;
    /** Why a refused file was refused, row by row (shown with `error`). */
    problems?: DataProblem[];
  };
  /** How "03/04/1945" is read in the next load (Open dataset's choice); from the browser's locale. */
  dateOrder: DateOrder;
  setDateOrder(order: DateOrder): void;
  problems: DataProblem[];
  skipped: number;
  /** Counts `setDataset` calls: the app remounts its views on a new dataset (see App.tsx). */
  datasetVersion: number;
  setLoading(progress?: { loaded: number; total: number | null; phase?: LoadPhase }): void;
  /** A refusal: text (already in the reader's language), or a reference translated where shown. */
  setLoadError(error: string | LoadErrorRef, problems?: DataProblem[]): void;
  /** The load in flight was cancelled: back to the dataset shown before, or an error if none. */
  cancelLoading(): void;
  setDataset(
    ds: NormalizedDataset,
    info?: {
      dataUrl?: string | null;
      fileName?: string | null;
      shared?: boolean;
      problems?: DataProblem[];
      skipped?: number;
      /** The editor's live updates: keep the views mounted (and the editor's focus) instead of remounting. */
      keepViews?: boolean;
    },
  ): void;
  dismissProblems(): void;
}

export interface FilterSlice {
  /** Actor ids shown; null = all. */
  actors: string[] | null;
  /** Category ids shown; null = all. */
  categories: string[] | null;
  q: string;
  toggleActor(id: string): void;
  setActors(ids: string[] | null): void;
  toggleCategory(id: string): void;
  setCategories(ids: string[] | null): void;
  setQuery(q: string): void;
  resetFilters(): void;
}

export interface ViewSlice {
  /** Visible time domain in UTC ms; null = the whole dataset. */
  domain: Domain | null;
  /** True while a zoom/pan gesture is in progress (URL uses replaceState). */
  zooming: boolean;
  setDomain(domain: Domain | null, opts?: { zooming?: boolean }): void;
}

export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  /** Events a story step points at (others are muted), or null. */
  highlight: string[] | null;
  select(id: string | null): void;
  hover(id: string | null): void;
  setHighlight(ids: string[] | null): void;
}

export interface UiSlice {
  view: View;
  mode: Mode;
  /** Explicit theme; null follows the system preference. */
  theme: Theme | null;
  /** Story step (1-based) when the story is on, else null. */
  storyStep: number | null;
  filtersOpen: boolean;
  /** Presentation layout (fullscreen when allowed): controls hidden, type scaled up. Not in the URL. */
  presenting: boolean;
  setView(view: View): void;
  setTheme(theme: Theme | null): void;
  setStoryStep(step: number | null): void;
  setFiltersOpen(open: boolean): void;
  setPresenting(presenting: boolean): void;
  /** The Table limited to these events (Compare's "who moved first" pairs), or null. Not in the URL. */
  tableOnly: { ids: string[]; label: string } | null;
  setTableOnly(only: { ids: string[]; label: string } | null): void;
  /** Interface language (from the URL, the browser, or the language menu). */
  lang: Locale;
  setLang(lang: Locale): void;
  /** The editor is open (`edit=1`). */
  editing: boolean;
  setEditing(editing: boolean): void;
}

export type TimelineState = DataSlice & FilterSlice & ViewSlice & SelectionSlice & UiSlice;

/** What a store can be created with (from the URL or mount options). */
export interface InitialState {
  dataset?: NormalizedDataset | null;
  dataUrl?: string | null;
  actors?: string[] | null;
  categories?: string[] | null;
  q?: string;
  domain?: Domain | null;
  selectedId?: string | null;
  view?: View;
  mode?: Mode;
  theme?: Theme | null;
  storyStep?: number | null;
  lang?: Locale;
  editing?: boolean;
}

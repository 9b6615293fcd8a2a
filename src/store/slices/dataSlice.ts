import type { StateCreator } from "zustand";
import { dateOrderOfLocale } from "../../data/dateOrder";
import { showActorShapes } from "../../data/actorShapes";
import type { LoadErrorRef } from "../../i18n/describeProblem";
import { ref } from "../../data/messageRef";
import type { DataSlice, InitialState, TimelineState } from "../types";

const CANCELLED: LoadErrorRef = { error: "Loading was cancelled.", errorRef: ref("load.cancelled") };

export const createDataSlice =
  (init: InitialState): StateCreator<TimelineState, [], [], DataSlice> =>
  (set, get) => ({
    // The chart draws the dataset on screen: its actors' shapes are assigned with it.
    dataset: init.dataset ? (showActorShapes(init.dataset.actors), init.dataset) : null,
    dataUrl: init.dataUrl ?? null,
    dataFileName: null,
    dataShared: false,
    load: { status: init.dataset ? "ready" : "loading", loaded: 0, total: null, error: null },
    problems: [],
    skipped: 0,
    datasetVersion: init.dataset ? 1 : 0,
    setLoading: (progress) =>
      set({
        load: {
          status: "loading",
          loaded: progress?.loaded ?? 0,
          total: progress?.total ?? null,
          error: null,
          ...(progress?.phase ? { phase: progress.phase } : {}),
        },
      }),
    cancelLoading: () =>
      set({
        load: get().dataset
          ? { status: "ready", loaded: 0, total: null, error: null }
          : {
              status: "error",
              loaded: 0,
              total: null,
              error: CANCELLED.error,
              errorRef: CANCELLED,
            },
      }),
    // A reference is kept with its English, and worded where it shows (the refusal, the Open dataset
    // dialog: both load with the importer's messages, never with the first view), so it reads in
    // the language shown then. A plain string stays as given.
    setLoadError: (error, problems = []) => {
      const { errorRef: _old, ...load } = get().load;
      void _old;
      set({
        load:
          typeof error === "string"
            ? { ...load, status: "error", error, problems }
            : { ...load, status: "error", error: error.error, errorRef: error, problems },
      });
    },
    dateOrder: dateOrderOfLocale(typeof navigator !== "undefined" ? navigator.language : undefined),
    setDateOrder: (dateOrder) => set({ dateOrder }),
    setDataset: (ds, info = {}) => {
      const prev = get();
      showActorShapes(ds.actors);
      // Drop filter values and a selection that the new dataset does not have.
      const keep = (ids: string[] | null, known: Map<string, unknown>) => {
        if (ids === null) return null;
        const kept = ids.filter((id) => known.has(id));
        return kept.length ? kept : null;
      };
      set({
        dataset: ds,
        dataUrl: info.dataUrl !== undefined ? info.dataUrl : prev.dataUrl,
        dataFileName: info.fileName ?? null,
        dataShared: info.shared ?? false,
        load: { status: "ready", loaded: 0, total: null, error: null },
        problems: info.problems ?? [],
        skipped: info.skipped ?? 0,
        datasetVersion: info.keepViews && prev.dataset ? prev.datasetVersion : prev.datasetVersion + 1,
        actors: keep(prev.actors, ds.actorById),
        categories: keep(prev.categories, ds.categoryById),
        selectedId: prev.selectedId && ds.eventById.has(prev.selectedId) ? prev.selectedId : null,
        hoveredId: null,
      });
    },
    dismissProblems: () => set({ problems: [], skipped: 0 }),
  });

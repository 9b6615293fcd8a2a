import type { StateCreator } from "zustand";
import type { InitialState, TimelineState, UiSlice } from "../types";

export const createUiSlice =
  (init: InitialState): StateCreator<TimelineState, [], [], UiSlice> =>
  (set) => ({
    view: init.view ?? "timeline",
    mode: init.mode ?? "app",
    theme: init.theme ?? null,
    storyStep: init.storyStep ?? null,
    filtersOpen: false,
    presenting: false,
    tableOnly: null,
    lang: init.lang ?? "en",
    editing: init.editing ?? false,
    setView: (view) => set({ view }),
    setTheme: (theme) => set({ theme }),
    setStoryStep: (storyStep) => set({ storyStep }),
    setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
    setPresenting: (presenting) => set({ presenting }),
    setTableOnly: (tableOnly) => set({ tableOnly }),
    setLang: (lang) => set({ lang }),
    setEditing: (editing) => set({ editing }),
  });

import type { StateCreator } from "zustand";
import type { InitialState, SelectionSlice, TimelineState } from "../types";

export const createSelectionSlice =
  (init: InitialState): StateCreator<TimelineState, [], [], SelectionSlice> =>
  (set) => ({
    selectedId: init.selectedId ?? null,
    hoveredId: null,
    highlight: null,
    select: (id) => set({ selectedId: id }),
    hover: (id) => set({ hoveredId: id }),
    setHighlight: (highlight) => set({ highlight }),
  });

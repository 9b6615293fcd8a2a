import type { StateCreator } from "zustand";
import type { InitialState, TimelineState, ViewSlice } from "../types";

export const createViewSlice =
  (init: InitialState): StateCreator<TimelineState, [], [], ViewSlice> =>
  (set) => ({
    domain: init.domain ?? null,
    zooming: false,
    setDomain: (domain, opts) => set({ domain, zooming: opts?.zooming ?? false }),
  });

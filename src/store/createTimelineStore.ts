/**
 * The store factory: one store per app instance (and per test), never a module
 * singleton, so several embeds on one page do not interfere.
 */
import { createStore } from "zustand/vanilla";
import { subscribeWithSelector } from "zustand/middleware";
import type { InitialState, TimelineState } from "./types";
import { createDataSlice } from "./slices/dataSlice";
import { createFilterSlice } from "./slices/filterSlice";
import { createViewSlice } from "./slices/viewSlice";
import { createSelectionSlice } from "./slices/selectionSlice";
import { createUiSlice } from "./slices/uiSlice";

export function createTimelineStore(init: InitialState = {}) {
  return createStore<TimelineState>()(
    subscribeWithSelector((...a) => ({
      ...createDataSlice(init)(...a),
      ...createFilterSlice(init)(...a),
      ...createViewSlice(init)(...a),
      ...createSelectionSlice(init)(...a),
      ...createUiSlice(init)(...a),
    })),
  );
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;

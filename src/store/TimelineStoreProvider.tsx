import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { TimelineStore } from "./createTimelineStore";
import type { TimelineState } from "./types";

const StoreContext = createContext<TimelineStore | null>(null);

export function TimelineStoreProvider({ store, children }: { store: TimelineStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store instance (for actions and imperative reads). */
export function useTimelineStoreApi(): TimelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useTimelineStore must be used inside <TimelineStoreProvider>.");
  return store;
}

/** Read a slice of state with a named selector from selectors.ts. */
export function useTimelineStore<T>(selector: (s: TimelineState) => T): T {
  return useStore(useTimelineStoreApi(), selector);
}

/** The store instance, or null outside a provider (components that also work on their own). */
export function useTimelineStoreApiOptional(): TimelineStore | null {
  return useContext(StoreContext);
}

import type { StateCreator } from "zustand";
import type { FilterSlice, InitialState, TimelineState } from "../types";

/** Toggle `id` in a "null means all" list, given every possible id. */
export function toggleInList(current: string[] | null, id: string, all: string[]): string[] | null {
  const base = current ?? all;
  const next = base.includes(id) ? base.filter((x) => x !== id) : [...base, id];
  // Keep the dataset's order so URLs are stable; everything ticked means "all".
  const ordered = all.filter((x) => next.includes(x));
  return ordered.length === all.length ? null : ordered;
}

export const createFilterSlice =
  (init: InitialState): StateCreator<TimelineState, [], [], FilterSlice> =>
  (set, get) => ({
    actors: init.actors ?? null,
    categories: init.categories ?? null,
    q: init.q ?? "",
    toggleActor: (id) => {
      const all = get().dataset?.actors.map((a) => a.id) ?? [];
      set({ actors: toggleInList(get().actors, id, all) });
    },
    setActors: (ids) => set({ actors: ids && ids.length ? ids : null }),
    toggleCategory: (id) => {
      const all = get().dataset?.categories.map((c) => c.id) ?? [];
      set({ categories: toggleInList(get().categories, id, all) });
    },
    setCategories: (ids) => set({ categories: ids && ids.length ? ids : null }),
    setQuery: (q) => set({ q }),
    resetFilters: () => set({ actors: null, categories: null, q: "" }),
  });

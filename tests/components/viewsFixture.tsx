/** Shared by the view tests: the real dataset in a fresh store, rendered inside its provider. */
import type { ReactNode } from "react";
import { render } from "@testing-library/react";
import rawDataset from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset, type NormalizedDataset } from "../../src/data/normalize";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import type { InitialState } from "../../src/store/types";

export const realDataset: NormalizedDataset = normalizeDataset(validateDataset(rawDataset).dataset!);

export function renderWithStore(ui: ReactNode, init: InitialState = {}) {
  const store = createTimelineStore({ dataset: realDataset, ...init });
  const utils = render(<TimelineStoreProvider store={store}>{ui}</TimelineStoreProvider>);
  return { store, ...utils };
}

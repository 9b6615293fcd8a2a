/**
 * A load error is kept as a message reference, so it reads in the language shown now: switching
 * language after a refusal or a cancelled load re-words the headline (issue 15).
 */
import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LoadStatus } from "../../src/components/Status/LoadStatus";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import { activateLocale, t } from "../../src/i18n/i18n";
import { parseDatasetText } from "../../src/data/parseDataset";

afterEach(() => activateLocale("en"));

function renderStatus() {
  const store = createTimelineStore({});
  render(
    <TimelineStoreProvider store={store}>
      <LoadStatus />
    </TimelineStoreProvider>,
  );
  return store;
}

describe("a load error follows the language", () => {
  it("a cancelled load re-words itself after a switch", async () => {
    const store = renderStatus();
    act(() => store.getState().cancelLoading());
    expect(store.getState().load.errorRef?.errorRef?.key).toBe("load.cancelled");
    // The refusal's words load with it (their own chunk): the first time may take a moment.
    expect(await screen.findByRole("alert", {}, { timeout: 15_000 })).toHaveTextContent(
      "Loading was cancelled.",
    );
    await act(() => activateLocale("ja"));
    expect(await screen.findByRole("alert")).toHaveTextContent(t("load.cancelled"));
    expect(await screen.findByRole("alert")).not.toHaveTextContent("Loading was cancelled.");
  });

  it("a refused file's headline and problems switch language too", async () => {
    const store = renderStatus();
    const o = parseDatasetText("date,title,actors,source\n31/31/2000,A,Japan,Book\nsoon,B,Japan,Book\n", {
      filename: "x.csv",
    });
    if (o.ok) throw new Error("expected a refusal");
    act(() =>
      store
        .getState()
        .setLoadError({ error: o.error, ...(o.errorRef ? { errorRef: o.errorRef } : {}) }, o.problems),
    );
    expect(await screen.findByRole("alert", {}, { timeout: 15_000 })).toHaveTextContent(
      "None of the 2 rows could be used",
    );
    await act(() => activateLocale("th"));
    expect(await screen.findByRole("alert")).toHaveTextContent(t("import.noneRows", { count: 2 }));
    expect(await screen.findByText(/^แถว 2: date/)).toBeInTheDocument();
  });
});

import "fake-indexeddb/auto";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createStore, del, entries, get, set } from "idb-keyval";
import DraftOffer, { newestDraft } from "../../src/editor/DraftOffer";
import { draftStorage, type DraftSummary } from "../../src/editor/draftStorage";
import { emptyDraft } from "../../src/editor/draft";
import { takeResume } from "../../src/editor/resume";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import { createTimelineStore } from "../../src/store/createTimelineStore";

const summary: DraftSummary = { id: "d1", name: "Meiji era", updatedAt: 1000, events: 3 };

function renderOffer(lookup: () => Promise<DraftSummary | null>) {
  const store = createTimelineStore({});
  render(
    <TimelineStoreProvider store={store}>
      <button type="button" className="edit-action">
        Edit
      </button>
      <DraftOffer lookup={lookup} />
    </TimelineStoreProvider>,
  );
  return store;
}

describe("the return-to-draft offer", () => {
  it("names the newest draft and opens the editor on it", async () => {
    const user = userEvent.setup();
    const store = renderOffer(() => Promise.resolve(summary));
    const offer = await screen.findByRole("complementary", { name: "Saved draft" });
    expect(offer).toHaveTextContent("3 events");
    await user.click(screen.getByRole("button", { name: "Continue editing “Meiji era”" }));
    expect(store.getState().editing).toBe(true);
    expect(takeResume()).toBe("d1");
    expect(screen.queryByRole("complementary", { name: "Saved draft" })).toBeNull();
  });

  it("can be dismissed, and shows nothing without a draft", async () => {
    const user = userEvent.setup();
    const store = renderOffer(() => Promise.resolve(summary));
    await user.click(await screen.findByRole("button", { name: "Not now" }));
    expect(screen.queryByRole("complementary")).toBeNull();
    expect(store.getState().editing).toBe(false);
    expect(takeResume()).toBeNull();
  });

  it("shows nothing when there is no draft", async () => {
    let asked = false;
    renderOffer(() => {
      asked = true;
      return Promise.resolve(null);
    });
    await waitFor(() => expect(asked).toBe(true));
    expect(screen.queryByRole("complementary")).toBeNull();
  });
});

describe("newestDraft", () => {
  it("finds the newest saved draft", async () => {
    const kv = createStore("offer-test", "drafts");
    const storage = draftStorage({
      get: (k) => get(k, kv),
      set: (k, v) => set(k, v, kv),
      del: (k) => del(k, kv),
      entries: () => entries(kv),
    });
    await storage.save(emptyDraft("Old", 1000));
    await storage.save(emptyDraft("New", 2000));
    expect((await newestDraft(() => storage))?.name).toBe("New");
  });

  it("is null, never an error, where storage is refused", async () => {
    expect(
      await newestDraft(() => {
        throw Object.assign(new Error("denied"), { name: "SecurityError" });
      }),
    ).toBeNull();
    expect(
      await newestDraft(() => ({ ...draftStorage({} as never), list: () => Promise.reject(new Error("x")) })),
    ).toBeNull();
  });
});

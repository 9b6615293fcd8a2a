import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import { ShareAction } from "../../src/components/Share/ShareAction";
import { SharedMark } from "../../src/components/Share/SharedMark";
import { decodeShareDataset } from "../../src/share/shareCodec";
import { normalizeDataset } from "../../src/data/normalize";
import { smallDataset } from "../fixtures/small";
import small from "../fixtures/events.small.json";
import type { Dataset } from "../../src/data/schema";

function setup(info: { fileName?: string; shared?: boolean } | null, ds = smallDataset()) {
  const store = createTimelineStore({ view: "table", actors: ["japan"] });
  store.getState().setDataset(ds, { dataUrl: null, ...(info ?? {}) });
  render(
    <TimelineStoreProvider store={store}>
      <ShareAction />
      <SharedMark onBuiltIn={() => undefined} />
    </TimelineStoreProvider>,
  );
  return store;
}

async function openDialog() {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "Share link" }));
  const dialog = await screen.findByRole("dialog", { name: "Share this timeline as a link" });
  const field = (await within(dialog).findByLabelText(
    "Share link",
    {},
    { timeout: 10_000 },
  )) as HTMLTextAreaElement;
  return { user, dialog, field };
}

describe("Share link", () => {
  it("carries a timeline from a file in the #d1. fragment, with the view, and says how long it is", async () => {
    setup({ fileName: "events.small.json" });
    const { dialog, field } = await openDialog();
    const url = new URL(field.value);
    expect(url.search).toBe("?view=table&actors=japan");
    expect(url.hash).toMatch(/^#d1\.[A-Za-z0-9_-]+$/);
    const back = await decodeShareDataset(url.hash);
    expect(back.ok && back.dataset.events.map((e) => e.id).sort()).toEqual(
      small.events.map((e) => e.id).sort(),
    );
    expect(
      within(dialog).getByText(new RegExp(`^${field.value.length.toLocaleString("en")} characters`)),
    ).toBeVisible();
    expect(within(dialog).queryByRole("button", { name: "Download file (JSON)" })).toBeNull();
    // The page marks the timeline as not the built-in one.
    expect(
      await screen.findByRole("complementary", { name: "Where this timeline comes from" }),
    ).toHaveTextContent(/Opened from a file \(events\.small\.json\)/);
  });

  it("past 8,000 characters says so and offers the file or a data= address", async () => {
    // Random summaries do not compress: a long link.
    let seed = 7;
    const noise = () =>
      Array.from({ length: 1100 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(33 + (seed % 90));
      }).join("");
    const big = {
      ...(small as Dataset),
      events: small.events.map((e) => ({ ...e, summary: noise() })),
    } as Dataset;
    setup({ shared: true }, normalizeDataset({ ...big, eras: big.eras ?? [] }));
    const { user, dialog, field } = await openDialog();
    expect(field.value.length).toBeGreaterThan(8000);
    expect(within(dialog).getByText(/This link is long/)).toBeVisible();
    expect(within(dialog).getByRole("button", { name: "Download file (JSON)" })).toBeEnabled();
    await user.type(
      within(dialog).getByLabelText(/Address of the file once it is on the web/),
      "https://example.org/t.json",
    );
    const short = within(dialog).getByLabelText("Link with the file's address") as HTMLTextAreaElement;
    expect(short.value).toMatch(/\?view=table&actors=japan&data=https%3A%2F%2Fexample\.org%2Ft\.json$/);
    expect(screen.getByRole("complementary", { name: "Where this timeline comes from" })).toHaveTextContent(
      /Shared timeline: made by whoever sent you this link/,
    );
  });

  it("the built-in timeline's link holds only the view, and nothing is marked", async () => {
    setup(null);
    const { field } = await openDialog();
    expect(field.value).toMatch(/\?view=table&actors=japan$/);
    expect(screen.queryByRole("complementary", { name: "Where this timeline comes from" })).toBeNull();
  });
});

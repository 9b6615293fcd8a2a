import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import { EmbedAction } from "../../src/components/Header/EmbedAction";
import { OpenFullLink } from "../../src/components/Embed/OpenFullLink";

function renderWith(node: React.ReactNode, init: Parameters<typeof createTimelineStore>[0] = {}) {
  const store = createTimelineStore(init);
  render(<TimelineStoreProvider store={store}>{node}</TimelineStoreProvider>);
  return store;
}

describe("EmbedAction", () => {
  it("opens a dialog whose code follows the current state and the choices", async () => {
    const user = userEvent.setup();
    renderWith(<EmbedAction />, { actors: ["japan"], view: "table" });
    await user.click(screen.getByRole("button", { name: "Embed" }));
    const dialog = await screen.findByRole("dialog", { name: "Embed this timeline" });
    const code = await within(dialog).findByLabelText("iframe code");
    expect((code as HTMLTextAreaElement).value).toMatch(/\?view=table&amp;actors=japan&amp;embed=1"/);

    await user.selectOptions(within(dialog).getByLabelText("View", { exact: true }), "figures");
    await user.selectOptions(within(dialog).getByLabelText("Theme", { exact: true }), "contrast");
    expect((code as HTMLTextAreaElement).value).toMatch(/view=figures/);
    expect((code as HTMLTextAreaElement).value).toMatch(/theme=contrast/);
    expect((within(dialog).getByLabelText(/^Script/) as HTMLTextAreaElement).value).toMatch(
      /soft-power-timeline:resize/,
    );

    // Fixed height without shareable links: plain HTML, no script.
    await user.click(within(dialog).getByRole("radio", { name: "Fixed" }));
    await user.click(within(dialog).getByRole("checkbox", { name: /Shareable links/ }));
    expect((code as HTMLTextAreaElement).value).toMatch(/height:520px/);
    expect(within(dialog).queryByLabelText(/^Script/)).toBeNull();
    expect(within(dialog).getByTitle("Preview of the embedded timeline")).toHaveAttribute(
      "src",
      expect.stringMatching(/embed=1/),
    );

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Embed" })).toHaveFocus();
  });

  it("is not offered inside an embed", () => {
    renderWith(<EmbedAction />, { mode: "embed" });
    expect(screen.queryByRole("button", { name: "Embed" })).toBeNull();
  });
});

describe("OpenFullLink", () => {
  it("links to the same view without embed=1, in a new tab", () => {
    renderWith(<OpenFullLink />, { mode: "embed", view: "table", q: "ODA" });
    const link = screen.getByRole("link", { name: /^Open full timeline/ });
    expect(link).toHaveAttribute("href", "?view=table&q=ODA");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAccessibleName(/opens in a new tab/);
  });
});

describe("EmbedDialog: one line", () => {
  it("offers embed.js as a one-line alternative to the script", async () => {
    const user = userEvent.setup();
    renderWith(<EmbedAction />);
    await user.click(screen.getByRole("button", { name: "Embed" }));
    const dialog = await screen.findByRole("dialog", { name: "Embed this timeline" });
    const line = (await within(dialog).findByLabelText(/one line for every timeline/)) as HTMLTextAreaElement;
    expect(line.value).toMatch(/^<script src="[^"]*\/embed\.js" async><\/script>$/);
  });
});

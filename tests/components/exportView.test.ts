import { describe, expect, it } from "vitest";
import { buildViewSvg } from "../../src/components/Export/exportView";

describe("buildViewSvg", () => {
  it("wraps the view's HTML in a titled, credited SVG, without widgets or hidden text", () => {
    const host = document.createElement("div");
    host.innerHTML = `<div class="table-wrap"><table><caption>2 of 2 events</caption>
      <tbody><tr><td>2003</td><td><button tabindex="0" onclick="x()">Tokyo Declaration</button></td></tr></tbody></table>
      <input value="q"><p class="visually-hidden">Sorted</p></div>`;
    document.body.appendChild(host);
    const out = buildViewSvg({
      root: host.firstElementChild as HTMLElement,
      sources: [{ title: "Soft power and the contest", year: 2009 }],
      view: {
        title: "Soft Power Timeline",
        datasetTitle: "Soft Power Timeline",
        isCustom: false,
        actors: null,
        categories: null,
        q: "",
        from: "1947",
        to: "2026",
        rangeLabel: "1947 – 2026",
        count: 2,
        total: 2,
        storyStep: null,
      },
      url: "https://example.org/?view=table",
      date: "1 December 2026",
    });
    expect(out.svg).toMatch(/^<\?xml/);
    const doc = new DOMParser().parseFromString(out.svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const fo = doc.querySelector("foreignObject")!;
    expect(fo.textContent).toContain("Tokyo Declaration");
    expect(fo.querySelector("input")).toBeNull();
    expect(fo.textContent).not.toContain("Sorted");
    expect(out.svg).not.toMatch(/tabindex|onclick|class=/);
    expect(doc.documentElement.textContent).toContain("Sources: Soft power and the contest (2009)");
    host.remove();
  });
});

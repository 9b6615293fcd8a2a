import { describe, expect, it, beforeEach } from "vitest";
import {
  AUTO_START_HEIGHT,
  clampHeight,
  embedQuery,
  embedSrc,
  fullSnippet,
  hostScript,
  iframeCode,
  type SnippetOptions,
} from "../../src/embed/hostSnippet";

const base: SnippetOptions = {
  appUrl: "https://example.org/timeline/",
  query: "view=table&actors=japan,china",
  title: "Soft Power Timeline",
  height: "auto",
  deepLinks: true,
};

describe("embedQuery / embedSrc", () => {
  it("adds embed=1 once, keeps readable commas", () => {
    expect(embedQuery("view=table&actors=japan,china")).toBe("view=table&actors=japan,china&embed=1");
    expect(embedQuery("?embed=1&view=table")).toBe("view=table&embed=1");
    expect(embedQuery("")).toBe("embed=1");
  });
  it("drops the app URL's own query and hash", () => {
    expect(embedSrc("https://x.org/app/?view=figures#top", "q=ODA")).toBe("https://x.org/app/?q=ODA&embed=1");
    expect(embedSrc("file:///C:/tl/index.html", "")).toBe("file:///C:/tl/index.html?embed=1");
  });
});

describe("iframeCode", () => {
  it("prints an iframe for the state with embed=1, a title and a starting height", () => {
    const code = iframeCode(base);
    expect(code).toContain('id="soft-power-timeline"');
    expect(code).toContain(
      'src="https://example.org/timeline/?view=table&amp;actors=japan,china&amp;embed=1"',
    );
    expect(code).toContain('title="Soft Power Timeline"');
    expect(code).toContain(`height:${AUTO_START_HEIGHT}px`);
    expect(code).toMatch(/<\/iframe>$/);
  });
  it("escapes attribute values", () => {
    const code = iframeCode({ ...base, title: 'Aid "and" <trade> & more', query: 'q="><script>' });
    expect(code).toContain('title="Aid &quot;and&quot; &lt;trade&gt; &amp; more"');
    expect(code).not.toContain("<script>");
    const el = new DOMParser().parseFromString(code, "text/html").querySelector("iframe")!;
    expect(el.title).toBe('Aid "and" <trade> & more');
    expect(new URL(el.src).searchParams.get("q")).toBe('"><script>');
  });
  it("clamps fixed heights", () => {
    expect(iframeCode({ ...base, height: 100 })).toContain("height:320px");
    expect(iframeCode({ ...base, height: 700.4 })).toContain("height:700px");
    expect(clampHeight(Number.NaN)).toBe(AUTO_START_HEIGHT);
    expect(clampHeight(1e9)).toBe(4000);
  });
});

describe("hostScript", () => {
  it("is not needed for a fixed height without deep links", () => {
    expect(hostScript({ ...base, height: 500, deepLinks: false })).toBeNull();
    expect(fullSnippet({ ...base, height: 500, deepLinks: false })).toBe(
      iframeCode({ ...base, height: 500, deepLinks: false }),
    );
  });
  it("contains only what was asked for", () => {
    const autoOnly = hostScript({ ...base, deepLinks: false })!;
    expect(autoOnly).toContain("soft-power-timeline:resize");
    expect(autoOnly).not.toContain("soft-power-timeline:state");
    const linksOnly = hostScript({ ...base, height: 500 })!;
    expect(linksOnly).not.toContain("soft-power-timeline:resize");
    expect(linksOnly).toContain("soft-power-timeline:state");
  });
  it("never evaluates what it receives", () => {
    const s = hostScript(base)!;
    expect(s).not.toMatch(/eval|Function\(|innerHTML|document\.write/);
  });
});

/** Put the snippet into this jsdom page and run its script. */
function install(o: SnippetOptions): HTMLIFrameElement {
  document.body.innerHTML = iframeCode(o);
  const body = hostScript(o)!
    .replace(/^<script>\n/, "")
    .replace(/\n<\/script>$/, "");
  // A test-only way to run the host page's script text, as a browser would.
  new Function(body)();
  return document.getElementById("soft-power-timeline") as HTMLIFrameElement;
}

function send(source: Window | null, data: unknown) {
  window.dispatchEvent(new MessageEvent("message", { data, source }));
}

describe("the host script, running in a page", () => {
  beforeEach(() => {
    history.replaceState(null, "", "/article.html");
  });

  it("sets the frame's height from its own resize messages only", () => {
    const frame = install(base);
    send(frame.contentWindow, { type: "soft-power-timeline:resize", height: 612.2 });
    expect(frame.style.height).toBe("613px");
    send(window, { type: "soft-power-timeline:resize", height: 50 });
    send(frame.contentWindow, { type: "soft-power-timeline:resize", height: "50" });
    send(frame.contentWindow, { type: "soft-power-timeline:resize", height: -1 });
    send(frame.contentWindow, "soft-power-timeline:resize");
    send(frame.contentWindow, null);
    expect(frame.style.height).toBe("613px");
  });

  it("keeps the state in the host page's hash", () => {
    const frame = install(base);
    send(frame.contentWindow, { type: "soft-power-timeline:state", query: "view=figures&embed=1" });
    const h = new URLSearchParams(location.hash.slice(1));
    expect(h.get("soft-power-timeline")).toBe("view=figures&embed=1");
    expect(location.pathname).toBe("/article.html");
    send(window, { type: "soft-power-timeline:state", query: "view=table" });
    send(frame.contentWindow, { type: "soft-power-timeline:state", query: 42 });
    expect(new URLSearchParams(location.hash.slice(1)).get("soft-power-timeline")).toBe(
      "view=figures&embed=1",
    );
  });

  it("keeps other hash keys (a second timeline)", () => {
    history.replaceState(null, "", "/article.html#other=view%3Dtable");
    const frame = install(base);
    send(frame.contentWindow, { type: "soft-power-timeline:state", query: "q=ODA&embed=1" });
    const h = new URLSearchParams(location.hash.slice(1));
    expect(h.get("other")).toBe("view=table");
    expect(h.get("soft-power-timeline")).toBe("q=ODA&embed=1");
  });

  it("opens the shared view from the hash, with embed=1 and the page's own dataset", () => {
    history.replaceState(
      null,
      "",
      "/article.html#soft-power-timeline=" +
        encodeURIComponent("view=compare&q=ASEAN&data=https://evil.example/x.json"),
    );
    const frame = install({ ...base, query: "data=https://data.example/mine.csv" });
    const src = new URL(frame.src);
    expect(src.origin + src.pathname).toBe("https://example.org/timeline/");
    expect(src.searchParams.get("view")).toBe("compare");
    expect(src.searchParams.get("q")).toBe("ASEAN");
    expect(src.searchParams.get("embed")).toBe("1");
    expect(src.searchParams.get("data")).toBe("https://data.example/mine.csv");
  });

  it("drops a data= the page did not set", () => {
    history.replaceState(
      null,
      "",
      "/article.html#soft-power-timeline=" + encodeURIComponent("data=https://evil.example/x.json"),
    );
    const frame = install(base);
    expect(new URL(frame.src).searchParams.get("data")).toBeNull();
  });
});

describe("scriptTag (embed.js)", () => {
  it("points at embed.js beside the app, whatever page of it the dialog was opened on", async () => {
    const { scriptTag } = await import("../../src/embed/hostSnippet");
    expect(scriptTag("https://example.org/timeline/")).toBe(
      '<script src="https://example.org/timeline/embed.js" async></script>',
    );
    expect(scriptTag("https://example.org/timeline/index.html?view=table#x")).toBe(
      '<script src="https://example.org/timeline/embed.js" async></script>',
    );
  });
  it("marks frames whose view goes into the page's hash, for embed.js", () => {
    expect(iframeCode(base)).toContain("data-deep-links");
    expect(iframeCode({ ...base, deepLinks: false })).not.toContain("data-deep-links");
  });
});

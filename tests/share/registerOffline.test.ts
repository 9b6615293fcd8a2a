import { describe, expect, it } from "vitest";
import { offlineSupported } from "../../src/offline/registerOffline";

function fakeWindow(o: { framed?: boolean; protocol?: string; sw?: boolean; throws?: boolean }): Window {
  const self = {} as Record<string, unknown>;
  const win = {
    get self() {
      if (o.throws) throw new DOMException("Blocked", "SecurityError");
      return self;
    },
    get top() {
      return o.framed ? {} : self;
    },
    location: { protocol: o.protocol ?? "https:" },
    navigator: o.sw === false ? {} : { serviceWorker: {} },
  };
  return win as unknown as Window;
}

describe("the service worker stays off where it cannot work", () => {
  it("registers for a top-level page served over http(s)", () => {
    expect(offlineSupported(fakeWindow({}))).toBe(true);
    expect(offlineSupported(fakeWindow({ protocol: "http:" }))).toBe(true);
  });
  it("not inside a frame, not from file://, not without the API, not when the check is refused", () => {
    expect(offlineSupported(fakeWindow({ framed: true }))).toBe(false);
    expect(offlineSupported(fakeWindow({ protocol: "file:" }))).toBe(false);
    expect(offlineSupported(fakeWindow({ sw: false }))).toBe(false);
    expect(offlineSupported(fakeWindow({ throws: true }))).toBe(false);
  });
  it("jsdom (no service worker API) is left alone", () => {
    expect(offlineSupported()).toBe(false);
  });
});

/**
 * The catalog's cut between the first view's part and the rest follows the module graph
 * (scripts/catalogPlugin.ts): these are its rules, on texts standing in for modules.
 */
import { describe, expect, it } from "vitest";
import { keysNamedIn, splitKeys } from "../../scripts/catalogPlugin";

const KEYS = ["app.title", "editor.save", "dim.aid", "close", "open.button"];

describe("which keys the first view carries", () => {
  it("finds a key named as a quoted literal, in any quote, and not as part of a longer key", () => {
    expect([...keysNamedIn(`t("app.title"); t('close'); t(\`open.button\`)`, KEYS)].sort()).toEqual([
      "app.title",
      "close",
      "open.button",
    ]);
    expect(keysNamedIn(`t("editor.saved")`, KEYS).size).toBe(0);
  });

  it("a key the first view does not name goes to the second part", () => {
    const lazy = splitKeys(KEYS, [`t("app.title"); t("close"); t("open.button"); t("dim." + id)`]);
    expect([...lazy]).toEqual(["editor.save"]);
  });

  it("a key the first view builds from its prefix (`dim.${id}`) stays in the first part", () => {
    const lazy = splitKeys(KEYS, [`t(\`dim.\${id}\`)`]);
    expect(lazy.has("dim.aid")).toBe(false);
    expect(lazy.has("editor.save")).toBe(true);
  });
});

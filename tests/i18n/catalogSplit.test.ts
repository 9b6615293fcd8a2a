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

  it("a key named only behind a dynamic import goes to the second part", () => {
    const lazy = splitKeys(KEYS, [`t("app.title")`], [`t("editor.save")`]);
    expect([...lazy]).toEqual(["editor.save"]);
  });

  it("a key the first view names stays in the first part, wherever else it is named", () => {
    const lazy = splitKeys(KEYS, [`t("close")`], [`t("close"); t("editor.save")`]);
    expect(lazy.has("close")).toBe(false);
  });

  it("a key no module names (built at run time, as `dim.${id}`) stays in the first part", () => {
    const lazy = splitKeys(KEYS, [`t(\`dim.\${id}\`)`], [`t("editor.save")`]);
    expect(lazy.has("dim.aid")).toBe(false);
  });
});

// @vitest-environment node
/** Every catalog has every English key, with the same placeholders, and valid ICU. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import { LOCALES } from "../../src/i18n/locales";

const dir = join(__dirname, "../../src/i18n/catalogs");
const load = (l: string) =>
  JSON.parse(readFileSync(join(dir, `${l}.json`), "utf8")) as Record<string, string>;
const en = load("en");

/** Argument names and their types ({n, plural, …} → "n:plural"), sorted. */
export function placeholders(message: string): string[] {
  const out = new Set<string>();
  const walk = (tokens: ReturnType<typeof compileMessageOrThrow>) => {
    for (const tok of tokens) {
      if (typeof tok === "string") continue;
      const [name, type, format] = tok;
      if (name !== "#") out.add(`${name}:${type ?? "arg"}`);
      if (format && typeof format === "object")
        for (const [k, v] of Object.entries(format)) if (k !== "offset" && Array.isArray(v)) walk(v);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...out].sort();
}

describe("message catalogs", () => {
  it("English messages are valid ICU", () => {
    for (const m of Object.values(en)) expect(() => compileMessageOrThrow(m)).not.toThrow();
  });

  it("extracts placeholders with their types", () => {
    expect(placeholders("{count, plural, one {# event} other {# events}} of {total}")).toEqual([
      "count:plural",
      "total:arg",
    ]);
  });

  for (const l of LOCALES.filter((x) => x !== "en")) {
    it(`${l}: same keys and placeholders as English, nothing left in English by mistake`, () => {
      const cat = load(l);
      expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
      for (const [k, m] of Object.entries(en)) {
        expect(cat[k]!.trim(), `${l} ${k} is empty`).not.toBe("");
        expect(placeholders(cat[k]!), `${l} ${k}`).toEqual(placeholders(m));
      }
    });
  }
});

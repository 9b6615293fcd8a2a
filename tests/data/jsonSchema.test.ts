/**
 * public/dataset.schema.json is generated from the zod schema; this test keeps them in step.
 * After changing src/data/schema.ts, regenerate with:
 *   UPDATE_SCHEMA=1 npx vitest run tests/data/jsonSchema.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { format, resolveConfig } from "prettier";
import { z } from "zod";
import { Dataset } from "../../src/data/schema";

const FILE = "public/dataset.schema.json";

/** Formatted as Prettier would, so that `npm run format:check` passes on the generated file. */
async function generateFormatted(): Promise<string> {
  const options = (await resolveConfig(FILE)) ?? {};
  return format(generate(), { ...options, filepath: FILE });
}

function generate(): string {
  const schema = {
    ...z.toJSONSchema(Dataset, { io: "input", unrepresentable: "any" }),
    title: "Soft Power Timeline dataset",
    description:
      "A dataset for the Soft Power Timeline (schemaVersion 1). Generated from src/data/schema.ts; " +
      "dates are YYYY, YYYY-MM or YYYY-MM-DD and must be real dates; cross-references (actors, categories, sources, related) " +
      "must name ids declared in the same file. See docs/own-data.md.",
  };
  return JSON.stringify(schema, null, 2) + "\n";
}

describe("public/dataset.schema.json", () => {
  it("matches the zod schema", async () => {
    const expected = await generateFormatted();
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync(FILE, expected);
    expect(
      existsSync(FILE),
      `${FILE} is missing: run UPDATE_SCHEMA=1 npx vitest run tests/data/jsonSchema.test.ts`,
    ).toBe(true);
    expect(
      readFileSync(FILE, "utf8"),
      "out of date: run UPDATE_SCHEMA=1 npx vitest run tests/data/jsonSchema.test.ts",
    ).toBe(expected);
  });

  it("describes the parts authors need", () => {
    const schema = JSON.parse(generate()) as {
      required: string[];
      properties: { events: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(["schemaVersion", "title", "actors", "categories", "sources", "events"]),
    );
    // io: "input": fields with defaults (importance, eras) are optional for authors.
    expect(schema.required).not.toContain("eras");
    expect(schema.properties.events.items.required).not.toContain("importance");
    expect(schema.properties.events.items.required).toEqual(
      expect.arrayContaining(["id", "date", "title", "summary", "actors", "category", "sources"]),
    );
  });
});

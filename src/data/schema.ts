/**
 * The dataset's shape: the single source of the types (inferred from zod) and of
 * the published JSON Schema (public/dataset.schema.json is generated from it).
 * Cross-record rules (unique ids, references, end ≥ date) live in validate.ts.
 */
import { z } from "zod";
import { isPartialDate } from "./dates";

export const SCHEMA_VERSION = 1;

/** Lower-case slug: letters, digits and hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and hyphens");

export const PartialDate = z
  .string()
  .refine(isPartialDate, "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD");

/**
 * The article's dimensions of soft power. Every category belongs to one; the
 * Compare view groups by them.
 */
export const DIMENSIONS = [
  { id: "aid", name: "Aid and development" },
  { id: "economy", name: "Economic networking and trade" },
  { id: "culture", name: "Culture and education" },
  { id: "tourism", name: "Tourism and people" },
  { id: "health", name: "Health" },
  { id: "disaster", name: "Disaster relief" },
  { id: "diplomacy", name: "Security and diplomacy" },
  { id: "institutions", name: "Regional institutions" },
] as const;
export type DimensionId = (typeof DIMENSIONS)[number]["id"];
export const DimensionIdSchema = z.enum(DIMENSIONS.map((d) => d.id) as [DimensionId, ...DimensionId[]]);

/** ISO 4217 codes we accept for amounts. An amount keeps the currency the source prints. */
export const CURRENCIES = [
  "USD",
  "JPY",
  "CNY",
  "KRW",
  "EUR",
  "GBP",
  "AUD",
  "SGD",
  "THB",
  "IDR",
  "MYR",
  "PHP",
  "VND",
  "MMK",
  "KHR",
  "LAK",
  "BND",
  "INR",
] as const;
export const Currency = z.enum(CURRENCIES, { message: "is not a known currency code (e.g. USD, JPY, CNY)" });

/** Multiplier words as the source prints them: "USD100 million" is value 100, scale "million". */
export const Scale = z.enum(["thousand", "million", "billion", "trillion"]);

export const AMOUNT_KINDS = [
  "grant",
  "loan",
  "fund",
  "pledge",
  "aid",
  "trade",
  "investment",
  "contribution",
  "other",
] as const;

export const Amount = z.object({
  value: z.number().finite().nonnegative(),
  scale: Scale.optional(),
  currency: Currency,
  /** What the money is: grant, loan, fund, trade volume, pledge… */
  kind: z.enum(AMOUNT_KINDS),
  /** The figure as the source prints it, e.g. "US$1 billion". */
  text: z.string().max(200).optional(),
});

/** A non-monetary figure the source gives: a count, a percentage, a rank. */
export const Figure = z.object({
  label: z.string().min(1).max(200),
  value: z.number().finite(),
  /** "percent", "people", "institutes", "projects"… */
  unit: z.string().min(1).max(60),
  scale: Scale.optional(),
  /** The year the figure describes, when it differs from the event's date. */
  year: z.number().int().min(1000).max(3000).optional(),
  text: z.string().max(200).optional(),
});

/** Only http(s) links are kept; anything else (javascript:, data:) is rejected. */
export const HttpUrl = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http or https link");

export const SourceRef = z.object({
  source: Id,
  section: z.string().max(300).optional(),
  page: z.union([z.number().int().positive(), z.string().max(20)]).optional(),
  url: HttpUrl.optional(),
});

export const Actor = z.object({
  id: Id,
  name: z.string().min(1).max(80),
  /** Short label for tight spaces (lane labels on phones). */
  short: z.string().min(1).max(20).optional(),
  /** Actor group, e.g. "asean-member" for Indonesia, Vietnam… */
  group: z.string().max(40).optional(),
});

export const Category = z.object({
  id: Id,
  name: z.string().min(1).max(80),
  dimension: DimensionIdSchema,
});

export const Source = z.object({
  id: Id,
  title: z.string().min(1).max(300),
  author: z.string().max(200).optional(),
  publisher: z.string().max(200).optional(),
  /** Year written (approximate years are noted in `note`). */
  year: z.number().int().min(1000).max(3000).optional(),
  url: HttpUrl.optional(),
  note: z.string().max(1000).optional(),
});

export const Era = z.object({
  id: Id,
  label: z.string().min(1).max(80),
  date: PartialDate,
  end: PartialDate,
  note: z.string().max(500).optional(),
  sources: z.array(SourceRef).min(1),
});

/** 1 = headline (always shown first when zoomed out), 2 = major, 3 = detail. */
export const Importance = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const TimelineEvent = z.object({
  /** Stable id, `YYYY-short-slug`. */
  id: z.string().regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, "must look like 2003-tokyo-declaration"),
  date: PartialDate,
  end: PartialDate.optional(),
  title: z.string().min(1).max(160),
  summary: z.string().min(1).max(1200),
  actors: z.array(Id).min(1),
  category: Id,
  amount: Amount.optional(),
  figures: z.array(Figure).optional(),
  sources: z.array(SourceRef).min(1, "every event needs at least one source"),
  note: z.string().max(1000).optional(),
  importance: Importance.default(2),
  related: z.array(z.string()).optional(),
});

export const Dataset = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string().min(1).max(200),
  description: z.string().max(1000).optional(),
  actors: z.array(Actor).min(1),
  categories: z.array(Category).min(1),
  sources: z.array(Source).min(1),
  eras: z.array(Era).default([]),
  events: z.array(TimelineEvent),
});

export type Amount = z.infer<typeof Amount>;
export type Figure = z.infer<typeof Figure>;
export type SourceRef = z.infer<typeof SourceRef>;
export type Actor = z.infer<typeof Actor>;
export type Category = z.infer<typeof Category>;
export type Source = z.infer<typeof Source>;
export type Era = z.infer<typeof Era>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Dataset = z.infer<typeof Dataset>;
export type Currency = z.infer<typeof Currency>;

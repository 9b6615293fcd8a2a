/**
 * The dataset's fixed vocabulary, free of zod so views can import it without
 * pulling the validator into the first view (schema.ts builds the schema from it).
 */

export const SCHEMA_VERSION = 1;

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

/** The shapes an actor can be drawn with (never a ring: a ring marks an amount). Here, not in
 * schema.ts, so the chart's first view can name them without loading zod. */
export const ACTOR_SHAPES = ["circle", "square", "diamond", "triangle", "hexagon", "star", "cross"] as const;
export type ActorShape = (typeof ACTOR_SHAPES)[number];

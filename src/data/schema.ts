/**
 * The dataset's shape: the single source of the types (inferred from zod) and of
 * the published JSON Schema (public/dataset.schema.json is generated from it).
 * Cross-record rules (unique ids, references, end ≥ date) live in validate.ts.
 */
import * as z from "zod/mini";
import { isPartialDate } from "./dates";
import { isHttpUrl } from "./safeUrl";
import {
  ACTOR_SHAPES,
  AMOUNT_KINDS,
  CURRENCIES,
  DIMENSIONS,
  SCHEMA_VERSION,
  type ActorShape,
  type DimensionId,
} from "./vocabulary";

// The vocabulary is part of the schema's public face: callers that validate use these names too.
export { AMOUNT_KINDS, CURRENCIES, DIMENSIONS, SCHEMA_VERSION, type DimensionId };

/** Lower-case slug: letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z.string().check(z.regex(ID_PATTERN, "must be lower-case letters, digits and hyphens"));

export const PartialDate = z
  .string()
  .check(
    z.refine(isPartialDate, "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (BC years as -0500)"),
  );

export const DimensionIdSchema = z.enum(DIMENSIONS.map((d) => d.id) as [DimensionId, ...DimensionId[]]);

export const Currency = z.enum(CURRENCIES, { message: "is not a known currency code (e.g. USD, JPY, CNY)" });

/** Multiplier words as the source prints them: "USD100 million" is value 100, scale "million". */
export const SCALES = ["thousand", "million", "billion", "trillion"] as const;
export const Scale = z.enum(SCALES);

export const Amount = z.object({
  value: z.number().check(z.nonnegative()),
  scale: z.optional(Scale),
  currency: Currency,
  /** What the money is: grant, loan, fund, trade volume, pledge… */
  kind: z.enum(AMOUNT_KINDS),
  /** The figure as the source prints it, e.g. "US$1 billion". */
  text: z.optional(z.string().check(z.maxLength(200))),
});

/** A non-monetary figure the source gives: a count, a percentage, a rank. */
export const Figure = z.object({
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  value: z.number(),
  /** "percent", "people", "institutes", "projects"… */
  unit: z.string().check(z.minLength(1), z.maxLength(60)),
  scale: z.optional(Scale),
  /** The year the figure describes, when it differs from the event's date. */
  year: z.optional(z.int().check(z.gte(1000), z.lte(3000))),
  text: z.optional(z.string().check(z.maxLength(200))),
});

/** Only http(s) links are kept; anything else (javascript:, data:) is rejected. */
export const HttpUrl = z
  .string()
  .check(z.maxLength(2000), z.refine(isHttpUrl, "must be an http or https link"));

export const SourceRef = z.object({
  source: Id,
  section: z.optional(z.string().check(z.maxLength(300))),
  page: z.optional(z.union([z.int().check(z.positive()), z.string().check(z.maxLength(20))])),
  url: z.optional(HttpUrl),
});

export { ACTOR_SHAPES, type ActorShape };
export const ActorShapeSchema = z.enum(ACTOR_SHAPES);

export const Actor = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Short label for tight spaces (lane labels on phones). */
  short: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
  /** Actor group, e.g. "asean-member" for Indonesia, Vietnam… */
  group: z.optional(z.string().check(z.maxLength(40))),
  /** How the chart draws the actor; when absent, one is chosen, distinct within the dataset. */
  shape: z.optional(ActorShapeSchema),
});

export const Category = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  dimension: DimensionIdSchema,
});

export const Source = z.object({
  id: Id,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  author: z.optional(z.string().check(z.maxLength(200))),
  publisher: z.optional(z.string().check(z.maxLength(200))),
  /** Year written (approximate years are noted in `note`). */
  year: z.optional(z.int().check(z.gte(1000), z.lte(3000))),
  url: z.optional(HttpUrl),
  note: z.optional(z.string().check(z.maxLength(1000))),
});

/**
 * An event's optional picture. Drawn only through <img> (never inline SVG or HTML), so an
 * image can never run script; alt text is required, credit and caption are optional.
 */
/** A picked file kept inside the dataset: only these raster types, base64, at most this long. */
export const MAX_IMAGE_DATA_URL = 400_000;
const IMAGE_DATA_URL = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/;
export function isImageDataUrl(s: string): boolean {
  return s.length <= MAX_IMAGE_DATA_URL && IMAGE_DATA_URL.test(s);
}

/** An image's address: an http(s) link, or a picked PNG, JPEG, GIF or WebP file as a data: URL (only here). */
export const ImageUrl = z.string().check(
  z.maxLength(MAX_IMAGE_DATA_URL),
  z.refine(
    (s) => (s.length <= 2000 && isHttpUrl(s)) || isImageDataUrl(s),
    "must be an http or https link, or a picked PNG, JPEG, GIF or WebP image",
  ),
);

export const EventImage = z.object({
  url: ImageUrl,
  alt: z.string().check(z.minLength(1, "needs alt text describing the image"), z.maxLength(300)),
  credit: z.optional(z.string().check(z.maxLength(200))),
  caption: z.optional(z.string().check(z.maxLength(500))),
});

export const Era = z.object({
  id: Id,
  label: z.string().check(z.minLength(1), z.maxLength(80)),
  date: PartialDate,
  end: PartialDate,
  note: z.optional(z.string().check(z.maxLength(500))),
  sources: z.array(SourceRef).check(z.minLength(1)),
});

/** 1 = headline (always shown first when zoomed out), 2 = major, 3 = detail. */
export const Importance = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/**
 * Where an event's date comes from: "printed" by the source (the default), "inferred" from the
 * context (the sentence before, a clause that may or may not cover it), or "placed" by the
 * editors where the source gives no date (the writing year, a decade's first year).
 */
export const DATE_KINDS = ["printed", "inferred", "placed"] as const;
export const DateKind = z.enum(DATE_KINDS);

export const TimelineEvent = z.object({
  /**
   * Stable id, the author's own: any text unique in the file (`1`, `e1`, `Event 3`). The
   * built-in data use `YYYY-short-slug`; imports make one from year and title when absent.
   */
  id: z
    .string()
    .check(z.trim(), z.minLength(1, "is empty"), z.maxLength(120, "is longer than 120 characters")),
  date: PartialDate,
  end: z.optional(PartialDate),
  /** "printed" when absent. */
  dateKind: z.optional(DateKind),
  /** Why an inferred or placed date is where it is, e.g. "the documents give no year". */
  dateNote: z.optional(z.string().check(z.maxLength(300))),
  title: z.string().check(z.minLength(1), z.maxLength(160)),
  summary: z.string().check(z.minLength(1), z.maxLength(1200)),
  actors: z.array(Id).check(z.minLength(1)),
  category: Id,
  amount: z.optional(Amount),
  figures: z.optional(z.array(Figure)),
  sources: z.array(SourceRef).check(z.minLength(1, "every event needs at least one source")),
  note: z.optional(z.string().check(z.maxLength(1000))),
  importance: z._default(Importance, 2),
  related: z.optional(z.array(z.string())),
  /**
   * Events this one answers, only where a source document says so (e.g. "prompted");
   * Compare's pairs then read "in response" instead of "later". Quote the line in `note`.
   */
  respondsTo: z.optional(z.array(z.string())),
  image: z.optional(EventImage),
});

const Text = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const TextMap = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.optional(z.record(z.string(), z.object(shape)));

/**
 * One language's translation of the dataset's text (the format of data/translations/<lang>.json).
 * Every key is optional: an untranslated text shows in English. Ids, dates, figures and
 * citations are never translated.
 */
export const ContentTranslation = z.object({
  lang: z.optional(z.string()),
  dataset: z.optional(z.object({ title: Text(200), description: Text(1000) })),
  actors: TextMap({ name: Text(200), short: Text(40) }),
  categories: TextMap({ name: Text(200) }),
  eras: TextMap({ label: Text(200) }),
  sources: TextMap({ title: Text(400) }),
  events: TextMap({ title: Text(160), summary: Text(1200), note: Text(1000), dateNote: Text(300) }),
  story: z.optional(
    z.object({
      title: Text(200),
      description: Text(1000),
      steps: z.optional(z.array(z.object({ title: Text(200), narration: Text(2000) }))),
    }),
  ),
});

/** A BCP 47 language tag such as "ja", "zh-Hans" or "th". */
export const LangTag = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as ja, zh-Hans or th"));

export const Dataset = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  description: z.optional(z.string().check(z.maxLength(1000))),
  actors: z.array(Actor).check(z.minLength(1)),
  categories: z.array(Category).check(z.minLength(1)),
  sources: z.array(Source).check(z.minLength(1)),
  eras: z._default(z.array(Era), []),
  events: z.array(TimelineEvent),
  /** Translations of the text, by language tag: { "ja": { "events": { "<id>": { "title": "…" } } } }. */
  translations: z.optional(
    z.record(LangTag, ContentTranslation).register(z.globalRegistry, {
      description:
        "Translations of the dataset's text, by BCP 47 language tag (ja, zh-Hans, th…): per event title, " +
        "summary, note and dateNote; per actor, category, era and source their names; per story step its " +
        "title and narration. The English (the dataset's own text) stays authoritative; a text without a " +
        "translation shows in English. Ids, dates, figures and citations are never translated. In CSV: " +
        "title_xx, summary_xx and note_xx columns (e.g. title_ja, summary_zh_hans). See docs/own-data.md.",
    }),
  ),
});

export type Amount = z.infer<typeof Amount>;
export type Figure = z.infer<typeof Figure>;
export type SourceRef = z.infer<typeof SourceRef>;
export type Actor = z.infer<typeof Actor>;
export type Category = z.infer<typeof Category>;
export type Source = z.infer<typeof Source>;
export type Era = z.infer<typeof Era>;
export type EventImage = z.infer<typeof EventImage>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Dataset = z.infer<typeof Dataset>;
export type ContentTranslation = z.infer<typeof ContentTranslation>;
export type Currency = z.infer<typeof Currency>;
export type DateKind = z.infer<typeof DateKind>;

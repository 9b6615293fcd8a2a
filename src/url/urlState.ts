/**
 * The URL codec of PRODUCT.md's public contract. Pure: no `window`.
 * `decodeUrlState` never throws: unknown or malformed values are ignored (reported
 * as `invalid`), and `encodeUrlState` leaves defaults out so links stay short.
 */
import { parsePartialDate } from "../data/dates";
import { matchLocale, type Locale } from "../i18n/locales";

export const VIEWS = ["timeline", "compare", "table", "figures"] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ["light", "dark", "contrast"] as const;
export type Theme = (typeof THEMES)[number];

/** The state the address bar carries. Absent keys mean the default. */
export interface UrlState {
  view?: View;
  actors?: string[];
  categories?: string[];
  from?: string;
  to?: string;
  q?: string;
  event?: string;
  /** Story step, 1-based; present means the story is on. */
  step?: number;
  embed?: true;
  theme?: Theme;
  /** The editor is open (`edit=1`). */
  edit?: true;
  data?: string;
  /** Interface (and content) language; absent means the browser's languages, else English. */
  lang?: Locale;
}

export type ParsedParam<T> =
  { kind: "valid"; value: T } | { kind: "invalid"; raw: string; reason: string } | { kind: "missing" };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Event ids are the dataset author's own text (schema.ts): anything non-empty, at most 120 characters.
/** An event id as the URL and embed messages accept it: non-blank, at most 120 characters, no control characters. */
export function isEventIdText(v: string): boolean {
  return v.length >= 1 && v.length <= 120 && /\S/.test(v) && ![...v].some((c) => c.charCodeAt(0) < 0x20);
}
const MAX_Q = 200;
const MAX_LIST = 100;

function parseList(raw: string): ParsedParam<string[]> {
  const items = raw
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const ok = [...new Set(items.filter((s) => ID.test(s)))].slice(0, MAX_LIST);
  if (ok.length === 0) return { kind: "invalid", raw, reason: "no valid ids" };
  return { kind: "valid", value: ok };
}

function parseDate(raw: string): ParsedParam<string> {
  return parsePartialDate(raw)
    ? { kind: "valid", value: raw }
    : { kind: "invalid", raw, reason: "not a date" };
}

function parseEnum<T extends string>(values: readonly T[], raw: string): ParsedParam<T> {
  return (values as readonly string[]).includes(raw)
    ? { kind: "valid", value: raw as T }
    : { kind: "invalid", raw, reason: `not one of ${values.join(", ")}` };
}

function parseDataUrl(raw: string): ParsedParam<string> {
  if (raw.length > 2000) return { kind: "invalid", raw: raw.slice(0, 40), reason: "too long" };
  if (raw.trim() === "") return { kind: "invalid", raw, reason: "empty" };
  // Relative URLs are allowed (resolved against the page); absolute ones only http(s).
  // Ask the URL parser itself, as fetch will: it strips leading spaces and controls and
  // drops tabs and newlines anywhere, so " javascript:" or "java\tscript:" is no relative path.
  let protocol: string;
  try {
    protocol = new URL(raw, "http://relative.invalid/").protocol;
  } catch {
    return { kind: "invalid", raw, reason: "not a URL" };
  }
  if (protocol !== "http:" && protocol !== "https:")
    return { kind: "invalid", raw, reason: "only http(s) URLs" };
  return { kind: "valid", value: raw };
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair or in spaces (so it re-decodes to itself). */
function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** Per-key parse results, for callers that want to report what was ignored. */
export function parseUrlParams(params: URLSearchParams): Record<keyof UrlState, ParsedParam<unknown>> {
  const get = <T>(key: string, parse: (raw: string) => ParsedParam<T>): ParsedParam<T> => {
    const raw = params.get(key);
    return raw === null ? { kind: "missing" } : parse(raw);
  };
  const step = params.get("step");
  const story = params.get("story");
  let stepParsed: ParsedParam<number> = { kind: "missing" };
  if (step !== null) {
    const n = /^\d{1,4}$/.test(step) ? Number(step) : NaN;
    stepParsed =
      n >= 1 ? { kind: "valid", value: n } : { kind: "invalid", raw: step, reason: "not a step number" };
  }
  if (stepParsed.kind !== "valid" && story === "1") stepParsed = { kind: "valid", value: 1 };
  return {
    view: get("view", (r) => parseEnum(VIEWS, r)),
    actors: get("actors", parseList),
    categories: get("categories", parseList),
    from: get("from", parseDate),
    to: get("to", parseDate),
    q: get("q", (r) => {
      const v = capText(r.trim(), MAX_Q);
      return v ? { kind: "valid", value: v } : { kind: "invalid", raw: r, reason: "empty" };
    }),
    event: get("event", (r) =>
      isEventIdText(r) ? { kind: "valid", value: r } : { kind: "invalid", raw: r, reason: "not an event id" },
    ),
    step: stepParsed,
    embed: get("embed", (r) =>
      r === "1" || r === "true"
        ? { kind: "valid", value: true }
        : { kind: "invalid", raw: r, reason: "not 1" },
    ),
    theme: get("theme", (r) => parseEnum(THEMES, r)),
    edit: get("edit", (r) =>
      r === "1" || r === "true"
        ? { kind: "valid", value: true }
        : { kind: "invalid", raw: r, reason: "not 1" },
    ),
    data: get("data", parseDataUrl),
    lang: get("lang", (r) => {
      const l = matchLocale(r);
      return l
        ? { kind: "valid", value: l }
        : { kind: "invalid", raw: r, reason: "not a supported language" };
    }),
  };
}

/** Decode a query string (with or without "?") into a UrlState. Never throws. */
export function decodeUrlState(search: string | URLSearchParams): UrlState {
  let params: URLSearchParams;
  try {
    params = typeof search === "string" ? new URLSearchParams(search) : search;
  } catch {
    return {};
  }
  const parsed = parseUrlParams(params);
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(parsed)) if (p.kind === "valid") out[k] = p.value;
  const state = out as UrlState;
  // A range whose end precedes its start is malformed: ignore both ends.
  if (state.from && state.to && parsePartialDate(state.to)!.end <= parsePartialDate(state.from)!.start) {
    delete state.from;
    delete state.to;
  }
  return state;
}

/** Encode a UrlState; defaults left out; keys in a stable, readable order. */
export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.view && s.view !== "timeline") p.set("view", s.view);
  if (s.actors && s.actors.length) p.set("actors", s.actors.join(","));
  if (s.categories && s.categories.length) p.set("categories", s.categories.join(","));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.q) p.set("q", s.q);
  if (s.event) p.set("event", s.event);
  if (s.step !== undefined) {
    p.set("story", "1");
    if (s.step > 1) p.set("step", String(s.step));
  }
  if (s.embed) p.set("embed", "1");
  if (s.theme) p.set("theme", s.theme);
  if (s.edit) p.set("edit", "1");
  if (s.data) p.set("data", s.data);
  if (s.lang) p.set("lang", s.lang);
  // Commas in id lists are safe in a query string; keep them readable.
  return p.toString().replace(/%2C/g, ",");
}

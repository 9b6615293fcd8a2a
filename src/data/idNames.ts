/**
 * Ids and display names for datasets written by hand (CSV): turn a name into an
 * id ("South Korea" → "south-korea"), an id into a name ("south-korea" →
 * "South Korea"), and guess a category's soft-power dimension from its id.
 */
import { DIMENSIONS, type DimensionId } from "./schema";

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `text` is already a valid id (lower-case letters, digits, hyphens). */
export function isId(text: string): boolean {
  return ID_RE.test(text);
}

// Latin letters that Unicode does not decompose into a base letter and an accent.
const LATIN_EXTRA: Record<string, string> = {
  đ: "d",
  Đ: "d",
  ð: "d",
  Ð: "d",
  ø: "o",
  Ø: "o",
  ł: "l",
  Ł: "l",
  ß: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  þ: "th",
  Þ: "th",
  ı: "i",
  ħ: "h",
  Ħ: "h",
};

/**
 * "Côte d'Ivoire" → "cote-d-ivoire", "Điện Biên Phủ" → "dien-bien-phu" (Vietnamese đ is a
 * letter of its own, transliterated as d); "" when nothing Latin or numeric is left (the
 * importer then makes a stable "u-…" id and keeps the name as written for display).
 */
export function slugify(text: string): string {
  return text
    .replace(/[đĐðÐøØłŁßæÆœŒþÞıħĦ]/g, (c) => LATIN_EXTRA[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// Acronyms common in this field: "asean" reads better as "ASEAN" than "Asean".
const ACRONYMS = new Set([
  "adb",
  "aiib",
  "apec",
  "apt",
  "asean",
  "bri",
  "eu",
  "fta",
  "imf",
  "jaif",
  "jica",
  "oda",
  "odi",
  "uk",
  "un",
  "undp",
  "unesco",
  "unicef",
  "us",
  "usa",
  "usaid",
  "who",
  "wto",
]);

/** "south-korea" → "South Korea", "asean-plus-three" → "ASEAN Plus Three". */
export function nameFromId(id: string): string {
  return id
    .split("-")
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

// Words that point at a dimension; checked per hyphen-separated part of a category id.
const DIMENSION_WORDS: Record<DimensionId, string[]> = {
  aid: ["aid", "oda", "grant", "grants", "loan", "loans", "development", "assistance", "infrastructure"],
  economy: [
    "economy",
    "economic",
    "trade",
    "investment",
    "fta",
    "finance",
    "financial",
    "business",
    "market",
  ],
  culture: [
    "culture",
    "cultural",
    "education",
    "school",
    "university",
    "scholarship",
    "scholarships",
    "language",
    "confucius",
    "media",
    "film",
    "arts",
    "youth",
    "student",
    "students",
  ],
  tourism: ["tourism", "tourist", "tourists", "travel", "visa", "people", "exchange", "exchanges"],
  health: ["health", "medical", "vaccine", "vaccines", "covid", "pandemic", "hospital"],
  disaster: ["disaster", "relief", "tsunami", "earthquake", "typhoon", "flood", "humanitarian"],
  diplomacy: [
    "diplomacy",
    "diplomatic",
    "security",
    "defence",
    "defense",
    "summit",
    "treaty",
    "doctrine",
    "visit",
  ],
  institutions: [
    "institutions",
    "institution",
    "forum",
    "framework",
    "cooperation",
    "asean",
    "apt",
    "regional",
  ],
};

/** The dimension a category id suggests; "diplomacy" when no word matches (documented in docs/own-data.md). */
export function guessDimension(categoryId: string): DimensionId {
  const parts = categoryId.split("-");
  for (const d of DIMENSIONS) if (parts.includes(d.id)) return d.id;
  for (const d of DIMENSIONS) if (parts.some((p) => DIMENSION_WORDS[d.id].includes(p))) return d.id;
  return "diplomacy";
}

/** True when `text` names one of the dimensions by id. */
export function isDimensionId(text: string): text is DimensionId {
  return DIMENSIONS.some((d) => d.id === text);
}

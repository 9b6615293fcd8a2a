/**
 * Which language each piece of dataset text is in, once a content translation is applied
 * (see applyTranslation.ts). Pure.
 */
import type { NormalizedEvent } from "../data/normalize";

export type EventTextField = "title" | "summary" | "note" | "dateNote";

export interface ShownText {
  text: string;
  /** BCP 47 tag of `text`: the translation's language, or "en" for the authoritative English. */
  lang: string;
  translated: boolean;
}

/** An event's field as shown: the translation, or (with `original`, or when untranslated) the English. */
export function eventText(ev: NormalizedEvent, field: EventTextField, original = false): ShownText | null {
  const shown = ev[field];
  if (shown === undefined) return null;
  const tr = ev.translated;
  const english = tr?.original[field];
  if (!tr || english === undefined) return { text: shown, lang: "en", translated: false };
  return original
    ? { text: english, lang: "en", translated: false }
    : { text: shown, lang: tr.lang, translated: true };
}

/** Whether any text of the event shows a translation. */
export function hasTranslation(ev: NormalizedEvent): boolean {
  return Boolean(ev.translated && Object.keys(ev.translated.original).length > 0);
}

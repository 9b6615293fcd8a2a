/**
 * What About says to readers about the built-in dataset's documents, by source id: what
 * each document is and who wrote it, in plain words. (The sources' `note` fields are
 * written for the dataset's editors, about the text files; About does not show them.)
 * Facts from shared/seeds/README.md and data/README.md; the words are in the catalogs.
 */
import { t, type MessageKey } from "../../i18n/i18n";

const SOURCE_ABOUT: Readonly<Record<string, MessageKey>> = {
  "courteous-charmer": "about.source.courteousCharmer",
  "soft-power-asean-2009": "about.source.softPowerAsean2009",
};

/** The About note on one of the built-in documents, in the current language; undefined for others. */
export function builtInSourceAbout(id: string): string | undefined {
  const key = Object.prototype.hasOwnProperty.call(SOURCE_ABOUT, id) ? SOURCE_ABOUT[id] : undefined;
  return key && t(key);
}

/** How the built-in dataset's events were chosen and written (data/README.md, in brief). */
export const BUILT_IN_METHOD: readonly MessageKey[] = [
  "about.method.1",
  "about.method.2",
  "about.method.3",
  "about.method.4",
  "about.method.5",
];

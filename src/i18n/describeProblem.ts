/**
 * The dataset importer's messages in the chosen language. src/data (worker side, no catalog)
 * sends each message as English text plus, where it has one, a catalog key and values
 * (src/data/messageRef.ts); these pure functions turn them into the reader's language on the
 * main thread. A message without a key stays English, but a row problem still gets its
 * "Row N" in the reader's language.
 */
import type { DataProblem } from "../data/validate";
import type { MessageRef } from "../data/messageRef";
import type { MessageKey, MessageValues } from "./i18n";

type Translate = (id: MessageKey, values?: MessageValues) => string;

/** Every key the importer may send (tests/i18n/importMessages.test.ts checks src/data against it). */
export const IMPORT_KEYS = [
  "import.csvUnreadable",
  "import.empty",
  "import.jsonList",
  "import.neither",
  "import.noEvents",
  "import.noCategoryColumn",
  "import.noRows",
  "import.noneEvents",
  "import.noneRows",
  "import.notDataset",
  "import.notReadable",
  "import.notText",
  "import.notUsable",
  "import.notUsableMore",
  "import.notUtf8",
  "import.pdf",
  "import.row.actorsMissing",
  "import.row.categoryMissing",
  "import.row.dateMissing",
  "import.row.dateNoMonth",
  "import.row.dateUnknown",
  "import.row.sourceMissing",
  "import.row.titleMissing",
  "import.tooLarge",
  "import.tooMany",
  "import.webPage",
  "import.zipped",
] as const satisfies readonly MessageKey[];

const known = new Set<string>(IMPORT_KEYS);

function translated(r: MessageRef | undefined, t: Translate): string | undefined {
  if (!r || !known.has(r.key)) return undefined;
  return t(r.key as MessageKey, r.values);
}

/** One problem line (as listed under a refusal or in the problems banner). */
export function describeProblem(p: DataProblem, t: Translate): string {
  const own = translated(p.key ? { key: p.key, ...(p.values ? { values: p.values } : {}) } : undefined, t);
  if (own !== undefined) return own;
  const row = /^Row (\d+): (.*)$/s.exec(p.message);
  if (row) return t("import.rowPrefix", { row: Number(row[1]), detail: row[2]! });
  return p.message;
}

/** The headline of a refused file. */
export function describeRefusal(error: string, errorRef: MessageRef | undefined, t: Translate): string {
  return translated(errorRef, t) ?? error;
}

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
import { formatPartialDateIn } from "./format";
import { currentFormatLocale } from "./displayLocale";

type Translate = (id: MessageKey, values?: MessageValues) => string;

/**
 * The importer's and the loader's keys. Named by prefix, not listed: a module of the first view
 * that named every import message would pull them all into the first part of the catalog
 * (scripts/catalogPlugin.ts), where the modules of src/data that send them keep them in the
 * part that loads with the importer. tests/i18n/importMessages.test.ts checks every key sent.
 */
const KNOWN = /^(import|load)\./;

const isKnown = (key: string) => KNOWN.test(key);

/**
 * The values as the message takes them. Two conventions let the worker, which has no catalog,
 * send words inside values: a value `x` with a sibling `xKey` is itself a message, translated
 * with the values named `x.…` (a list of rows, "a list" for a value); a value `x` with a sibling
 * `xIso` is a date, written in the reader's calendar words (English keeps `x` as sent).
 */
function resolveValues(values: MessageValues | undefined, t: Translate): MessageValues | undefined {
  if (!values) return values;
  const out: MessageValues = { ...values };
  for (const [name, v] of Object.entries(values)) {
    if (name.endsWith("Key") && typeof v === "string" && isKnown(v)) {
      const base = name.slice(0, -3);
      const nested: MessageValues = {};
      for (const [k, x] of Object.entries(values))
        if (k.startsWith(`${base}.`)) nested[k.slice(base.length + 1)] = x;
      out[base] = t(v as MessageKey, nested);
    } else if (name.endsWith("Iso") && typeof v === "string" && currentFormatLocale() !== "en") {
      out[name.slice(0, -3)] = formatPartialDateIn(v, currentFormatLocale());
    }
  }
  return out;
}

function translated(r: MessageRef | undefined, t: Translate): string | undefined {
  if (!r || !isKnown(r.key)) return undefined;
  return t(r.key as MessageKey, resolveValues(r.values, t));
}

/** One problem line (as listed under a refusal or in the problems banner). */
export function describeProblem(
  p: Pick<DataProblem, "message" | "key" | "values" | "where">,
  t: Translate,
): string {
  const own = translated(p.key ? { key: p.key, ...(p.values ? { values: p.values } : {}) } : undefined, t);
  if (own !== undefined) {
    if (!p.where || !isKnown(p.where.key)) return own;
    return t(p.where.key as MessageKey, { ...p.where.values, detail: own });
  }
  // A message without a key: at least its "Row N" or "Event N" in the reader's language.
  const row = /^Row (\d+): (.*)$/s.exec(p.message);
  if (row) return t("import.rowPrefix", { row: Number(row[1]), detail: row[2]! });
  const event = /^Event (\d+): (.*)$/s.exec(p.message);
  if (event) return t("import.eventPrefix", { event: Number(event[1]), detail: event[2]! });
  return p.message;
}

/** The headline of a refused file. */
export function describeRefusal(error: string, errorRef: MessageRef | undefined, t: Translate): string {
  // "" is a key whose catalog part has not arrived yet: the English beats a blank headline.
  return translated(errorRef, t) || error;
}

/**
 * A load error as data, so that it reads in the language shown now, not the one chosen when
 * the file was refused: the store keeps this and the status line translates it when it renders.
 */
export interface LoadErrorRef {
  /** Said first, e.g. "The shared timeline could not be opened." (load.shareFailedPrefix). */
  prefix?: MessageRef;
  /** The refusal in English: the fallback when `errorRef` is missing or unknown. */
  error: string;
  errorRef?: MessageRef;
}

/** A stored load error in the reader's language. */
export function describeLoadError(e: LoadErrorRef, t: Translate): string {
  const prefix = e.prefix ? translated(e.prefix, t) : undefined;
  const body = describeRefusal(e.error, e.errorRef, t);
  return prefix ? `${prefix} ${body}` : body;
}

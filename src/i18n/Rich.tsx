/** A message with elements inside it (a link, a <kbd>): the translation decides where they go. */
import { Fragment, type ReactNode } from "react";
import { t, type MessageKey, type MessageValues } from "./i18n";

const MARK = "\u2063"; // invisible separator: never in a message, survives ICU formatting

/**
 * Formats `id` with each of `parts` at its `{name}` placeholder. Re-renders with its parent
 * (components call useT(), so a language change reaches here).
 */
export function Rich({
  id,
  values,
  parts,
}: {
  id: MessageKey;
  values?: MessageValues;
  parts: Record<string, ReactNode>;
}) {
  const marks = Object.fromEntries(Object.keys(parts).map((k) => [k, `${MARK}${k}${MARK}`]));
  const pieces = t(id, { ...values, ...marks }).split(MARK);
  // Odd pieces are part names (between two marks), even pieces are text.
  return (
    <>
      {pieces.map((p, i) => (
        <Fragment key={i}>{i % 2 === 1 ? parts[p] : p}</Fragment>
      ))}
    </>
  );
}

import { useState } from "react";
import type { DataProblem } from "../../data/validate";
import { useT } from "../../i18n/useT";
import { describeLoadError, describeProblem, type LoadErrorRef } from "../../i18n/describeProblem";
import type { MessageKey, MessageValues } from "../../i18n/i18n";

/** Rendering 20,000 list items would freeze a phone; the first ones are what an author fixes first. */
export const MAX_LISTED = 200;

/**
 * The whole list as plain text, one problem a line (what "Copy the list" puts on the clipboard),
 * in the reader's language when `t` is given.
 */
export function problemsAsText(
  problems: readonly DataProblem[],
  t?: (id: MessageKey, values?: MessageValues) => string,
): string {
  return problems.map((p) => (t ? describeProblem(p, t) : p.message)).join("\n");
}

/**
 * The row-numbered problems of a load, as plain text items, with a button that copies them
 * all (to paste into an e-mail or a note while fixing the spreadsheet).
 *
 * @example
 * <ProblemList problems={outcome.problems} />
 */
export function ProblemList({ problems }: { problems: readonly DataProblem[] }) {
  const [copied, setCopied] = useState<"" | "done" | "failed">("");
  const hidden = problems.length - MAX_LISTED;
  const t = useT();
  const copy = () => {
    const text = problemsAsText(problems, t);
    const clip = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    if (!clip?.writeText) {
      setCopied("failed");
      return;
    }
    clip.writeText(text).then(
      () => setCopied("done"),
      () => setCopied("failed"),
    );
  };
  return (
    <div className="problem-list">
      <ul className="data-problems__list">
        {problems.slice(0, MAX_LISTED).map((p, i) => (
          <li key={i}>{describeProblem(p, t)}</li>
        ))}
      </ul>
      {hidden > 0 && <p className="data-problems__more">{t("problems.more", { count: hidden })}</p>}
      <p className="problem-list__copy">
        <button type="button" className="problem-list__copy-button" onClick={copy}>
          {t("problems.copy")}
        </button>{" "}
        <span role="status">
          {copied === "done" ? t("problems.copied") : copied === "failed" ? t("problems.copyFailed") : ""}
        </span>
      </p>
    </div>
  );
}

/**
 * A refused file: what went wrong, what is on screen instead, and every problem listed at once
 * (no button to find them), announced as an alert.
 *
 * @example
 * <DataRefusal error={load.error} problems={load.problems} showing="The built-in dataset is still shown." />
 */
export function DataRefusal({
  error: text,
  errorRef,
  problems = [],
  showing,
}: {
  error: string;
  /** The stored reference of the error, worded in the current language (wins over `error`). */
  errorRef?: LoadErrorRef | undefined;
  problems?: readonly DataProblem[] | undefined;
  showing?: string | undefined;
}) {
  // The one-line cause repeats the first problem when the file was refused for a single reason.
  const t = useT();
  const error = errorRef ? describeLoadError(errorRef, t) : text;
  const only = problems.length === 1 ? problems[0]! : undefined;
  const listed = only && (only.message === error || describeProblem(only, t) === error) ? [] : problems;
  return (
    <div className="data-refusal">
      <p role="alert" className="data-refusal__head">
        <strong>{t("load.failed")}</strong> <span>{error}</span>
        {showing ? <span> {showing}</span> : null}
      </p>
      {listed.length > 0 && (
        <section className="data-refusal__problems" aria-label={t("problems.label")}>
          <ProblemList problems={listed} />
        </section>
      )}
    </div>
  );
}

import { useId, useState } from "react";
import type { DataProblem } from "../../data/validate";
import { ProblemList } from "./ProblemList";
import "./DataProblemsBanner.css";
import { useT } from "../../i18n/useT";

export interface DataProblemsBannerProps {
  /** The problems to list; every message is shown as plain text. */
  problems: DataProblem[];
  /** How many rows/events were left out. */
  skipped: number;
  onDismiss(): void;
  /** "row" for CSV, "event" for JSON; guessed from the messages when absent. */
  unit?: "row" | "event";
}

function guessUnit(problems: DataProblem[]): "row" | "event" {
  return problems.some((p) => p.message.startsWith("Row ")) ||
    !problems.some((p) => p.message.startsWith("Event "))
    ? "row"
    : "event";
}

/**
 * "2 rows skipped — details": a dismissible status banner whose details button discloses
 * every problem in plain words.
 *
 * @example
 * <DataProblemsBanner problems={outcome.problems} skipped={outcome.skipped} onDismiss={hide} />
 */
export function DataProblemsBanner({ problems, skipped, onDismiss, unit }: DataProblemsBannerProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const t = useT();
  if (problems.length === 0 && skipped === 0) return null;
  const summary =
    skipped > 0
      ? t((unit ?? guessUnit(problems)) === "row" ? "problems.rowsSkipped" : "problems.eventsSkipped", {
          count: skipped,
        })
      : t("problems.notes", { count: problems.length });

  return (
    <div className="data-problems" role="status">
      <div className="data-problems__bar">
        <span className="data-problems__icon" aria-hidden="true">
          !
        </span>
        <p className="data-problems__summary">
          {summary}
          {problems.length > 0 && (
            <>
              {" — "}
              <button
                type="button"
                className="data-problems__toggle"
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => setOpen((o) => !o)}
              >
                {t("problems.details")}
              </button>
            </>
          )}
        </p>
        <button
          type="button"
          className="data-problems__dismiss"
          aria-label={t("problems.dismiss")}
          onClick={onDismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div id={listId} className="data-problems__details" hidden={!open}>
        {open && <ProblemList problems={problems} />}
      </div>
    </div>
  );
}

import { useId, useState, type ReactNode } from "react";
import { t as tr } from "../../i18n/i18n";

interface Props {
  title: string;
  /** One line under the title: what is shown and how to read it. */
  note?: ReactNode;
  /** Titles of the documents the chart's numbers come from. */
  sources: readonly string[];
  /** The chart. */
  children: ReactNode;
  /** The same numbers as a table (the "show as table" alternative). */
  table: ReactNode;
}

/** A chart card: title, note, chart or table (toggle), source line. */
export function ChartFrame({ title, note, sources, children, table }: Props) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <figure className="fig-card" aria-labelledby={titleId}>
      <div className="fig-head">
        <h3 id={titleId} className="fig-title">
          {title}
        </h3>
        <button
          type="button"
          className="btn fig-toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((t) => !t)}
        >
          {tr("fig.showTable")}
        </button>
      </div>
      {note && <p className="fig-note">{note}</p>}
      <div className="fig-body">{asTable ? table : children}</div>
      {sources.length > 0 && (
        <figcaption className="fig-source">
          {tr("print.sourcesLabel", {
            count: sources.length,
            list: sources.map((s) => tr("quote", { text: s })).join("; "),
          })}
        </figcaption>
      )}
    </figure>
  );
}

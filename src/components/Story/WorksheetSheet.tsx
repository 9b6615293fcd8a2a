import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectIsBuiltInData } from "../../store/selectors";
import { loadStory } from "../../story/loadStory";
import { buildWorksheet, redactDates, type Worksheet } from "../../story/worksheet";
import { yearOf } from "../../chart/pairs";
import "./Worksheet.css";

/**
 * The printed worksheet: rendered into <body> (outside the app, hidden on screen);
 * while `html[data-printing="worksheet"]` is set, print.css shows it alone. Each
 * request builds it and opens the print dialog; afterwards the browser's own
 * Print prints the handout again.
 */
export default function WorksheetSheet({ request, onDone }: { request: number; onDone(msg: string): void }) {
  const ds = useTimelineStore(selectDataset);
  const builtIn = useTimelineStore(selectIsBuiltInData);
  const [sheet, setSheet] = useState<{ request: number; ws: Worksheet } | null>(null);

  useEffect(() => {
    if (!ds || !builtIn) {
      onDone("The worksheet is made from the guided story, which is written for the built-in dataset.");
      return;
    }
    let live = true;
    void loadStory(ds).then(({ story, problems }) => {
      if (!live) return;
      if (!story) onDone(`The worksheet cannot be made: ${problems[0]?.message ?? "no story"}.`);
      else setSheet({ request, ws: buildWorksheet(story, ds) });
    });
    return () => {
      live = false;
    };
  }, [ds, builtIn, request, onDone]);

  useEffect(() => {
    if (!sheet || sheet.request !== request) return;
    const root = document.documentElement;
    root.dataset.printing = "worksheet";
    const after = () => delete root.dataset.printing;
    window.addEventListener("afterprint", after, { once: true });
    const t = setTimeout(() => {
      try {
        window.print();
        onDone("The worksheet went to the print dialog (two pages: the sheet, then the answer key).");
      } catch {
        delete root.dataset.printing;
        onDone("Printing is not allowed here. Open the timeline in its own tab to print the worksheet.");
      }
    }, 50);
    return () => {
      clearTimeout(t);
      window.removeEventListener("afterprint", after);
    };
  }, [sheet, request, onDone]);

  if (!sheet) return null;
  const { ws } = sheet;
  return createPortal(
    <div className="worksheet-root">
      <article className="worksheet" aria-label="Worksheet">
        <header className="ws-head">
          <h1>{ws.title}: a worksheet</h1>
          <p className="ws-name">
            Name: <span className="ws-line" /> Class: <span className="ws-line ws-line--short" />
          </p>
        </header>
        <section>
          <h2>A. Put the story in order</h2>
          <p className="ws-help">
            The dates are gone. Number the steps from 1 (earliest) to {ws.steps.length}, and write the year or
            years of each.
          </p>
          <table className="ws-steps">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Step</th>
                <th scope="col">Order</th>
                <th scope="col">Year(s)</th>
              </tr>
            </thead>
            <tbody>
              {ws.steps.map((s) => (
                <tr key={s.letter}>
                  <th scope="row">{s.letter}</th>
                  <td>
                    <strong>{s.title}.</strong> {s.text.split(/(?<=[.!?])\s/)[0]}
                  </td>
                  <td className="ws-box" />
                  <td className="ws-box ws-box--wide" />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2>B. Which came first?</h2>
          <p className="ws-help">Tick the event that happened first.</p>
          <ol className="ws-quiz">
            {ws.quiz.map((q) => (
              <li key={q.n}>
                <span className="ws-opt">☐ {redactDates(q.options[0].title)}</span>
                <span className="ws-or">or</span>
                <span className="ws-opt">☐ {redactDates(q.options[1].title)}</span>
              </li>
            ))}
          </ol>
        </section>
      </article>
      <article className="worksheet worksheet--key" aria-label="Answer key">
        <h1>Answer key: {ws.title}</h1>
        <h2>A. The story in order</h2>
        <ol className="ws-key-order">
          {ws.key.order.map((letter) => {
            const k = ws.key.steps.find((s) => s.letter === letter)!;
            return (
              <li key={letter}>
                <strong>{letter}</strong> — {k.years}
              </li>
            );
          })}
        </ol>
        <h2>B. Which came first?</h2>
        <ol className="ws-key-quiz">
          {ws.key.quiz.map((k) => (
            <li key={k.n}>
              <strong>
                {k.first.title} ({yearOf(k.first)})
              </strong>{" "}
              came before {k.second.title} ({yearOf(k.second)}).
            </li>
          ))}
        </ol>
        <p className="ws-foot">
          Made from the guided story and the dataset “{ds?.title}”; every event cites its source in the app.
        </p>
      </article>
    </div>,
    document.body,
  );
}

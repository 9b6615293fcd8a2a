import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectIsBuiltInData } from "../../store/selectors";
import { loadStory } from "../../story/loadStory";
import { buildWorksheet, redactDates, type Worksheet } from "../../story/worksheet";
import { yearOf } from "../../chart/pairs";
import "./Worksheet.css";
import { t as tr } from "../../i18n/i18n";
import { describeProblem } from "../../i18n/describeProblem";

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
      onDone(tr("ws.builtInOnly"));
      return;
    }
    let live = true;
    void loadStory(ds).then(({ story, problems }) => {
      if (!live) return;
      if (!story)
        onDone(
          tr("ws.cannot", { problem: problems[0] ? describeProblem(problems[0], tr) : tr("ws.noStory") }),
        );
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
        onDone(tr("ws.printed"));
      } catch {
        delete root.dataset.printing;
        onDone(tr("ws.printBlocked"));
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
      <article className="worksheet" aria-label={tr("ws.label")}>
        <header className="ws-head">
          <h1>{tr("ws.title", { title: ws.title })}</h1>
          <p className="ws-name">
            {tr("ws.name")} <span className="ws-line" /> {tr("ws.class")}{" "}
            <span className="ws-line ws-line--short" />
          </p>
        </header>
        <section>
          <h2>{tr("ws.partA")}</h2>
          <p className="ws-help">{tr("ws.helpA", { count: ws.steps.length })}</p>
          <table className="ws-steps">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{tr("ws.step")}</th>
                <th scope="col">{tr("ws.order")}</th>
                <th scope="col">{tr("ws.years")}</th>
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
          <h2>{tr("ws.partB")}</h2>
          <p className="ws-help">{tr("ws.helpB")}</p>
          <ol className="ws-quiz">
            {ws.quiz.map((q) => (
              <li key={q.n}>
                <span className="ws-opt">☐ {redactDates(q.options[0].title)}</span>
                <span className="ws-or">{tr("ws.or")}</span>
                <span className="ws-opt">☐ {redactDates(q.options[1].title)}</span>
              </li>
            ))}
          </ol>
        </section>
      </article>
      <article className="worksheet worksheet--key" aria-label={tr("ws.key")}>
        <h1>{tr("ws.keyTitle", { title: ws.title })}</h1>
        <h2>{tr("ws.keyA")}</h2>
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
        <h2>{tr("ws.partB")}</h2>
        <ol className="ws-key-quiz">
          {ws.key.quiz.map((k) => (
            <li key={k.n}>
              <strong>
                {k.first.title} ({yearOf(k.first)})
              </strong>{" "}
              {tr("ws.cameBefore", { title: k.second.title, year: yearOf(k.second) })}
            </li>
          ))}
        </ol>
        <p className="ws-foot">{tr("ws.foot", { title: ds?.title ?? "" })}</p>
      </article>
    </div>,
    document.body,
  );
}

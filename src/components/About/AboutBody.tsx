import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectIsBuiltInData } from "../../store/selectors";
import { datasetFacts } from "../Header/datasetFacts";
import { BUILT_IN_METHOD, builtInSourceAbout } from "./builtInAbout";
import { useT } from "../../i18n/useT";
import { Rich } from "../../i18n/Rich";

const isHttp = (u: string | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/** The About dialog's content (AboutDialog.tsx loads it when the dialog opens). */
export default function AboutBody() {
  const ds = useTimelineStore(selectDataset);
  const builtIn = useTimelineStore(selectIsBuiltInData);
  const t = useT();
  const k = (key: string) => <kbd>{key}</kbd>;
  return (
    <>
      {ds ? (
        <>
          <p className="about-title">
            <strong>{ds.title}</strong>
            <span className="about-facts">
              {" — "}
              {t("about.facts", { facts: datasetFacts(ds), count: ds.sources.length })}
            </span>
          </p>
          {ds.description && <p>{ds.description}</p>}
          <h3>{t("about.documents", { count: ds.sources.length })}</h3>
          <ol className="about-sources">
            {ds.sources.map((s) => {
              const about = builtIn ? builtInSourceAbout(s.id) : undefined;
              const by = [s.author, s.publisher].filter(Boolean).join(", ");
              return (
                <li key={s.id}>
                  {isHttp(s.url) ? (
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      <cite>{s.title}</cite>
                    </a>
                  ) : (
                    <cite>{s.title}</cite>
                  )}
                  {by && `, ${by}`}
                  {s.year !== undefined && ` (${s.year})`}
                  {about && <p className="about-note">{about}</p>}
                </li>
              );
            })}
          </ol>
          {builtIn && (
            <>
              <h3>{t("about.howChosen")}</h3>
              <ul className="about-method">
                {BUILT_IN_METHOD.map((key) => (
                  <li key={key}>{t(key)}</li>
                ))}
              </ul>
            </>
          )}
          <p className="about-note">{t("about.openAny")}</p>
        </>
      ) : (
        <p>{t("about.noDataset")}</p>
      )}
      <h3>{t("about.keyboard")}</h3>
      <ul className="about-keys">
        <li>
          <Rich id="about.keys.tab" values={{ skip: t("skip.timeline") }} parts={{ tab: k("Tab") }} />
        </li>
        <li>
          <Rich
            id="about.keys.move"
            parts={{
              arrows: (
                <>
                  {k("←")} {k("→")} {k("↑")} {k("↓")}
                </>
              ),
              enter: k("Enter"),
            }}
          />
        </li>
        <li>
          <Rich
            id="about.keys.zoom"
            parts={{
              plusMinus: (
                <>
                  {k("+")} {k("−")}
                </>
              ),
              zero: k("0"),
              shiftArrows: (
                <>
                  {k("Shift")}+{k("←")}/{k("→")}
                </>
              ),
            }}
          />
        </li>
        <li>
          <Rich
            id="about.keys.story"
            parts={{
              right: k("→"),
              space: k("Space"),
              pageDown: k("PageDown"),
              left: k("←"),
              pageUp: k("PageUp"),
              f: k("F"),
            }}
          />
        </li>
        <li>
          <Rich id="about.keys.esc" parts={{ esc: k("Esc") }} />
        </li>
      </ul>
    </>
  );
}

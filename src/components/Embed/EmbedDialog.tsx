import { useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectTheme, selectView } from "../../store/selectors";
import type { TimelineState } from "../../store/types";
import { stateToUrl } from "../../url/stateMapping";
import { decodeUrlState, encodeUrlState, THEMES, VIEWS, type Theme, type View } from "../../url/urlState";
import { VIEW_NAMES } from "../Tabs/ViewTabs";
import {
  clampHeight,
  embedQuery,
  embedSrc,
  hostScript,
  iframeCode,
  scriptTag,
  type SnippetOptions,
} from "../../embed/hostSnippet";
import { CodeBlock } from "./CodeBlock";
import { EmbedPreview } from "./EmbedPreview";
import "../../styles/embed.css";
import { useT } from "../../i18n/useT";
import type { MessageKey } from "../../i18n/i18n";
import { Rich } from "../../i18n/Rich";

const THEME_NAMES: Record<Theme, MessageKey> = {
  light: "theme.light",
  dark: "theme.dark",
  contrast: "theme.contrast",
};

/** The current state's query (filters, range, selection, data URL) without view, theme and embed. */
const selectStateQuery = (s: TimelineState): string => {
  const u = stateToUrl(s);
  delete u.view;
  delete u.theme;
  delete u.embed;
  return encodeUrlState(u);
};

/** This page's address without query or hash: where the iframe points. */
function appUrl(): string {
  return document.baseURI.replace(/[?#].*$/, "");
}

/**
 * The Embed dialog's content: choose view, theme and height behaviour; see a
 * live preview; copy the `<iframe>` code and the host script.
 */
export default function EmbedDialog() {
  const ids = useId();
  const t = useT();
  const currentView = useTimelineStore(selectView);
  const currentTheme = useTimelineStore(selectTheme);
  const stateQuery = useTimelineStore(selectStateQuery);
  const ds = useTimelineStore(selectDataset);
  const fromFile = useTimelineStore((s) => Boolean(s.dataFileName) || s.dataShared);
  // A timeline from a file or a share link travels in the iframe's src as a share link's fragment.
  const [carry, setCarry] = useState(true);
  const [fragment, setFragment] = useState<string | null>(null);
  useEffect(() => {
    if (!fromFile || !ds) return;
    let live = true;
    // Loaded only for a timeline that needs it: the dialog opens as fast as before for the built-in one.
    void Promise.all([import("../../share/shareCodec"), import("../Export/exportData")])
      .then(([codec, data]) => codec.encodeShareFragment(data.filteredDataset(ds, ds.events)))
      .then((f) => live && setFragment(f))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [fromFile, ds]);
  const withData = fromFile && carry && fragment !== null;

  const [view, setView] = useState<View>(currentView);
  const [theme, setTheme] = useState<Theme | "system">(currentTheme ?? "system");
  const [auto, setAuto] = useState(true);
  const [fixed, setFixed] = useState(520);
  const [deepLinks, setDeepLinks] = useState(true);

  const query = useMemo(
    () =>
      embedQuery(
        encodeUrlState({
          ...decodeUrlState(stateQuery),
          view,
          ...(theme === "system" ? {} : { theme }),
          embed: true,
        }),
      ),
    [stateQuery, view, theme],
  );

  const opts: SnippetOptions = {
    appUrl: appUrl(),
    query,
    title: ds?.title ? t("embed.frameTitle", { title: ds.title }) : t("app.title"),
    height: auto ? "auto" : clampHeight(fixed),
    deepLinks,
    ...(withData ? { fragment } : {}),
  };
  const code = iframeCode(opts);
  const script = hostScript(opts);
  // Reload the preview when the choices settle, not on every keystroke of the height field.
  const previewSrc = useDeferredValue(embedSrc(opts.appUrl, query) + (withData ? `#${fragment}` : ""));

  return (
    <div className="embed-dialog">
      <p className="embed-intro">{t("embed.intro")}</p>
      {fromFile && (
        <label className="embed-check">
          <input type="checkbox" checked={carry} onChange={(e) => setCarry(e.target.checked)} />{" "}
          {t("embed.carry")}
        </label>
      )}
      {fromFile && !carry && <p className="embed-note">{t("embed.fromFile")}</p>}
      <div className="embed-options">
        <div className="embed-field">
          <label htmlFor={`${ids}-view`}>{t("cite.part.view")}</label>
          <select id={`${ids}-view`} value={view} onChange={(e) => setView(e.target.value as View)}>
            {VIEWS.map((v) => (
              <option key={v} value={v}>
                {t(VIEW_NAMES[v])}
              </option>
            ))}
          </select>
        </div>
        <div className="embed-field">
          <label htmlFor={`${ids}-theme`}>{t("theme.label")}</label>
          <select
            id={`${ids}-theme`}
            value={theme}
            onChange={(e) => setTheme(e.target.value as Theme | "system")}
          >
            <option value="system">{t("embed.themeSystem")}</option>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(THEME_NAMES[th])}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="embed-field embed-height">
          <legend>{t("embed.height")}</legend>
          <label className="embed-radio">
            <input type="radio" name={`${ids}-h`} checked={auto} onChange={() => setAuto(true)} />{" "}
            {t("embed.auto")}
          </label>
          <label className="embed-radio">
            <input type="radio" name={`${ids}-h`} checked={!auto} onChange={() => setAuto(false)} />{" "}
            {t("embed.fixed")}
          </label>
          <label className="embed-px">
            <span className="visually-hidden">{t("embed.fixedPx")}</span>
            <input
              type="number"
              min={320}
              max={4000}
              step={10}
              value={fixed}
              disabled={auto}
              onChange={(e) => setFixed(Number(e.target.value))}
              onBlur={() => setFixed(clampHeight(fixed))}
            />{" "}
            {t("embed.px")}
          </label>
        </fieldset>
        <label className="embed-check">
          <input type="checkbox" checked={deepLinks} onChange={(e) => setDeepLinks(e.target.checked)} />{" "}
          {t("embed.deepLinks")}
        </label>
      </div>
      <p className="embed-hint">
        {auto ? t("embed.autoHint") : t("embed.fixedHint", { px: clampHeight(fixed) })}
      </p>

      <h3>{t("embed.code")}</h3>
      <CodeBlock label={t("embed.iframeCode")} code={code} />
      {script ? (
        <CodeBlock
          label={t(auto && deepLinks ? "embed.scriptBoth" : auto ? "embed.scriptAuto" : "embed.scriptLinks")}
          code={script}
        />
      ) : null}
      {script ? (
        <CodeBlock label={t("embed.scriptTag")} code={scriptTag(opts.appUrl)} />
      ) : (
        <p className="embed-hint">{t("embed.noScript")}</p>
      )}
      <p className="embed-hint">
        <Rich
          id="embed.sandbox"
          parts={{ sandbox: <code>{'sandbox="allow-scripts allow-popups"'}</code>, id: <code>id</code> }}
        />
      </p>
      <h3>{t("embed.preview")}</h3>
      <EmbedPreview src={previewSrc} height={auto ? "auto" : clampHeight(fixed)} />
    </div>
  );
}

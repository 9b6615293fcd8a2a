import { useEffect, useId, useMemo, useState } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset } from "../../store/selectors";
import type { TimelineState } from "../../store/types";
import { stateToUrl } from "../../url/stateMapping";
import { encodeUrlState } from "../../url/urlState";
import { encodeShareFragment, SAFE_LINK_CHARS, shareSupported } from "../../share/shareCodec";
import { appAddress, datasetFileName, linkIsLong, shareUrl, viewQuery } from "../../share/shareLink";
import { isHttpUrl } from "../../data/safeUrl";
import { filteredDataset } from "../Export/exportData";
import { saveBlob } from "../Export/download";
import { CodeBlock } from "../Embed/CodeBlock";
// The Copy field's look (CodeBlock) lives with the Embed dialog's styles.
import "../../styles/embed.css";
import "./Share.css";
import { useT } from "../../i18n/useT";
import { Rich } from "../../i18n/Rich";

const selectQuery = (s: TimelineState): string => encodeUrlState(stateToUrl(s));

type Carry = "data" | "address";

/**
 * "Share link": the address of this timeline and view. For a timeline that is not
 * the built-in one the whole dataset travels in the link's `#d1.` fragment (never
 * sent to a server). Shows the length and, past what chat apps keep, offers the file
 * or a published `data=` address instead.
 */
export default function ShareDialog() {
  const ids = useId();
  const ds = useTimelineStore(selectDataset);
  const query = useTimelineStore(selectQuery);
  const dataUrl = useTimelineStore((s) => s.dataUrl);
  const custom = useTimelineStore((s) => s.dataShared || s.dataFileName !== null || s.dataUrl !== null);
  const [carry, setCarry] = useState<Carry>("data");
  const [fragment, setFragment] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [published, setPublished] = useState("");
  const t = useT();

  // The whole dataset, as a file would hold it (normalization's extras left out).
  const plain = useMemo(() => (ds ? filteredDataset(ds, ds.events) : null), [ds]);
  const wantData = custom && (carry === "data" || !dataUrl);

  useEffect(() => {
    if (!plain || !wantData) return;
    let live = true;
    setFragment(null);
    if (!shareSupported()) {
      setFailed(t("share.cannotPack"));
      return;
    }
    encodeShareFragment(plain).then(
      (f) => live && setFragment(f),
      () => live && setFailed(t("share.failed")),
    );
    return () => {
      live = false;
    };
  }, [plain, wantData, t]);

  if (!ds || !plain) return null;
  const app = appAddress(document.baseURI);
  const url = wantData
    ? fragment && shareUrl(app, viewQuery(query), fragment)
    : shareUrl(app, viewQuery(query, custom ? dataUrl : null), null);
  const long = url ? linkIsLong(url) : false;
  const publishedOk = isHttpUrl(published.trim());
  const fromFileSystem = /^file:/i.test(app);

  const download = () =>
    saveBlob(
      new Blob([`${JSON.stringify(plain, null, 2)}\n`], { type: "application/json" }),
      datasetFileName(ds.title),
    );

  return (
    <div className="share-dialog">
      <p>{t(custom ? "share.introCustom" : "share.introBuiltIn")}</p>
      {custom && dataUrl && (
        <fieldset className="share-choice">
          <legend>{t("share.carries")}</legend>
          <label>
            <input
              type="radio"
              name={`${ids}-carry`}
              checked={carry === "data"}
              onChange={() => setCarry("data")}
            />{" "}
            {t("share.carryData")}
          </label>
          <label>
            <input
              type="radio"
              name={`${ids}-carry`}
              checked={carry === "address"}
              onChange={() => setCarry("address")}
            />{" "}
            {t("share.carryAddress")}
          </label>
        </fieldset>
      )}
      {failed && wantData ? (
        <p role="alert">{failed}</p>
      ) : url ? (
        <>
          <CodeBlock label={t("share.button")} code={url} rows={3} />
          <p className="share-length">
            {t(long ? "share.length" : "share.lengthShort", { count: url.length })}
          </p>
        </>
      ) : (
        <p role="status">{t("share.making")}</p>
      )}
      {(long || (failed && wantData)) && (
        <div className="share-warning">
          {long && (
            <p>
              <strong>{t("share.longHead")}</strong> {t("share.longBody", { max: SAFE_LINK_CHARS })}
            </p>
          )}
          <div className="share-alternatives">
            <button type="button" className="btn" onClick={download}>
              {t("share.download")}
            </button>
          </div>
          <div className="share-field">
            <label htmlFor={`${ids}-published`}>{t("share.publishedLabel")}</label>
            <input
              id={`${ids}-published`}
              type="url"
              inputMode="url"
              placeholder={t("share.publishedPlaceholder")}
              value={published}
              onChange={(e) => setPublished(e.target.value)}
            />
          </div>
          {publishedOk && (
            <CodeBlock
              label={t("share.publishedLink")}
              code={shareUrl(app, viewQuery(query, published.trim()), null)}
              rows={2}
            />
          )}
        </div>
      )}
      {wantData && (
        <p className="share-length">
          <Rich id="share.fragment" parts={{ hash: <code>#</code> }} />
        </p>
      )}
      {fromFileSystem && <p className="share-length">{t("share.fileSystem")}</p>}
    </div>
  );
}

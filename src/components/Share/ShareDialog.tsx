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

  // The whole dataset, as a file would hold it (normalization's extras left out).
  const plain = useMemo(() => (ds ? filteredDataset(ds, ds.events) : null), [ds]);
  const wantData = custom && (carry === "data" || !dataUrl);

  useEffect(() => {
    if (!plain || !wantData) return;
    let live = true;
    setFragment(null);
    if (!shareSupported()) {
      setFailed("This browser cannot pack a timeline into a link. Download the file and share it instead.");
      return;
    }
    encodeShareFragment(plain).then(
      (f) => live && setFragment(f),
      () => live && setFailed("The link could not be made. Download the file and share it instead."),
    );
    return () => {
      live = false;
    };
  }, [plain, wantData]);

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
      <p>
        {custom
          ? "Anyone who opens this link sees this timeline, with its events and sources, on the current view. The timeline travels inside the link itself: no account, no server."
          : "Anyone who opens this link sees the built-in timeline on the current view: the filters, the range and the selected event."}
      </p>
      {custom && dataUrl && (
        <fieldset className="share-choice">
          <legend>The link carries</legend>
          <label>
            <input
              type="radio"
              name={`${ids}-carry`}
              checked={carry === "data"}
              onChange={() => setCarry("data")}
            />{" "}
            The whole timeline (works even if its file moves or goes offline)
          </label>
          <label>
            <input
              type="radio"
              name={`${ids}-carry`}
              checked={carry === "address"}
              onChange={() => setCarry("address")}
            />{" "}
            The address of its file (a short link; the file must stay online)
          </label>
        </fieldset>
      )}
      {failed && wantData ? (
        <p role="alert">{failed}</p>
      ) : url ? (
        <>
          <CodeBlock label="Share link" code={url} rows={3} />
          <p className="share-length">
            {url.length.toLocaleString("en")} characters
            {long ? "" : ": short enough for e-mail, chat apps and learning platforms."}
          </p>
        </>
      ) : (
        <p role="status">Making the link…</p>
      )}
      {(long || (failed && wantData)) && (
        <div className="share-warning">
          {long && (
            <p>
              <strong>This link is long.</strong> Chat apps, e-mail and learning platforms often cut links
              longer than about {SAFE_LINK_CHARS.toLocaleString("en")} characters, and a cut link does not
              open. Share the timeline as a file instead, or put the file on the web and share its address.
            </p>
          )}
          <div className="share-alternatives">
            <button type="button" className="btn" onClick={download}>
              Download file (JSON)
            </button>
          </div>
          <div className="share-field">
            <label htmlFor={`${ids}-published`}>
              Address of the file once it is on the web (http or https)
            </label>
            <input
              id={`${ids}-published`}
              type="url"
              inputMode="url"
              placeholder="https://example.org/my-timeline.json"
              value={published}
              onChange={(e) => setPublished(e.target.value)}
            />
          </div>
          {publishedOk && (
            <CodeBlock
              label="Link with the file's address"
              code={shareUrl(app, viewQuery(query, published.trim()), null)}
              rows={2}
            />
          )}
        </div>
      )}
      {wantData && (
        <p className="share-length">
          The timeline is in the part after <code>#</code>, which browsers never send to a server. Anyone who
          has the link can open it.
        </p>
      )}
      {fromFileSystem && (
        <p className="share-length">
          This copy of the app runs from a file on this computer, so the link opens only here. Share the file,
          or use the app from its web address.
        </p>
      )}
    </div>
  );
}

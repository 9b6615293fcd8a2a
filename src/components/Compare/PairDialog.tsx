import { useState } from "react";
import { lagText, pairReason, yearOf, type EventPair } from "../../chart/pairs";
import { formatDateRange } from "../../data/dates";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import { Modal } from "../Modal/Modal";
import { ActorGlyph } from "../Timeline/ActorGlyph";
import { citationText, responseQuote } from "./pairCard";
import { useT } from "../../i18n/useT";

interface Props {
  ds: NormalizedDataset;
  pair: EventPair;
  sides: readonly [string, string];
  onClose(): void;
  /** Open one event in the detail panel (closes the dialog). */
  onOpenEvent(id: string): void;
}

/** A link to the view, without the embed flag: a card is read outside the frame. */
function shareUrl(): string {
  try {
    const u = new URL(window.location.href);
    u.searchParams.delete("embed");
    return u.href.replace(/%2C/g, ",");
  } catch {
    return "";
  }
}

/** Both events of a pair side by side, with their sources, and a PNG card to share. */
export function PairDialog({ ds, pair, sides, onClose, onOpenEvent }: Props) {
  const [status, setStatus] = useState("");
  const t = useT();
  const quote = pair.kind === "response" ? responseQuote(pair.second.note) : null;

  const download = async () => {
    setStatus(t("pairs.drawing"));
    try {
      const [{ buildPairCardSvg, pairCardFileName }, { svgToPng }, { saveBlob }] = await Promise.all([
        import("./pairCard"),
        import("../Export/exportChart"),
        import("../Export/download"),
      ]);
      const card = buildPairCardSvg({ ds, pair, sides, url: shareUrl() });
      const png = await svgToPng(card.svg, card.width, card.height, 1);
      setStatus(saveBlob(png, pairCardFileName(pair)) ? t("pairs.saved") : t("export.mayNotSave"));
    } catch (e) {
      setStatus(t("pairs.failed", { error: (e as Error).message }));
    }
  };

  const side = (ev: NormalizedEvent) => (ev.actors.includes(sides[0]) ? sides[0] : sides[1]);
  const column = (ev: NormalizedEvent, role: string) => (
    <article className="pair-col" aria-label={t("labelled", { label: role, text: ev.title })}>
      <p className="pair-col-who">
        <ActorGlyph actorId={side(ev)} size={13} /> {ds.actorById.get(side(ev))?.name ?? side(ev)} ·{" "}
        {formatDateRange(ev.date, ev.end)}
      </p>
      <h3 className="pair-col-title">{ev.title}</h3>
      <p className="pair-col-summary">{ev.summary}</p>
      <ol className="pair-col-sources" aria-label={t("sources")}>
        {ev.sources.map((s, i) => (
          <li key={i}>{citationText(ds, s)}</li>
        ))}
      </ol>
      <button type="button" className="btn" onClick={() => onOpenEvent(ev.id)}>
        {t("pairs.openEvent")}
      </button>
    </article>
  );

  return (
    <Modal open onClose={onClose} title={t("pairs.title")} className="pair-dialog">
      <p className="pair-lag">
        {yearOf(pair.first)} → {yearOf(pair.second)}: <strong>{lagText(pair)}</strong>
      </p>
      <p className="pair-reason">{pairReason(pair, ds)}</p>
      {quote && (
        <blockquote className="pair-quote">
          “{quote}” <span className="pair-quote-src">({citationText(ds, pair.second.sources[0]!)})</span>
        </blockquote>
      )}
      <div className="pair-cols">
        {column(pair.first, pair.kind === "response" ? t("pairs.answered") : t("pairs.first"))}
        {column(pair.second, pair.kind === "response" ? t("pairs.response") : t("pairs.then"))}
      </div>
      <div className="pair-actions">
        <button type="button" className="btn btn--primary" onClick={() => void download()}>
          {t("pairs.download")}
        </button>
        <span role="status" className="pair-status">
          {status}
        </span>
      </div>
    </Modal>
  );
}

import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { followLink } from "../../story/followUrl";
import type { TimelineState } from "../../store/types";
import { Modal } from "../Modal/Modal";
import { QrCode } from "./QrCode";
import { t as tr } from "../../i18n/i18n";

/** Everything the link depends on, as one string: the dialog re-renders only when it changes. */
const selectFollow = (s: TimelineState) => {
  const l = followLink(window.location, s);
  return l.ok ? `ok\n${l.url}\n${l.short}` : `no\n${l.reason}`;
};

/**
 * "Follow on your phone": a QR code of the current view and step, large enough to
 * scan from the back of the room, with the address beside it. It follows the
 * story as the teacher steps on (the story's keys still work behind it). The
 * phone opens an ordinary link: no server, no pairing, free to explore.
 */
export default function FollowDialog({ onClose }: { onClose(): void }) {
  const [kind, a, b] = useTimelineStore(selectFollow).split("\n");
  const step = useTimelineStore((s) => s.storyStep);
  // As big as the projected screen allows, beside the address.
  const px = Math.max(220, Math.min(window.innerHeight - 200, window.innerWidth * 0.5, 720));
  return (
    <Modal open onClose={onClose} title={tr("follow.title")} className="follow-dialog">
      {kind === "ok" ? (
        <div className="follow">
          <QrCode
            text={a!}
            px={Math.round(px)}
            label={step ? tr("follow.qrStep", { step, url: a! }) : tr("follow.qr", { url: a! })}
          />
          <div className="follow-text">
            <p className="follow-lead">{step ? tr("follow.scanStep", { step }) : tr("follow.scan")}</p>
            <p className="follow-url">
              <span className="follow-url-label">{tr("follow.orType")}</span>{" "}
              <span className="follow-url-text">{b}</span>
            </p>
            <p className="follow-note">{tr("follow.note")}</p>
          </div>
        </div>
      ) : (
        <p className="follow-none">{a}</p>
      )}
    </Modal>
  );
}

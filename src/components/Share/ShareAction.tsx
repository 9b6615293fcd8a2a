import { lazy, Suspense, useRef, useState } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectMode } from "../../store/selectors";
import { LazyModal as Modal } from "../Modal/LazyModal";
import { useT } from "../../i18n/useT";
import { withMessages } from "../../i18n/i18n";

// The dialog and the codec (compression, base64url) load when first opened: not in the first view.
const ShareDialog = lazy(() => withMessages(import("./ShareDialog")));

/** The "Share link" button and its dialog: one address that carries this timeline and view. */
export function ShareAction() {
  const mode = useTimelineStore(selectMode);
  const hasData = useTimelineStore((s) => s.dataset !== null);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const t = useT();
  if (mode !== "app") return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        disabled={!hasData}
        onClick={() => setOpen(true)}
      >
        {t("share.button")}
      </button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t("share.title")}
        returnFocus={button}
        className="share-modal"
      >
        <Suspense fallback={<p role="status">{t("loading")}</p>}>
          <ShareDialog />
        </Suspense>
      </Modal>
    </>
  );
}

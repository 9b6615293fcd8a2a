import { lazy, Suspense, useRef, useState } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectMode } from "../../store/selectors";
import { LazyModal as Modal } from "../Modal/LazyModal";
import { useT } from "../../i18n/useT";
import { withMessages } from "../../i18n/i18n";

// The dialog (snippet builder, preview, its CSS) loads when first opened: not part of the first view.
const EmbedDialog = lazy(() => withMessages(import("../Embed/EmbedDialog")));

/** The "Embed" button and its dialog: the `<iframe>` code for the current view. */
export function EmbedAction() {
  const mode = useTimelineStore(selectMode);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const t = useT();
  if (mode !== "app") return null;
  return (
    <>
      <button ref={button} type="button" className="btn" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("embed.button")}
      </button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t("embed.title")}
        returnFocus={button}
        className="embed-modal"
      >
        <Suspense fallback={<p role="status">{t("loading")}</p>}>
          <EmbedDialog />
        </Suspense>
      </Modal>
    </>
  );
}

import { Suspense, lazy, useRef, useState } from "react";
import { LazyModal as Modal } from "../Modal/LazyModal";
import { useT } from "../../i18n/useT";
import { withMessages } from "../../i18n/i18n";

// What the dialog says loads when it is first opened: the first view carries only the button.
const AboutBody = lazy(() => withMessages(import("./AboutBody")));

/**
 * About, for readers: the loaded dataset's own title and description, the documents
 * its events come from (what they are, who wrote them) and, for the built-in data,
 * how the events were chosen. Notes meant for the dataset's editors are left out.
 */
export function AboutDialog() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const t = useT();
  return (
    <>
      <button ref={button} type="button" className="btn" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("about.button")}
      </button>
      <Modal open={open} onClose={() => setOpen(false)} title={t("about.title")} returnFocus={button}>
        {open && (
          <Suspense fallback={null}>
            <AboutBody />
          </Suspense>
        )}
      </Modal>
    </>
  );
}

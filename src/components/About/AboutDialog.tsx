import { Suspense, lazy, useRef, useState } from "react";
import { Modal } from "../Modal/Modal";

// What the dialog says loads when it is first opened: the first view carries only the button.
const AboutBody = lazy(() => import("./AboutBody"));

/**
 * About, for readers: the loaded dataset's own title and description, the documents
 * its events come from (what they are, who wrote them) and, for the built-in data,
 * how the events were chosen. Notes meant for the dataset's editors are left out.
 */
export function AboutDialog() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="btn" onClick={() => setOpen(true)} aria-haspopup="dialog">
        About &amp; sources
      </button>
      <Modal open={open} onClose={() => setOpen(false)} title="About this timeline" returnFocus={button}>
        {open && (
          <Suspense fallback={null}>
            <AboutBody />
          </Suspense>
        )}
      </Modal>
    </>
  );
}

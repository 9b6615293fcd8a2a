import { lazy, Suspense, useState } from "react";
import type { ModalProps } from "./Modal";
import { withMessages } from "../../i18n/i18n";

const Modal = lazy(() => withMessages(import("./Modal").then((m) => ({ default: m.Modal }))));

/**
 * `Modal` whose code (and its styles) loads when it first opens: the header's About, Share
 * and Embed buttons are on the first view, their dialogs are not (the 150 KB budget).
 */
export function LazyModal(props: ModalProps) {
  const [used, setUsed] = useState(props.open);
  if (props.open && !used) setUsed(true);
  return used ? (
    <Suspense fallback={null}>
      <Modal {...props} />
    </Suspense>
  ) : null;
}

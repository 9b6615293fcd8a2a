import { lazy, Suspense, useCallback, useRef, useState } from "react";
import type { DataProblem } from "../../data/validate";
import type { LoadErrorRef } from "../../i18n/describeProblem";
import type { LoadPhase } from "../../store/types";
import { useT } from "../../i18n/useT";
import { withMessages } from "../../i18n/i18n";

// The dialog, its form and problem list load on the first press: the first view has the button only.
const OpenDatasetPanel = lazy(() =>
  withMessages(import("./OpenDatasetPanel").then((m) => ({ default: m.OpenDatasetPanel }))),
);

export interface DatasetLoading {
  loaded: number;
  /** null when the server does not say how big the file is. */
  total: number | null;
  /** Bytes, then rows (see store/types LoadPhase); bytes when absent. */
  phase?: LoadPhase | undefined;
}

export interface OpenDatasetDialogProps {
  /** A dataset other than the built-in one is shown: offer the way back. */
  isCustom: boolean;
  /** Progress while a dataset loads; null otherwise. */
  loading: DatasetLoading | null;
  /** The last load's error, shown in the dialog; null when none. */
  error: string | null;
  /** Its stored reference, worded in the language shown now (wins over `error`). */
  errorRef?: LoadErrorRef | undefined;
  onFile(file: File): void;
  onUrl(url: string): void;
  onBuiltIn(): void;
  /** Stop the load in flight; a Cancel button shows beside the progress when given. */
  onCancel?(): void;
  /** The refused file's problems, listed under the error; read from the store when absent. */
  problems?: readonly DataProblem[];
}

/**
 * "Open dataset…": a button and the modal dialog it opens, to load a JSON or CSV file from the
 * device or from an address, or to go back to the built-in dataset. It holds no dataset state:
 * the parent loads and reports `loading` and `error`. The dialog closes itself when a load it
 * started finishes without error (so set `loading` as soon as `onFile`/`onUrl` is called).
 *
 * @example
 * <OpenDatasetDialog isCustom={isCustom} loading={loading} error={error}
 *   onFile={loadFile} onUrl={(url) => loadUrl(url)} onBuiltIn={() => loadUrl(null)} />
 */
export function OpenDatasetDialog(props: OpenDatasetDialogProps) {
  const opener = useRef<HTMLButtonElement>(null);
  const [request, setRequest] = useState(0);
  const t = useT();
  const onClosed = useCallback(() => opener.current?.focus(), []);
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="btn open-dataset__opener"
        aria-haspopup="dialog"
        onClick={() => setRequest((n) => n + 1)}
      >
        {t("open.button")}
      </button>
      {request > 0 && (
        <Suspense fallback={null}>
          <OpenDatasetPanel {...props} request={request} onClosed={onClosed} />
        </Suspense>
      )}
    </>
  );
}

/**
 * Load a share link's dataset. Its own chunk, loaded only when the address has a
 * `#d1.` fragment: the first view of the built-in timeline does not carry it.
 */
import { normalizeDataset } from "../data/normalize";
import type { LoadRequest } from "../data/datasetParts";
import type { TimelineStore } from "../store/createTimelineStore";
import { t } from "../i18n/i18n";
import { ref } from "../data/messageRef";
import { customLoaders, freshSignal, viaWorker } from "./loadData";
import { decodeShareFragment, SHARE_FILENAME } from "../share/shareCodec";

/**
 * A share link (`#d1.…`): unpack the fragment (src/share/shareCodec.ts, in this chunk), then check and load its text exactly as a `data=` file's, in the worker when
 * one can start. The fragment was read from the address bar: it never reached a server.
 */
export async function loadFromShare(store: TimelineStore, fragment: string): Promise<void> {
  const signal = freshSignal();
  store.getState().setLoading({ loaded: 0, total: null, phase: "parse" });
  try {
    const unpacked = await decodeShareFragment(fragment);
    if (signal.aborted) return;
    if (!unpacked.ok) {
      store.getState().setLoadError(unpacked.error);
      return;
    }
    const hint = { filename: SHARE_FILENAME, contentType: "application/json", decodedByApp: true };
    const info = { dataUrl: null, shared: true };
    const req: LoadRequest = { kind: "text", text: unpacked.text, hint };
    if (await viaWorker(store, req, signal, info, ref("load.shareFailedPrefix"))) return;
    if (signal.aborted) return;
    const [{ parseDatasetText }] = await customLoaders();
    const parsed = parseDatasetText(unpacked.text, hint);
    if (signal.aborted) return;
    if (!parsed.ok) {
      // As a reference, so that the refusal re-words itself when the reader switches language.
      store.getState().setLoadError({
        prefix: ref("load.shareFailedPrefix"),
        error: parsed.error,
        ...(parsed.errorRef ? { errorRef: parsed.errorRef } : {}),
      });
      return;
    }
    store.getState().setDataset(normalizeDataset(parsed.dataset, { adopt: true }), {
      ...info,
      problems: parsed.problems,
      skipped: parsed.skipped,
    });
  } catch (e) {
    // The codec chunk itself failed to load (offline before the first visit, a redeploy).
    store.getState().setLoadError(t("load.shareFailed", { error: (e as Error).message }));
  }
}

/**
 * Read a dataset file chosen in the file picker or dropped on the page as text,
 * refusing anything over the size limit before reading a byte. Never throws.
 */
import type { TextOutcome } from "./fetchDataset";
import { ref } from "./messageRef";
import { MAX_DATASET_BYTES, formatBytes } from "./parseDataset";

/** Read the text of a `File` (or any `Blob` with a name) as UTF-8. */
function readText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  // Older engines (and some test DOMs) have only FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("read error"));
    reader.readAsText(file, "utf-8");
  });
}

/**
 * @example
 * const res = await readDatasetFile(file);
 * if (res.ok) parseDatasetText(res.text, { filename: file.name, contentType: res.contentType ?? undefined });
 */
export async function readDatasetFile(file: File): Promise<TextOutcome> {
  const name = file.name ? `'${file.name.slice(0, 80)}'` : "The file";
  // {named, select, yes {'{name}'} other {The file}} in the catalog's messages.
  const who = { named: file.name ? "yes" : "no", name: file.name.slice(0, 80) };
  if (file.size > MAX_DATASET_BYTES) {
    const [size, limit] = [formatBytes(file.size), formatBytes(MAX_DATASET_BYTES)];
    return {
      ok: false,
      error: `${name} is ${size}; the limit is ${limit}. Split it or leave out some events.`,
      errorRef: ref("import.file.tooLarge", { ...who, size, limit }),
    };
  }
  if (file.size === 0)
    return { ok: false, error: `${name} is empty.`, errorRef: ref("import.file.empty", who) };
  try {
    const text = await readText(file);
    return { ok: true, text, contentType: file.type || null };
  } catch {
    return {
      ok: false,
      error: `${name} could not be read. If it is on a network drive or in the cloud, save a local copy first.`,
      errorRef: ref("import.file.unreadable", who),
    };
  }
}

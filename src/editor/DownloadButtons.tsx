/**
 * "Download JSON" and "Download CSV", always one click away. The JSON holds the
 * whole draft (events not valid yet included, so nothing is lost; the importer
 * reports them); the CSV, the import template's columns, holds the valid events.
 * Both go through the app's own exporters, so they load back as they were.
 */
import { useState } from "react";
import { useStore } from "zustand";
import { normalizeDataset } from "../data/normalize";
import { eventsToCsv, eventsToJson } from "../components/Export/exportData";
import { saveBlob } from "../components/Export/download";
import { useEditor } from "./context";
import { toDataset } from "./draft";
import { checkDraft } from "./validation";
import { slugify } from "./draft";
import { useT } from "../i18n/useT";

export function DownloadButtons() {
  const { editor, autosave } = useEditor();
  const t = useT();
  const data = useStore(editor, (s) => s.data)!;
  const name = useStore(editor, (s) => s.meta?.name ?? "");
  const [note, setNote] = useState<string | null>(null);
  const file = slugify(name || data.title) || "timeline";

  const download = (format: "json" | "csv") => {
    const { result, byKey } = checkDraft(data);
    const drafts = byKey.size;
    let text: string;
    if (format === "json") {
      // All valid: the exporter's own JSON. Otherwise the draft as it is, nothing dropped.
      text =
        result.dataset && drafts === 0
          ? eventsToJson(normalizeDataset(result.dataset), normalizeDataset(result.dataset).events)
          : `${JSON.stringify(toDataset(data), null, 2)}\n`;
    } else {
      if (!result.dataset) {
        setNote(t("editor.download.csvNeedsFrame"));
        return;
      }
      const ds = normalizeDataset(result.dataset);
      text = eventsToCsv(ds, ds.events);
    }
    const ok = saveBlob(
      new Blob([text], { type: format === "json" ? "application/json" : "text/csv;charset=utf-8" }),
      `${file}.${format}`,
    );
    if (ok && (format === "json" || drafts === 0)) autosave.markDownloaded();
    setNote(
      !ok
        ? t("editor.download.refused")
        : format === "csv" && drafts > 0
          ? t("editor.download.draftsLeftOut", { drafts })
          : null,
    );
  };

  return (
    <div className="editor-actions" role="group" aria-label={t("editor.download.group")}>
      <button type="button" className="btn btn--small" onClick={() => download("json")}>
        {t("editor.download.json")}
      </button>
      <button type="button" className="btn btn--small" onClick={() => download("csv")}>
        {t("editor.download.csv")}
      </button>
      {note && (
        <p className="ed-hint" role="status">
          {note}
        </p>
      )}
    </div>
  );
}

/**
 * The "Open dataset…" dialog itself: load a JSON or CSV file from the device or from an
 * address, or go back to the built-in dataset. Its own chunk, loaded when the opener is first
 * pressed (OpenDatasetDialog.tsx), so the first view carries only the button.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useStore } from "zustand";
import "./OpenDatasetDialog.css";
import type { DateOrder } from "../../data/readDate";
import type { DataProblem } from "../../data/validate";
import type { TimelineStore } from "../../store/createTimelineStore";
import { useTimelineStoreApiOptional } from "../../store/TimelineStoreProvider";
import { ProblemList } from "./ProblemList";
import { describeLoad, loadPercent } from "../Status/loadProgress";
import { useT } from "../../i18n/useT";
import { describeLoadError } from "../../i18n/describeProblem";
import { Rich } from "../../i18n/Rich";
import type { OpenDatasetDialogProps } from "./OpenDatasetDialog";

interface PanelProps {
  /** Counts presses of the opener: each new value opens the dialog. */
  request: number;
  /** The dialog closed (Escape, Close, a finished load): focus goes back to the opener. */
  onClosed(): void;
}

const EMPTY: readonly DataProblem[] = [];

/** The last refusal's problems, from the store (the dialog is also used without one, in tests). */
function StoreProblems({ store }: { store: TimelineStore }) {
  const problems = useStore(store, (s) => (s.load.status === "error" ? (s.load.problems ?? EMPTY) : EMPTY));
  return problems.length ? <ProblemList problems={problems} /> : null;
}

/** "03/04/1945": day first or month first, for the next load; the default follows the browser's locale. */
function DateOrderChoice({ store, name }: { store: TimelineStore; name: string }) {
  const order = useStore(store, (s) => s.dateOrder);
  const set = (o: DateOrder) => store.getState().setDateOrder(o);
  const t = useT();
  return (
    <fieldset className="open-dataset__order">
      <legend>{t("open.dateOrder")}</legend>
      <label>
        <input type="radio" name={name} checked={order === "dmy"} onChange={() => set("dmy")} />{" "}
        {t("open.dmy")}
      </label>
      <label>
        <input type="radio" name={name} checked={order === "mdy"} onChange={() => set("mdy")} />{" "}
        {t("open.mdy")}
      </label>
    </fieldset>
  );
}

// jsdom and a few old browsers lack the modal API: fall back to the `open` attribute.
function openDialog(d: HTMLDialogElement) {
  if (typeof d.showModal === "function") {
    if (!d.open) d.showModal();
  } else d.setAttribute("open", "");
}

function closeDialog(d: HTMLDialogElement) {
  if (typeof d.close === "function") d.close();
  else {
    d.removeAttribute("open");
    d.dispatchEvent(new Event("close"));
  }
}

export function OpenDatasetPanel({
  isCustom,
  loading,
  error: errorText,
  errorRef,
  onFile,
  onUrl,
  onBuiltIn,
  onCancel,
  problems,
  request,
  onClosed,
}: OpenDatasetDialogProps & PanelProps) {
  const store = useTimelineStoreApiOptional();
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState("");
  const ids = useId();
  const wasLoading = useRef(false);
  const t = useT();
  const error = errorRef ? describeLoadError(errorRef, t) : errorText;

  // Focus goes back to the button however the dialog closes (Escape, Close, a finished load).
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    d.addEventListener("close", onClosed);
    return () => d.removeEventListener("close", onClosed);
  }, [onClosed]);

  // Each press of the opener (a new `request`) opens the dialog.
  useEffect(() => {
    if (request > 0 && dialog.current) openDialog(dialog.current);
  }, [request]);

  useEffect(() => {
    const d = dialog.current;
    if (d && wasLoading.current && !loading && !error && d.hasAttribute("open")) closeDialog(d);
    wasLoading.current = loading !== null;
  }, [loading, error]);

  const close = () => dialog.current && closeDialog(dialog.current);
  const submitUrl = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = url.trim();
    if (trimmed) onUrl(trimmed);
  };
  const pct = loading ? loadPercent(loading) : null;

  return (
    <>
      <dialog
        ref={dialog}
        className="open-dataset"
        aria-labelledby={`${ids}-title`}
        onKeyDown={(e) => {
          // The native modal handles Escape itself; this covers the `open`-attribute fallback.
          if (e.key === "Escape" && typeof dialog.current?.showModal !== "function") {
            e.preventDefault();
            close();
          }
        }}
      >
        <div className="open-dataset__head">
          <h2 id={`${ids}-title`}>{t("open.title")}</h2>
          <button type="button" className="open-dataset__close" aria-label={t("close")} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </div>

        <p className="open-dataset__intro">
          <Rich
            id="open.intro"
            parts={{
              template: (
                <a href="template.csv" download>
                  {t("open.template")}
                </a>
              ),
              schema: (
                <a href="dataset.schema.json" target="_blank" rel="noopener noreferrer">
                  {t("open.schema")}
                </a>
              ),
            }}
          />
        </p>

        {store && <DateOrderChoice store={store} name={`${ids}-order`} />}

        <div className="open-dataset__field">
          <label htmlFor={`${ids}-file`}>{t("open.file")}</label>
          <input
            id={`${ids}-file`}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            disabled={loading !== null}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              // Reset so that choosing the same file again (after fixing it) fires again.
              e.currentTarget.value = "";
              if (file) onFile(file);
            }}
          />
        </div>

        <form className="open-dataset__field" onSubmit={submitUrl}>
          <label htmlFor={`${ids}-url`}>{t("open.url")}</label>
          <div className="open-dataset__row">
            <input
              id={`${ids}-url`}
              type="text"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              placeholder={t("open.urlPlaceholder")}
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
            />
            <button type="submit" disabled={loading !== null || url.trim() === ""}>
              {t("open.load")}
            </button>
          </div>
        </form>

        {loading && (
          <div className="open-dataset__progress">
            <span role="status">{describeLoad(loading)}</span>
            <div className="open-dataset__row">
              <progress max={100} value={pct ?? undefined} aria-label={t("loadingProgress")} />
              {onCancel && (
                <button type="button" onClick={onCancel}>
                  {t("cancel")}
                </button>
              )}
            </div>
          </div>
        )}
        {error && !loading && (
          <div className="open-dataset__refusal">
            <p className="open-dataset__error" role="alert">
              {error}
            </p>
            {problems ? (
              problems.length > 0 && <ProblemList problems={problems} />
            ) : store ? (
              <StoreProblems store={store} />
            ) : null}
          </div>
        )}

        {isCustom && (
          <div className="open-dataset__builtin">
            <button
              type="button"
              onClick={() => {
                onBuiltIn();
                close();
              }}
            >
              {t("open.builtIn")}
            </button>
          </div>
        )}
      </dialog>
    </>
  );
}

/**
 * An event's image: an http(s) link or a picked file (kept in the draft as a
 * size-limited data: URL), alt text required, credit and caption optional.
 */
import { useId, useState } from "react";
import type { EventImage } from "../data/schema";
import { Problems, TextField } from "./fields";
import { EventImageView } from "../components/Detail/EventImageView";
import { useT } from "../i18n/useT";

/** A picked file larger than this is refused: the draft, the exports and a shared link must stay small. */
export const MAX_IMAGE_BYTES = 250 * 1024;
const TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error("unreadable"));
    r.readAsDataURL(file);
  });
}

export function ImageField({
  value,
  onChange,
  problems,
}: {
  value: Partial<EventImage> | null;
  onChange(image: Partial<EventImage> | null): void;
  problems: string[];
}) {
  const id = useId();
  const t = useT();
  const [pickError, setPickError] = useState<string | null>(null);
  const set = (patch: Partial<EventImage>) => {
    const next: Record<string, unknown> = { ...value, ...patch };
    for (const k of Object.keys(next)) if (next[k] === "" || next[k] === undefined) delete next[k];
    onChange(Object.keys(next).length ? next : null);
  };
  const isData = typeof value?.url === "string" && value.url.startsWith("data:");
  return (
    <fieldset className="ed-group">
      <legend>{t("editor.image.legend")}</legend>
      {isData ? (
        <p className="ed-hint">
          {t("editor.image.picked")}{" "}
          <button type="button" className="btn btn--small" onClick={() => set({ url: "" })}>
            {t("editor.image.removeFile")}
          </button>
        </p>
      ) : (
        <TextField
          label={t("editor.image.link")}
          type="url"
          inputMode="url"
          value={value?.url ?? ""}
          onChange={(url) => set({ url })}
        />
      )}
      <div className="ed-field">
        <label htmlFor={`${id}-file`}>{t("editor.image.pick")}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={TYPES.join(",")}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (!file) return;
            if (!TYPES.includes(file.type)) return setPickError(t("editor.image.wrongType"));
            if (file.size > MAX_IMAGE_BYTES)
              return setPickError(t("editor.image.tooBig", { size: Math.round(file.size / 1024) }));
            setPickError(null);
            try {
              set({ url: await readAsDataUrl(file) });
            } catch {
              setPickError(t("editor.image.unreadable"));
            }
          }}
        />
        {pickError && <p className="ed-problems">{pickError}</p>}
      </div>
      <TextField
        label={t("editor.image.alt")}
        required={Boolean(value?.url)}
        value={value?.alt ?? ""}
        onChange={(alt) => set({ alt })}
      />
      <TextField
        label={t("editor.image.credit")}
        value={value?.credit ?? ""}
        onChange={(credit) => set({ credit })}
      />
      <TextField
        label={t("editor.image.caption")}
        value={value?.caption ?? ""}
        onChange={(caption) => set({ caption })}
      />
      {value?.url && value.alt && <EventImageView image={value as EventImage} className="ed-image-preview" />}
      <Problems id={`${id}-err`} messages={problems} />
    </fieldset>
  );
}

import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { Modal } from "../Modal/Modal";
import { copyText } from "../Cite/copyText";
import type { ExportFile } from "./exportActions";
import { useT } from "../../i18n/useT";

/**
 * Shown where a download may be blocked (inside an iframe): the file to save by
 * hand, as text to copy or as an image to save.
 */
export default function ExportFallback({
  file,
  onClose,
  returnFocus,
}: {
  file: ExportFile;
  onClose(): void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const url = useMemo(() => URL.createObjectURL(file.blob), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState("");
  const t = useT();
  const isImage = file.kind === "png" || file.kind === "svg";

  return (
    <Modal
      open
      onClose={onClose}
      title={t("fallback.title", { name: file.name })}
      returnFocus={returnFocus}
      className="export-fallback"
    >
      <p>{t(isImage ? "fallback.image" : "fallback.text")}</p>
      {isImage ? (
        <img src={url} alt={t("fallback.alt", { name: file.name })} />
      ) : (
        <textarea
          ref={area}
          readOnly
          value={file.text ?? ""}
          aria-label={t("fallback.content", { name: file.name })}
        />
      )}
      <div className="export-fallback-actions">
        {file.text !== undefined && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() =>
              void copyText(file.text!, area.current).then((r) =>
                setCopied(r === "copied" ? t("fallback.copied") : t("fallback.selected")),
              )
            }
          >
            {t("fallback.copy", { kind: file.kind.toUpperCase() })}
          </button>
        )}
        <a className="btn" href={url} download={file.name}>
          {t("fallback.download", { name: file.name })}
        </a>
        <span role="status">{copied}</span>
      </div>
    </Modal>
  );
}

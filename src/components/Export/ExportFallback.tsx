import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { Modal } from "../Modal/Modal";
import { copyText } from "../Cite/copyText";
import type { ExportFile } from "./exportActions";

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
  const isImage = file.kind === "png" || file.kind === "svg";

  return (
    <Modal
      open
      onClose={onClose}
      title={`Save ${file.name}`}
      returnFocus={returnFocus}
      className="export-fallback"
    >
      <p>
        The download has started, unless the page this timeline is embedded in blocks downloads. If nothing
        arrived,
        {isImage
          ? " save the image below (right-click or long-press it)"
          : " copy the content below into a file"}
        , or open the timeline in its own tab.
      </p>
      {isImage ? (
        <img src={url} alt={`The exported chart, ${file.name}`} />
      ) : (
        <textarea ref={area} readOnly value={file.text ?? ""} aria-label={`Content of ${file.name}`} />
      )}
      <div className="export-fallback-actions">
        {file.text !== undefined && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() =>
              void copyText(file.text!, area.current).then((r) =>
                setCopied(
                  r === "copied" ? "Copied to the clipboard." : "Selected: press Ctrl+C (⌘C) to copy.",
                ),
              )
            }
          >
            Copy {file.kind.toUpperCase()}
          </button>
        )}
        <a className="btn" href={url} download={file.name}>
          Download {file.name}
        </a>
        <span role="status">{copied}</span>
      </div>
    </Modal>
  );
}

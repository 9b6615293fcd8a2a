/**
 * Save a file from the page: a blob URL and a temporary download link. Works in
 * a sandboxed iframe when the host allows downloads; where it may not (any
 * iframe: we cannot tell if the host's sandbox blocks it), the caller offers the
 * content to copy or save by hand as well.
 */

/** True inside any frame (or when the check itself is refused, which only happens in one). */
export function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** Start a download of `blob` as `name`. Returns false when the browser refused outright. */
export function saveBlob(blob: Blob, name: string): boolean {
  try {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.rel = "noopener";
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Long enough for the browser to start reading it; the fallback dialog makes its own URL.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

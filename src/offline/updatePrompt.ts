/**
 * "A new version is available — Reload": a small bar at the foot of the page, offered by
 * the service worker and never forced mid-lesson. Plain DOM (text only, no HTML parsed),
 * built by registerOffline.ts when an update waits, so the first view carries none of it.
 */
import "./UpdatePrompt.css";
import { t } from "../i18n/i18n";

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = className;
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

/** Show the offer; returns a function that removes it. */
export function showUpdatePrompt(onReload: () => void): () => void {
  const bar = document.createElement("div");
  bar.className = "update-prompt";
  bar.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = t("update.available");
  const remove = () => bar.remove();
  bar.append(
    text,
    button(t("update.reload"), "btn", onReload),
    button(t("update.later"), "btn btn--link", remove),
  );
  document.body.appendChild(bar);
  return remove;
}

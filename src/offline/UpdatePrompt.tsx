import "./UpdatePrompt.css";

/**
 * "A new version is available — Reload": a small bar at the foot of the page,
 * offered by the service worker and never forced mid-lesson. Rendered in its own
 * root by registerOffline.ts (loaded on demand), so the first view does not carry it.
 */
export function UpdatePrompt({ onReload, onDismiss }: { onReload(): void; onDismiss(): void }) {
  return (
    <div className="update-prompt" role="status">
      <span>A new version is available.</span>
      <button type="button" className="btn" onClick={onReload}>
        Reload
      </button>
      <button type="button" className="btn btn--link" onClick={onDismiss}>
        Not now
      </button>
    </div>
  );
}

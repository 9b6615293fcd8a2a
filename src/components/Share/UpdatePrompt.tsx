import { useSyncExternalStore } from "react";
import { dismissUpdate, pendingUpdate, subscribeUpdate } from "../../offline/updateSignal";

/** "A new version is available — Reload": offered by the service worker, never forced mid-lesson. */
export function UpdatePrompt() {
  const reload = useSyncExternalStore(subscribeUpdate, pendingUpdate, () => null);
  if (!reload) return null;
  return (
    <div className="update-prompt" role="status">
      <span>A new version is available.</span>{" "}
      <button type="button" className="btn" onClick={reload}>
        Reload
      </button>{" "}
      <button type="button" className="btn btn--link" onClick={dismissUpdate}>
        Not now
      </button>
    </div>
  );
}

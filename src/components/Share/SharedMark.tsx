import { lazy, Suspense } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { withMessages } from "../../i18n/i18n";

// The banner's text, source list and CSS load only for a dataset that is not the built-in one.
const SharedBanner = lazy(() => withMessages(import("./SharedBanner")));

/**
 * Marks a timeline that is not the built-in dataset: opened from a share link, a
 * `data=` address or a file. Nothing for the built-in one.
 */
export function SharedMark({ onBuiltIn }: { onBuiltIn(): void }) {
  const custom = useTimelineStore(
    (s) => s.dataset !== null && (s.dataShared || s.dataUrl !== null || s.dataFileName !== null),
  );
  if (!custom) return null;
  return (
    <Suspense fallback={null}>
      <SharedBanner onBuiltIn={onBuiltIn} />
    </Suspense>
  );
}

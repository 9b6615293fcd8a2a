/**
 * The hand-over from the return-to-draft offer (shown outside the editor) to the
 * editor itself: which saved draft to open when it mounts. One slot, read once.
 */
let pending: string | null = null;

export function requestResume(draftId: string): void {
  pending = draftId;
}

/** The draft the user asked to continue, if any; cleared by reading. */
export function takeResume(): string | null {
  const id = pending;
  pending = null;
  return id;
}

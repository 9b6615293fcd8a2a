/** The "Embed" button and dialog. Filled in by the embedding work. */
export function EmbedAction() {
  return null;
}

/** The story caption, step counter and controls, when a story is on. Filled in by the classroom work. */
export function StoryLayer() {
  return null;
}

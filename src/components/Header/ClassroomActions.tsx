/** Header actions for the classroom (story, present, export, cite). Filled in by the classroom work. */
export function ClassroomActions() {
  return null;
}

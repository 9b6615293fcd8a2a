import { createContext, useContext } from "react";
import type { EditorStore } from "./editorStore";
import type { Autosave } from "./autosave";

export interface EditorContextValue {
  editor: EditorStore;
  autosave: Autosave;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const v = useContext(EditorContext);
  if (!v) throw new Error("useEditor outside the editor");
  return v;
}

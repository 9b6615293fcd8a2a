/** "Translated from English · Show original": marks translated text and switches it back in one click. */
import { useT } from "./useT";

export function TranslationNote({ original, onToggle }: { original: boolean; onToggle(): void }) {
  const t = useT();
  return (
    <p className="translation-note">
      <span>{t(original ? "translation.showingOriginal" : "translation.note")}</span>{" "}
      <button type="button" className="btn btn--link" aria-pressed={original} onClick={onToggle}>
        {t("translation.showOriginal")}
      </button>
    </p>
  );
}

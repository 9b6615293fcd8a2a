/**
 * Loading progress in words and as a fraction: bytes while downloading or
 * reading a file, then rows while they are prepared for the page.
 */
import type { LoadPhase } from "../../store/types";
import { t } from "../../i18n/i18n";
import { formatNumberIn, intlLocale } from "../../i18n/format";
import { currentFormatLocale } from "../../i18n/displayLocale";

export interface LoadState {
  loaded: number;
  total: number | null;
  phase?: LoadPhase | undefined;
}

function size(n: number): string {
  const l = currentFormatLocale();
  return n < 1024 * 1024
    ? `${formatNumberIn(Math.max(1, Math.round(n / 1024)), l)} KB`
    : `${new Intl.NumberFormat(intlLocale(l), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n / 1024 / 1024)} MB`;
}

/** 0–100, or null when the total is not known (an indeterminate bar). */
export function loadPercent(l: LoadState): number | null {
  if (l.phase === "parse" || !l.total) return null;
  return Math.min(100, Math.round((l.loaded / l.total) * 100));
}

/** "Downloading — 12.3 MB of 50.0 MB", "Reading and checking the rows…", "Preparing 4,000 of 100,000 events". */
export function describeLoad(l: LoadState): string {
  if (l.phase === "parse") return t("load.parse");
  if (l.phase === "rows")
    return l.total === null
      ? t("load.rowsUnknown", { loaded: l.loaded })
      : t("load.rows", { loaded: l.loaded, total: l.total });
  if (l.loaded <= 0) return t("load.start");
  return l.total
    ? t("load.bytesOf", { loaded: size(l.loaded), total: size(l.total) })
    : t("load.bytes", { loaded: size(l.loaded) });
}

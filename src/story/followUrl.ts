/**
 * The address a student's phone opens to follow the class: the current view and
 * story step, without what belongs to this screen only (embed, theme). Pure.
 */
import { encodeUrlState } from "../url/urlState";
import { stateToUrl } from "../url/stateMapping";
import type { TimelineState } from "../store/types";
import { t } from "../i18n/i18n";

export interface PageLocation {
  protocol: string;
  host: string;
  pathname: string;
}

export type FollowLink =
  | { ok: true; url: string; /** The same without "https://", for reading aloud or typing. */ short: string }
  | { ok: false; reason: string };

export function followLink(loc: PageLocation, s: TimelineState): FollowLink {
  if (loc.protocol !== "http:" && loc.protocol !== "https:")
    return {
      ok: false,
      reason: t("follow.fromFileApp"),
    };
  if (s.dataFileName)
    return {
      ok: false,
      reason: t("follow.fromFileData", { name: s.dataFileName }),
    };
  let u = stateToUrl(s);
  delete u.embed;
  delete u.theme;
  // A story step sets its own range, filters and view on arrival: the step and the
  // data are the whole link, short enough to read out and to scan from afar.
  if (u.step !== undefined) u = { step: u.step, ...(u.data ? { data: u.data } : {}) };
  const q = encodeUrlState(u);
  const path = `${loc.host}${loc.pathname}${q ? `?${q}` : ""}`;
  return { ok: true, url: `${loc.protocol}//${path}`, short: path };
}

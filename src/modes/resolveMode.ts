/** The app's mode, resolved once from the URL state and mount options. Pure. */
import type { UrlState } from "../url/urlState";

export type Mode = "app" | "embed";

export function resolveMode(url: UrlState, mount: { embed?: boolean } = {}): Mode {
  return url.embed || mount.embed ? "embed" : "app";
}

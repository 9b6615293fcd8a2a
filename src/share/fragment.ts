/**
 * Is this address fragment a share link (`#d1.…`, or any later `#dN.` format)?
 * Tiny on purpose: the first view and the URL sync ask it on every start, while the
 * codec that unpacks a link (src/share/shareCodec.ts) loads only when there is one.
 * Other fragments (`#main` from the skip link, a host's own) are not ours.
 */
export function isShareFragment(hash: string): boolean {
  return /^#?d\d+\./.test(hash);
}

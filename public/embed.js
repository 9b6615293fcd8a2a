/*
 * Soft Power Timeline: automatic height for every embed on a page, in one line.
 *
 *   <iframe src="https://example.org/timeline/?view=table&embed=1" title="…" style="width:100%;border:0"></iframe>
 *   <script src="https://example.org/timeline/embed.js" async></script>
 *
 * Every <iframe> whose src lies under this script's own folder is sized from the
 * app's `soft-power-timeline:resize` message (PRODUCT.md, embed protocol). Frames
 * added later are found too: the frame is looked up when its message arrives.
 * A frame marked `data-deep-links` (and given an id) also keeps the reader's view
 * in the page's hash as `#<id>=<query>` and opens on it when the page is opened
 * with such a hash (the frame's own `data=` and `embed=1` are kept).
 *
 * It only listens: nothing from a message is executed or written as HTML, only a
 * number becomes a height and a bounded string a hash. No dependencies.
 */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !me.src || window.__softPowerTimelineEmbed) return;
  window.__softPowerTimelineEmbed = true;
  // The app lives beside this script.
  var base = new URL(".", me.src);
  var RESIZE = "soft-power-timeline:resize";
  var STATE = "soft-power-timeline:state";

  function srcOf(frame) {
    try {
      return new URL(frame.getAttribute("src") || "", location.href);
    } catch {
      return null;
    }
  }
  function isOurs(frame) {
    var u = srcOf(frame);
    return !!u && u.origin === base.origin && u.pathname.indexOf(base.pathname) === 0;
  }
  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return isOurs(frames[i]) ? frames[i] : null;
    }
    return null;
  }
  function hashParams() {
    return new URLSearchParams(location.hash.slice(1));
  }

  // Opened with a shared view in the hash: show it in its frame (before the frames load).
  function openShared() {
    var frames = document.querySelectorAll("iframe[data-deep-links][id]");
    var h = hashParams();
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      var shared = h.get(f.id);
      if (shared === null || !isOurs(f)) continue;
      var src = srcOf(f);
      var q = new URLSearchParams(shared);
      q.delete("data");
      if (src.searchParams.has("data")) q.set("data", src.searchParams.get("data"));
      q.set("embed", "1");
      src.search = q.toString();
      f.src = src.href;
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", openShared);
  else openShared();

  window.addEventListener("message", function (e) {
    var m = e.data;
    if (!m || typeof m !== "object" || (e.origin !== base.origin && e.origin !== "null")) return;
    if (m.type !== RESIZE && m.type !== STATE) return;
    var frame = frameOf(e.source);
    if (!frame) return;
    if (m.type === RESIZE && typeof m.height === "number" && m.height > 0) {
      frame.style.height = Math.min(Math.ceil(m.height), 10000) + "px";
    } else if (
      m.type === STATE &&
      typeof m.query === "string" &&
      frame.id &&
      frame.hasAttribute("data-deep-links")
    ) {
      var h = hashParams();
      h.set(frame.id, m.query.slice(0, 4000));
      history.replaceState(history.state, "", "#" + h.toString());
    }
  });
})();

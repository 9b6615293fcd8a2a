/*!
 * Soft Power Timeline — scrollytelling host script (no dependencies).
 *
 * Mark up an article:
 *
 *   <div data-timeline-scrolly>
 *     <iframe src="https://…/?embed=1" title="…" sandbox="allow-scripts allow-popups"></iframe>
 *     <p data-timeline-step="3">…</p>
 *     <p data-timeline-event="2003-tokyo-declaration">…</p>
 *     <p data-timeline-from="1997" data-timeline-to="2008" data-timeline-view="compare">…</p>
 *   </div>
 *   <script src="https://…/scrolly.js" defer></script>
 *
 * As the reader scrolls, the paragraph that crosses the reading line becomes the
 * current step, and the embed is sent one `soft-power-timeline:goto` message
 * (step, event, from, to, actors, view: whatever the paragraph names). The frame
 * stays sticky beside the text on wide screens and above it on narrow ones.
 * Several blocks on one page work independently. The script only watches: it
 * never scrolls the page, never captures the wheel and never reads the frame.
 * Reduced motion: the embed itself animates nothing then (it reads the same
 * system setting); this script adds no transition either.
 *
 * Optional attributes on the block: data-layout="side" | "top" (default: side
 * from 880 px wide, top below).
 */
(function () {
  "use strict";
  var GOTO = "soft-power-timeline:goto";
  var STEP_ATTRS = ["step", "event", "from", "to", "actors", "view"];
  var SELECTOR = STEP_ATTRS.map(function (a) {
    return "[data-timeline-" + a + "]";
  }).join(",");
  var WIDE = "(min-width: 880px)";

  var CSS = [
    ":where([data-timeline-scrolly]){position:relative;display:grid;gap:0 32px}",
    ":where([data-timeline-scrolly]) > .spt-scrolly-graphic{position:sticky;z-index:1;align-self:start}",
    ":where([data-timeline-scrolly]) > .spt-scrolly-graphic > iframe{display:block;width:100%;height:100%;border:0}",
    ":where([data-timeline-scrolly]) .spt-scrolly-step{margin:0 0 60vh;padding:14px 16px;border-radius:6px;" +
      "background:var(--spt-step-bg,#fff);box-shadow:0 1px 3px rgba(0,0,0,.18)}",
    ":where([data-timeline-scrolly]) .spt-scrolly-step:last-child{margin-bottom:50vh}",
    ":where([data-timeline-scrolly]) .spt-scrolly-step.is-active{outline:3px solid var(--spt-step-accent,#1f5fa8);outline-offset:0}",
    // Side by side: text left, the frame right, sticky for the height of the screen.
    ":where([data-timeline-scrolly][data-spt-layout=side]){grid-template-columns:minmax(260px,2fr) 3fr}",
    ":where([data-timeline-scrolly][data-spt-layout=side]) > .spt-scrolly-graphic{grid-column:2;grid-row:1/span 999;top:8vh;height:84vh}",
    ":where([data-timeline-scrolly][data-spt-layout=side]) > .spt-scrolly-step{grid-column:1}",
    ":where([data-timeline-scrolly][data-spt-layout=side]) > .spt-scrolly-step:first-of-type{margin-top:30vh}",
    // Above the text: the frame holds the top half, the text scrolls up beneath it.
    ":where([data-timeline-scrolly][data-spt-layout=top]){grid-template-columns:100%}",
    ":where([data-timeline-scrolly][data-spt-layout=top]) > .spt-scrolly-graphic{top:0;height:64vh;" +
      "background:var(--spt-graphic-bg,#fff);padding-bottom:6px}",
    ":where([data-timeline-scrolly][data-spt-layout=top]) > .spt-scrolly-step:first-of-type{margin-top:10vh}",
  ].join("\n");

  function injectStyles() {
    if (document.getElementById("spt-scrolly-style")) return;
    var style = document.createElement("style");
    style.id = "spt-scrolly-style";
    style.textContent = CSS;
    (document.head || document.documentElement).appendChild(style);
  }

  /** The goto message a step element asks for, or null when it names nothing usable. */
  function messageOf(el) {
    var msg = { type: GOTO };
    var any = false;
    var d = el.dataset;
    if (d.timelineStep !== undefined && /^\d{1,4}$/.test(d.timelineStep.trim())) {
      msg.step = Number(d.timelineStep.trim());
      any = true;
    }
    ["event", "from", "to", "view"].forEach(function (k) {
      var v = d["timeline" + k.charAt(0).toUpperCase() + k.slice(1)];
      if (v !== undefined && v.trim() !== "") {
        msg[k] = v.trim();
        any = true;
      }
    });
    if (d.timelineActors !== undefined && d.timelineActors.trim() !== "") {
      msg.actors = d.timelineActors
        .split(",")
        .map(function (s) {
          return s.trim();
        })
        .filter(Boolean);
      any = true;
    }
    return any ? msg : null;
  }

  /** Where to post: the frame's origin when it has one we can name; "*" for a sandboxed (opaque) frame. */
  function targetOrigin(frame) {
    var sb = frame.getAttribute("sandbox");
    if (sb !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sb)) return "*";
    try {
      return new URL(frame.getAttribute("src") || "", location.href).origin;
    } catch {
      return "*";
    }
  }

  function Block(root) {
    var frame = root.querySelector("iframe");
    if (!frame) return;
    var steps = [].slice.call(root.querySelectorAll(SELECTOR)).filter(function (el) {
      return el !== frame && messageOf(el) !== null;
    });
    if (!steps.length) return;
    var origin = targetOrigin(frame);
    var current = null;
    var observer = null;

    // The frame goes into a sticky wrapper (kept if the author wrote one).
    var graphic = frame.parentElement;
    if (!graphic.classList.contains("spt-scrolly-graphic")) {
      graphic = document.createElement("div");
      graphic.className = "spt-scrolly-graphic";
      frame.parentNode.insertBefore(graphic, frame);
      graphic.appendChild(frame);
    }
    if (graphic.parentElement !== root) root.insertBefore(graphic, root.firstChild);
    steps.forEach(function (el) {
      el.classList.add("spt-scrolly-step");
    });

    function send() {
      if (!current || !frame.contentWindow) return;
      var msg = messageOf(current);
      if (!msg) return;
      try {
        frame.contentWindow.postMessage(msg, origin);
      } catch {
        // A frame that navigated elsewhere: nothing to tell.
      }
    }

    function activate(el) {
      if (el === current) return;
      if (current) {
        current.classList.remove("is-active");
        current.removeAttribute("aria-current");
      }
      current = el;
      el.classList.add("is-active");
      el.setAttribute("aria-current", "step");
      send();
    }

    function layout() {
      var fixed = root.getAttribute("data-layout");
      var mode = fixed === "side" || fixed === "top" ? fixed : matchMedia(WIDE).matches ? "side" : "top";
      root.setAttribute("data-spt-layout", mode);
      // The reading line: mid-screen beside the frame, lower when the frame sits on top.
      var line = mode === "side" ? 50 : 78;
      if (observer) observer.disconnect();
      observer = new IntersectionObserver(
        function (entries) {
          entries.forEach(function (e) {
            if (e.isIntersecting) activate(e.target);
          });
        },
        { rootMargin: "-" + line + "% 0px -" + (99 - line) + "% 0px" },
      );
      steps.forEach(function (el) {
        observer.observe(el);
      });
    }

    layout();
    var mq = matchMedia(WIDE);
    if (mq.addEventListener) mq.addEventListener("change", layout);
    // The embed listens as soon as its script runs; say the current step again once
    // it has loaded and when it first reports (it may have missed the first message).
    frame.addEventListener("load", send);
    var heard = false;
    window.addEventListener("message", function (e) {
      if (heard || e.source !== frame.contentWindow) return;
      var m = e.data;
      if (
        m &&
        typeof m === "object" &&
        typeof m.type === "string" &&
        m.type.indexOf("soft-power-timeline:") === 0
      ) {
        heard = true;
        send();
      }
    });
  }

  function init() {
    if (typeof IntersectionObserver !== "function") return; // old browsers keep a plain article
    injectStyles();
    [].slice.call(document.querySelectorAll("[data-timeline-scrolly]")).forEach(function (root) {
      if (root.getAttribute("data-spt-ready") === "1") return;
      root.setAttribute("data-spt-ready", "1");
      Block(root);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  window.SoftPowerTimelineScrolly = { init: init };
})();

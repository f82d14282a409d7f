/* Resize helper for the "RAG or fine-tuning?" calculator embed. Include it once or twice; it sets
   each of our iframes to the height the calculator reports. No dependencies. */
(function () {
  var script = document.currentScript;
  if (!script || window.__ragOrFtEmbed) return;
  window.__ragOrFtEmbed = true;
  var origin = new URL(script.src, location.href).origin;
  var TYPE = "rag-or-ft:height";

  function ours() {
    var out = [],
      frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      try {
        var u = new URL(frames[i].src, location.href);
        if (u.origin === origin && /^(\/en)?\/embed\/?$/.test(u.pathname)) out.push(frames[i]);
      } catch {
        // Not a URL: not ours.
      }
    }
    return out;
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== origin || !e.data || e.data.type !== TYPE || typeof e.data.height !== "number") return;
    var frames = ours();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        var h = Math.max(200, Math.min(20000, Math.ceil(e.data.height)));
        frames[i].style.height = h + "px";
        frames[i].setAttribute("scrolling", "no");
      }
    }
  });

  // Frames that reported before this script ran: ask them again.
  function ask() {
    var frames = ours();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: TYPE + "?" }, origin);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
  else ask();
  window.addEventListener("load", ask);
})();

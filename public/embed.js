/*
 * embed.js: sizes embedded Syria maps to their content and relays their messages.
 *
 *   <iframe data-syria-map src="https://…/index.html?embed=1&…" title="…" loading="lazy"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 *
 * Each iframe marked `data-syria-map` gets its height from the map's `syria-map:height` messages. A message
 * is accepted only from that iframe's own window and from the origin of its `src`. Every accepted message is
 * re-dispatched on the iframe as a `syria-map` DOM event (`event.detail` is the message), and
 * `window.SyriaMapEmbed.send(iframe, message)` posts a command to it with the right target origin.
 */
(function () {
  'use strict';
  var ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-syria-map]'));
  }
  function originOf(iframe) {
    try { return new URL(iframe.src, document.baseURI).origin; } catch { return null; }
  }
  function valid(msg) {
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') return false;
    if (msg.type === 'syria-map:height') return typeof msg.height === 'number' && isFinite(msg.height) && msg.height > 0 && msg.height < 20000;
    if (msg.type === 'syria-map:state' || msg.type === 'syria-map:ready') {
      var s = msg.state;
      var idOrNull = function (v) { return v === null || (typeof v === 'string' && ID.test(v)); };
      return !!s && typeof s.date === 'string' && DATE.test(s.date) && idOrNull(s.place) && idOrNull(s.story) && idOrNull(s.chapter);
    }
    return false;
  }

  window.addEventListener('message', function (event) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var iframe = list[i];
      if (event.source !== iframe.contentWindow) continue;
      // The sandbox may give the frame an opaque origin ("null"); then only the window identity is checked.
      var expected = originOf(iframe);
      if (event.origin !== expected && event.origin !== 'null') return;
      if (!valid(event.data)) return;
      // A new page in the frame (its src changed, or it reloaded) says `ready` first: it has not been told yet.
      if (event.data.type === 'syria-map:ready') iframe.__syriaMapSizing = false;
      var sizes = !iframe.hasAttribute('data-fixed-height');
      // Once a page: tell the map that this script sizes its frame, so that it takes its content's height (a map
      // without this script, or with data-fixed-height, fills the frame's height instead). Said at `ready`, or at
      // the first height for a page that was ready before this script ran.
      if (sizes && !iframe.__syriaMapSizing && (event.data.type === 'syria-map:ready' || event.data.type === 'syria-map:height')) {
        iframe.__syriaMapSizing = true;
        window.SyriaMapEmbed.send(iframe, { type: 'syria-map:sizing' });
      }
      if (event.data.type === 'syria-map:height' && sizes) iframe.style.height = Math.ceil(event.data.height) + 'px';
      iframe.dispatchEvent(new CustomEvent('syria-map', { detail: event.data }));
      return;
    }
  });

  window.SyriaMapEmbed = {
    /** Posts a command (`syria-map:set-date`, `syria-map:set-place`, `syria-map:set-chapter`) to an embed. */
    send: function (iframe, message) {
      var origin = originOf(iframe);
      if (iframe.contentWindow && origin) iframe.contentWindow.postMessage(message, origin);
    },
  };
})();

// The host page's side of the message API: buttons that move the first map to another date, and a line
// that shows what the map reports back.
(function () {
  'use strict';
  var frame = document.getElementById('map-tanf');
  var out = document.getElementById('map-tanf-state');
  document.querySelectorAll('button[data-date]').forEach(function (b) {
    b.addEventListener('click', function () {
      window.SyriaMapEmbed.send(frame, { type: 'syria-map:set-date', date: b.getAttribute('data-date') });
    });
  });
  frame.addEventListener('syria-map', function (e) {
    var m = e.detail;
    if (m.type === 'syria-map:state' || m.type === 'syria-map:ready') {
      out.textContent = 'The map shows ' + m.state.date + (m.state.place ? ', ' + m.state.place : '') + '.';
    }
  });
})();

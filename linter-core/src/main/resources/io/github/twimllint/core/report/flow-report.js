'use strict';
(function () {
  var svg = document.getElementById('flow-svg');
  var nodes = Array.prototype.slice.call(document.querySelectorAll('.node'));
  var edges = Array.prototype.slice.call(document.querySelectorAll('.edge'));
  var files = Array.prototype.slice.call(document.querySelectorAll('details.file'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var selection = document.getElementById('selection');
  var filter = document.getElementById('filter');
  var scale = 1;

  function clearHighlight() {
    document.querySelectorAll('.hl').forEach(function (e) { e.classList.remove('hl'); });
  }

  // A node click shows that document's findings only (and opens them).
  function selectNode(node) {
    clearHighlight();
    node.classList.add('hl');
    var id = node.id;
    var shown = 0;
    files.forEach(function (f) {
      var mine = f.getAttribute('data-node') === id;
      f.hidden = !mine;
      if (mine) { f.open = true; shown += f.querySelectorAll('.finding').length; }
    });
    selection.hidden = false;
    selection.textContent = node.getAttribute('data-path') + ': ' + shown + (shown === 1 ? ' finding' : ' findings')
      + ' (click "Show all findings" to see every file)';
  }

  function showAll() {
    clearHighlight();
    files.forEach(function (f) { f.hidden = false; });
    selection.hidden = true;
    applyFilter();
  }

  // A finding click highlights its document's node and the edge of the reference it sits on.
  function selectFinding(li) {
    clearHighlight();
    li.classList.add('hl');
    var node = li.getAttribute('data-node') && document.getElementById(li.getAttribute('data-node'));
    var edge = li.getAttribute('data-edge') && document.getElementById(li.getAttribute('data-edge'));
    if (node) { node.classList.add('hl'); }
    if (edge) { edge.classList.add('hl'); }
    var target = edge || node;
    if (target && target.scrollIntoView) { target.scrollIntoView({block: 'nearest', inline: 'nearest'}); }
  }

  // The filter dims nodes whose path does not match and hides findings whose text does not.
  function applyFilter() {
    var q = filter.value.trim().toLowerCase();
    var matching = {};
    nodes.forEach(function (n) {
      var hit = !q || n.getAttribute('data-path').toLowerCase().indexOf(q) >= 0;
      n.classList.toggle('dim', !hit);
      if (hit) { matching[n.id] = true; }
    });
    edges.forEach(function (e) {
      e.classList.toggle('dim', !!q && !matching[e.getAttribute('data-from')] && !matching[e.getAttribute('data-to')]);
    });
    findings.forEach(function (li) {
      li.hidden = !!q && li.textContent.toLowerCase().indexOf(q) < 0 && !matching[li.getAttribute('data-node')];
    });
    files.forEach(function (f) {
      if (!selection.hidden) { return; }
      f.hidden = !!q && !f.querySelector('.finding:not([hidden])');
    });
  }

  // The viewBox stays; the drawn size changes, so the scroll area follows the zoom.
  var baseWidth = parseFloat(svg.getAttribute('width'));
  var baseHeight = parseFloat(svg.getAttribute('height'));
  function zoom(by) {
    scale = Math.max(0.1, Math.min(4, scale * by));
    svg.setAttribute('width', Math.round(baseWidth * scale));
    svg.setAttribute('height', Math.round(baseHeight * scale));
  }

  nodes.forEach(function (n) {
    n.addEventListener('click', function () { selectNode(n); });
    n.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectNode(n); } });
  });
  findings.forEach(function (li) {
    li.addEventListener('click', function () { selectFinding(li); });
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter') { selectFinding(li); } });
  });
  filter.addEventListener('input', applyFilter);
  document.getElementById('show-all').addEventListener('click', showAll);
  document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.25); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(0.8); });
  // A large project starts zoomed out to fit the width.
  var room = document.getElementById('graph').clientWidth;
  if (baseWidth > room && room > 0) { zoom(Math.max(0.25, room / baseWidth)); }
})();

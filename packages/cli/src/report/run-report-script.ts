/**
 * The run report's script, plain browser JavaScript (ES2020, no modules, no network):
 * draws the similarity grid on the canvas, links each bead's sentences in both documents
 * and its place on the matrix, on hover and on click. Text never goes through innerHTML.
 */
export const RUN_REPORT_SCRIPT = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var members = new Map();
  document.querySelectorAll("li[data-b]").forEach(function (el) {
    var b = Number(el.getAttribute("data-b"));
    var list = members.get(b);
    if (!list) members.set(b, (list = []));
    list.push(el);
  });
  var info = document.getElementById("bead-info");
  var pinned = -1;
  var lit = [];

  function describe(b) {
    if (b < 0) return "";
    var shape = data.shapes ? data.shapes[b] : "";
    var score = data.scores ? data.scores[b] : undefined;
    var sides = (members.get(b) || []).reduce(function (n, el) { n[el.id.charAt(0)]++; return n; }, { s: 0, t: 0 });
    return "bead " + (b + 1) + (shape ? " · " + shape : "") + (score !== undefined ? " · score " + score.toFixed(3) : "") +
      " · " + sides.s + " source / " + sides.t + " target sentence" + (sides.s + sides.t === 1 ? "" : "s") + (pinned === b ? " · pinned (click again to release)" : "");
  }

  function show(b) {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = b >= 0 ? members.get(b) || [] : [];
    lit.forEach(function (el) { el.classList.add("hl"); });
    mark(b);
    info.textContent = describe(b);
  }

  function reveal(el) {
    var box = el.parentElement;
    var top = el.offsetTop - box.clientHeight / 3;
    if (el.offsetTop < box.scrollTop || el.offsetTop + el.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top);
  }

  function pin(b, from) {
    pinned = pinned === b ? -1 : b;
    show(pinned >= 0 ? pinned : b);
    if (pinned < 0) return;
    var seen = {};
    (members.get(b) || []).forEach(function (el) {
      var side = el.id.charAt(0);
      if (seen[side] || side === from) return;
      seen[side] = true;
      reveal(el);
    });
  }

  document.querySelectorAll(".sents").forEach(function (list) {
    list.addEventListener("mouseover", function (event) {
      var li = event.target.closest("li[data-b]");
      if (li) show(Number(li.getAttribute("data-b")));
    });
    list.addEventListener("mouseleave", function () { show(pinned); });
    list.addEventListener("click", function (event) {
      var li = event.target.closest("li[data-b]");
      if (li) pin(Number(li.getAttribute("data-b")), li.id.charAt(0));
    });
  });

  var grid = data.grid;
  var plot = document.getElementById("plot");
  function mark(b) {
    if (!grid) return;
    var rect = b >= 0 ? data.rects[b] : null;
    var sel = document.getElementById("sel");
    var h = document.getElementById("cross-h");
    var v = document.getElementById("cross-v");
    if (!rect) {
      sel.setAttribute("y", "-10");
      sel.setAttribute("height", "0");
      h.setAttribute("y1", "-10"); h.setAttribute("y2", "-10");
      v.setAttribute("x1", "-10"); v.setAttribute("x2", "-10");
      return;
    }
    var r0 = rect[0], r1 = rect[1], c0 = rect[2], c1 = rect[3];
    sel.setAttribute("x", String(c0));
    sel.setAttribute("y", String(r0));
    sel.setAttribute("width", String(Math.max(c1 - c0, 0.3)));
    sel.setAttribute("height", String(Math.max(r1 - r0, 0.3)));
    var y = (r0 + r1) / 2, x = (c0 + c1) / 2;
    h.setAttribute("y1", String(y)); h.setAttribute("y2", String(y));
    v.setAttribute("x1", String(x)); v.setAttribute("x2", String(x));
  }
  if (!grid || !plot) return;

  // Colour map: white through light and mid blue to navy; grey where nothing was scored.
  var stops = [[0, 255, 255, 255], [0.35, 158, 202, 225], [0.7, 49, 130, 189], [1, 8, 48, 107]];
  var lut = new Uint8ClampedArray(256 * 3);
  for (var v = 0; v < 255; v++) {
    var t = v / 254, k = 1;
    while (k < stops.length - 1 && stops[k][0] < t) k++;
    var a = stops[k - 1], z = stops[k], f = (t - a[0]) / (z[0] - a[0]);
    for (var c = 0; c < 3; c++) lut[v * 3 + c] = a[c + 1] + (z[c + 1] - a[c + 1]) * f;
  }
  lut[255 * 3] = 226; lut[255 * 3 + 1] = 230; lut[255 * 3 + 2] = 235;

  var raw = atob(grid.cells);
  var cells = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) cells[i] = raw.charCodeAt(i);
  var canvas = document.getElementById("heat");
  var context = canvas.getContext("2d");
  // One pixel per block: at most 1,000 × 1,000, one putImageData.
  var image = context.createImageData(grid.gc, grid.gr);
  for (var p = 0; p < cells.length; p++) {
    var o = cells[p] * 3;
    image.data[p * 4] = lut[o];
    image.data[p * 4 + 1] = lut[o + 1];
    image.data[p * 4 + 2] = lut[o + 2];
    image.data[p * 4 + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  plot.setAttribute("data-drawn", String(cells.length));

  // Which bead holds each source row and each target column (in-order beads first).
  var rowBead = new Int32Array(grid.n).fill(-1);
  var colBead = new Int32Array(grid.m).fill(-1);
  data.rects.forEach(function (rect, b) {
    if (!rect) return;
    for (var r = rect[0]; r < rect[1]; r++) rowBead[r] = b;
    for (var q = rect[2]; q < rect[3]; q++) colBead[q] = b;
  });

  var cellInfo = document.getElementById("cell-info");
  function at(event) {
    var box = plot.getBoundingClientRect();
    var col = Math.min(grid.m - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * grid.m)));
    var row = Math.min(grid.n - 1, Math.max(0, Math.floor(((event.clientY - box.top) / box.height) * grid.n)));
    return { row: row, col: col };
  }
  function beadAt(spot) {
    var b = rowBead[spot.row];
    var rect = b >= 0 ? data.rects[b] : null;
    if (rect && spot.col >= rect[2] - 2 * grid.block && spot.col < rect[3] + 2 * grid.block) return b;
    var c = colBead[spot.col];
    rect = c >= 0 ? data.rects[c] : null;
    if (rect && spot.row >= rect[0] - 2 * grid.block && spot.row < rect[1] + 2 * grid.block) return c;
    return -1;
  }
  plot.addEventListener("mousemove", function (event) {
    var spot = at(event);
    var value = cells[Math.floor(spot.row / grid.block) * grid.gc + Math.floor(spot.col / grid.block)];
    var text = "source " + (grid.rows[spot.row] + 1) + " × target " + (grid.cols[spot.col] + 1) + ": ";
    text += value === 255 ? "not scored" : "similarity " + (value / 254).toFixed(2) + (grid.block > 1 ? " (best in block)" : "");
    var b = beadAt(spot);
    cellInfo.textContent = text + (b >= 0 ? " · bead " + (b + 1) : "");
    if (b >= 0) show(b);
  });
  plot.addEventListener("mouseleave", function () { show(pinned); });
  plot.addEventListener("click", function (event) {
    var b = beadAt(at(event));
    if (b >= 0) {
      pinned = -1;
      pin(b, "");
    }
  });
})();
`;

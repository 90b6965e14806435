/* HarmWatch dashboard: two small hand-made SVG charts, each with the same figures as a table. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var el = HW.el;

  function svg(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function niceMax(v) {
    if (v <= 0) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= v) return steps[i] * p;
    return 10 * p;
  }

  function monthsBetween(first, last) {
    var out = [];
    var y = +first.slice(0, 4), m = +first.slice(5, 7);
    var ly = +last.slice(0, 4), lm = +last.slice(5, 7);
    while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
      out.push(y + "-" + (m < 10 ? "0" : "") + m);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function hi(p) { return p.max != null ? p.max : (p.min || 0); }

  /* series: [{id, label, colour, byMonth: {"YYYY-MM": {min, max}}}] */
  function timeline(container, series) {
    HW.clear(container);
    var keys = [];
    series.forEach(function (s) { keys = keys.concat(Object.keys(s.byMonth)); });
    if (!keys.length) { container.appendChild(el("p", { class: "empty" }, "No incidents with a date match the filters.")); return; }
    keys.sort();
    var months = monthsBetween(keys[0], keys[keys.length - 1]);
    var W = Math.max(320, Math.min(900, container.clientWidth || 640)), H = W < 500 ? 220 : 260, L = 48, R = 12, T = 12, B = 36;
    var top = 0;
    series.forEach(function (s) { months.forEach(function (m) { var p = s.byMonth[m]; if (p) top = Math.max(top, hi(p)); }); });
    top = niceMax(top);
    var band = (W - L - R) / months.length;
    var x = function (i) { return L + i * band; };
    var y = function (v) { return T + (H - T - B) * (1 - v / top); };
    var total = series.reduce(function (a, s) { return a + Object.keys(s.byMonth).length; }, 0);
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", class: "timeline-svg",
      "aria-label": "Bar chart of civilians killed per month for " + series.length + " belligerents, " +
        months[0] + " to " + months[months.length - 1] + "; the figures are in the table below it." });
    for (var t = 0; t <= 4; t++) {
      var v = top * t / 4, yy = y(v);
      root.appendChild(svg("line", { x1: L, x2: W - R, y1: yy, y2: yy, class: "grid" }));
      root.appendChild(svg("text", { x: L - 6, y: yy + 4, "text-anchor": "end", class: "tick" }, HW.num(Math.round(v))));
    }
    var every = Math.max(1, Math.ceil(months.length / Math.max(3, Math.floor(W / 80))));
    months.forEach(function (m, i) {
      if (i % every || x(i) + 48 > W) return;
      root.appendChild(svg("line", { x1: x(i), x2: x(i), y1: H - B, y2: H - B + 4, class: "axis" }));
      root.appendChild(svg("text", { x: x(i), y: H - B + 18, "text-anchor": "start", class: "tick" }, m));
    });
    root.appendChild(svg("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }));
    // Each month: one bar per belligerent with deaths that month, solid up to the lowest figure,
    // paler up to the highest.
    var groups = series.map(function (s) { return svg("g", { class: "series", "data-id": s.id }); });
    months.forEach(function (m, i) {
      var active = [];
      series.forEach(function (s, k) { if (s.byMonth[m]) active.push(k); });
      if (!active.length) return;
      var w = Math.max(1, (band * 0.86) / active.length), x0 = x(i) + band * 0.07;
      active.forEach(function (k, j) {
        var s = series[k], p = s.byMonth[m], lo = p.min || 0, up = hi(p);
        var g = groups[k], bx = x0 + j * w;
        if (up > lo) g.appendChild(svg("rect", { x: bx, y: y(up), width: w, height: y(lo) - y(up), fill: s.colour, "fill-opacity": "0.38" }));
        if (lo > 0) g.appendChild(svg("rect", { x: bx, y: y(lo), width: w, height: y(0) - y(lo), fill: s.colour }));
        var hit = svg("rect", { x: bx, y: T, width: w, height: H - T - B, fill: "transparent", class: "hit" });
        hit.appendChild(svg("title", {}, s.label + ", " + m + ": " + HW.range(p) + " civilians killed"));
        g.appendChild(hit);
      });
    });
    groups.forEach(function (g) { root.appendChild(g); });
    container.appendChild(root);
    container.appendChild(el("ul", { class: "legend" }, series.map(function (s) {
      return el("li", null, el("span", { class: "swatch", style: "background:" + s.colour, "aria-hidden": "true" }), s.label);
    })));
    var rows = [];
    series.forEach(function (s) {
      Object.keys(s.byMonth).sort().forEach(function (m) {
        rows.push(el("tr", null, el("td", null, m), el("td", null, s.label), el("td", { class: "num" }, HW.range(s.byMonth[m]))));
      });
    });
    container.appendChild(el("details", { class: "chart-table" },
      el("summary", null, "The figures as a table (" + total + " rows)"),
      el("div", { class: "table-wrap" }, el("table", { class: "data" },
        el("thead", null, el("tr", null, el("th", { scope: "col" }, "Month"), el("th", { scope: "col" }, "Belligerent"),
          el("th", { scope: "col", class: "num" }, "Civilians killed"))),
        el("tbody", null, rows)))));
  }

  /* rows: [{id, label, colour, min, max, admitted}] — monitored range beside admitted deaths. */
  function admitted(container, rows) {
    HW.clear(container);
    if (!rows.length) { container.appendChild(el("p", { class: "empty" }, "No comparison available yet.")); return; }
    var W = 360, rowH = 44, L = 130, R = 56, T = 6;
    var H = T + rows.length * rowH + 8;
    var top = niceMax(rows.reduce(function (a, r) { return Math.max(a, r.max != null ? r.max : (r.min || 0), r.admitted || 0); }, 0));
    var sx = function (v) { return L + (W - L - R) * v / top; };
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", class: "admitted-svg",
      "aria-label": "Bar chart: monitored civilian deaths beside deaths admitted, for " + rows.length + " belligerents; the figures are in the table below it." });
    rows.forEach(function (r, i) {
      var y0 = T + i * rowH;
      root.appendChild(svg("text", { x: L - 6, y: y0 + 16, "text-anchor": "end", class: "label" }, r.label));
      var lo = r.min || 0, up = r.max != null ? r.max : lo;
      root.appendChild(svg("rect", { x: L, y: y0 + 4, width: Math.max(1, sx(lo) - L), height: 14, fill: r.colour }));
      if (up > lo) root.appendChild(svg("rect", { x: sx(lo), y: y0 + 4, width: sx(up) - sx(lo), height: 14, fill: r.colour, "fill-opacity": "0.35" }));
      root.appendChild(svg("text", { x: sx(up) + 4, y: y0 + 15, class: "value" }, HW.range({ min: r.min, max: r.max })));
      root.appendChild(svg("rect", { x: L, y: y0 + 21, width: Math.max(1, sx(r.admitted || 0) - L), height: 10, fill: "#222" }));
      root.appendChild(svg("text", { x: sx(r.admitted || 0) + 4, y: y0 + 30, class: "value" }, HW.num(r.admitted || 0) + " admitted"));
    });
    container.appendChild(root);
    container.appendChild(el("details", { class: "chart-table" }, el("summary", null, "The figures as a table"),
      el("div", { class: "table-wrap" }, el("table", { class: "data" },
        el("thead", null, el("tr", null, el("th", { scope: "col" }, "Belligerent"), el("th", { scope: "col", class: "num" }, "Monitored"),
          el("th", { scope: "col", class: "num" }, "Admitted"))),
        el("tbody", null, rows.map(function (r) {
          return el("tr", null, el("td", null, r.label), el("td", { class: "num" }, HW.range({ min: r.min, max: r.max })),
            el("td", { class: "num" }, HW.num(r.admitted || 0)));
        }))))));
  }

  HW.chart = { timeline: timeline, admitted: admitted };
})();

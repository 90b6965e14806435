/* HarmWatch dashboard: tallies by grouping and grade; monitored against admitted deaths. */
(function () {
  "use strict";
  var el = HW.el;
  var form = document.getElementById("tally-form");
  var status = document.getElementById("tally-status");
  var HEAD = { perpetrator: "Belligerent", month: "Month", year: "Year", country: "Country", admin1: "Province" };

  function cell(key, value) {
    if (value === null || value === undefined || value === "") return "—";
    if (key === "perpetrator") return HW.label(value);
    if (key === "country") return HW.countryName(value);
    return String(value);
  }

  function grades() {
    var boxes = form.querySelectorAll("input[name=grade]");
    var on = Array.prototype.slice.call(boxes).filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    return on.length === boxes.length ? null : on;
  }

  function load() {
    var by = form.by.value.split(","), chosen = grades();
    if (chosen && !chosen.length) { render(by, []); status.textContent = "Choose at least one grade."; return; }
    status.textContent = "Loading…";
    HW.api("/api/tallies", { by: by, grade: chosen }).then(function (data) {
      render(data.by || by, data.rows || []);
    }).catch(function (e) { status.textContent = "The tallies could not be loaded (" + e.message + ")."; });
  }

  function render(by, rows) {
    var table = document.getElementById("tally-table");
    HW.clear(table.tHead).appendChild(el("tr", null,
      by.map(function (k) { return el("th", { scope: "col" }, HEAD[k] || k); }),
      el("th", { scope: "col", class: "num" }, "Civilians killed"), el("th", { scope: "col", class: "num" }, "Injured"),
      el("th", { scope: "col", class: "num" }, "Incidents")));
    var body = HW.clear(table.tBodies[0]);
    var lo = 0, hi = 0, n = 0;
    rows.forEach(function (r) {
      lo += r.killed_min || 0; hi += r.killed_max != null ? r.killed_max : (r.killed_min || 0); n += r.incidents || 0;
      body.appendChild(el("tr", null,
        by.map(function (k) { return el("td", null, cell(k, r[k])); }),
        el("td", { class: "num" }, HW.range({ min: r.killed_min, max: r.killed_max })),
        el("td", { class: "num" }, HW.range({ min: r.injured_min, max: r.injured_max })),
        el("td", { class: "num" }, HW.num(r.incidents || 0))));
    });
    var main = by.indexOf("perpetrator") >= 0 ? " Each incident counts once, under its main (first named) belligerent." : "";
    status.textContent = rows.length ? HW.num(rows.length) + " rows." + main
      : "No incidents match.";
    document.body.setAttribute("data-ready", "1");
  }

  function comparison() {
    HW.api("/api/comparison").then(function (data) {
      var body = HW.clear(document.querySelector("#compare-table tbody"));
      (data.rows || []).forEach(function (r) {
        var ratio = r.ratio_min == null && r.ratio_max == null ? "—"
          : HW.range({ min: r.ratio_min != null ? Math.round(r.ratio_min * 10) / 10 : null,
                       max: r.ratio_max != null ? Math.round(r.ratio_max * 10) / 10 : null });
        body.appendChild(el("tr", null,
          el("td", null, HW.label(r.perpetrator || r.actor)),
          el("td", { class: "num" }, HW.num(r.incidents || 0)),
          el("td", { class: "num" }, HW.range({ min: r.monitor_min, max: r.monitor_max })),
          el("td", { class: "num" }, r.admitted == null ? "—" : HW.num(r.admitted)),
          el("td", { class: "num" }, r.admitted_incidents == null ? "—" : HW.num(r.admitted_incidents)),
          el("td", { class: "num" }, ratio)));
      });
      if (!body.children.length) body.appendChild(el("tr", null, el("td", { colspan: 6 }, "No comparison available yet.")));
    }).catch(function () {
      HW.clear(document.querySelector("#compare-table tbody")).appendChild(
        el("tr", null, el("td", { colspan: 6 }, "The comparison could not be loaded.")));
    });
  }

  function start(meta) {
    var box = document.getElementById("t-grades");
    ((meta && meta.grades && meta.grades.length) ? meta.grades : HW.GRADES).forEach(function (g) {
      var id = "t-grade-" + String(g).replace(/[^a-z0-9-]/gi, "_");
      box.appendChild(el("span", { class: "check" }, el("input", { type: "checkbox", id: id, name: "grade", value: g, checked: true }),
        el("label", { for: id }, g)));
    });
    form.addEventListener("change", load);
    form.addEventListener("submit", function (e) { e.preventDefault(); load(); });
    load();
    comparison();
  }

  HW.api("/api/meta").then(start).catch(function () { start(null); });
})();

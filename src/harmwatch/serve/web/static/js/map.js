/* HarmWatch dashboard: the map page — offline basemap, clustered markers, filters, timeline, list. */
(function () {
  "use strict";
  var el = HW.el, cfg = HW.config;
  var PAGE = 100;
  var state = { features: [], shown: [], markers: [], meta: null, countryCache: {}, listed: PAGE, clusters: null, onMap: null, clusterRuns: 0 };
  HW.state = state;

  var form = document.getElementById("filters");
  var status = document.getElementById("map-status");
  // Zoom 3 (a region) to 12 (a town): fewer zoom levels to cluster keeps 10,000 markers quick.
  var map = L.map("map", { zoomControl: true, worldCopyJump: true, minZoom: 3, maxZoom: 12 }).setView([34.5, 40], 5);
  map.attributionControl.setPrefix(false);
  var clusters = L.markerClusterGroup({
    chunkedLoading: true, chunkInterval: 120, chunkDelay: 20, chunkProgress: clustered,
    showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true,
    iconCreateFunction: clusterIcon
  });
  map.addLayer(clusters);
  state.clusters = clusters;

  function clustered(done, total) {
    if (total > 0 && done >= total) {
      performance.mark("hw:clustered");
      document.body.setAttribute("data-clustered", String(++state.clusterRuns));
    }
  }

  function clusterIcon(cluster) {
    var n = cluster.getChildCount(), size = n < 10 ? 34 : n < 100 ? 42 : 52;
    // the icon's HTML is a number this script computed, never text from the data
    return L.divIcon({ html: "<span>" + Number(n) + "</span><span class=\"visually-hidden\"> incidents, zoom in</span>",
      className: "hw-cluster", iconSize: L.point(size, size) });
  }

  function props(f) { return f.properties || {}; }
  function perps(p) { return p.perpetrators && p.perpetrators.length ? p.perpetrators : ["unknown"]; }
  function featureCountry(p) {
    if (p.country) return p.country;
    if (p.place && typeof p.place === "object") return p.place.country || null;
    return null;
  }
  function killedHi(p) { return p.killed_max != null ? p.killed_max : (p.killed_min || 0); }

  function radius(p) { return Math.min(32, 5 + 2.2 * Math.sqrt(killedHi(p))); }

  function makeMarker(f) {
    var c = f.geometry && f.geometry.coordinates;
    if (!c || c.length < 2 || c[0] == null || c[1] == null) return null;
    var p = props(f), colour = HW.colour(perps(p)[0]);
    var m = L.circleMarker([c[1], c[0]], {
      radius: radius(p), color: "#1b1b1b", weight: 1, fillColor: colour, fillOpacity: 0.78, className: "hw-marker"
    });
    m.feature = f;
    m.bindPopup(function () { return popup(p); }, { maxWidth: 280 });
    return m;
  }

  function popup(p) {
    return el("div", { class: "popup" },
      el("p", { class: "popup-date" }, HW.dateText(p.date)),
      el("p", null, el("strong", null, HW.placeText(p.place) || "Place unknown")),
      el("p", null, perps(p).map(HW.label).join(", ")),
      el("p", null, HW.range({ min: p.killed_min, max: p.killed_max }) + " civilians killed"),
      el("p", null, HW.gradeBadge(p.grade)),
      el("p", null, el("a", { href: HW.base + "/incidents/" + encodeURIComponent(p.id) }, "Sources and evidence")));
  }

  function readFilters() {
    var checked = function (name) {
      return Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]:checked")).map(function (i) { return i.value; });
    };
    var all = function (name) { return form.querySelectorAll("input[name=" + name + "]").length; };
    var perpetrators = checked("perpetrator"), grades = checked("grade");
    return {
      start: form.start.value || null, end: form.end.value || null, country: form.country.value || null,
      perpetrator: perpetrators.length === all("perpetrator") ? null : perpetrators,
      grade: grades.length === all("grade") ? null : grades
    };
  }

  function matches(f, flt, countryIds) {
    var p = props(f), d = HW.dateStart(p.date);
    if ((flt.start || flt.end) && !d) return false;
    if (flt.start && d < flt.start) return false;
    if (flt.end && d > flt.end) return false;
    if (flt.perpetrator && !perps(p).some(function (x) { return flt.perpetrator.indexOf(x) >= 0; })) return false;
    if (flt.grade && flt.grade.indexOf(p.grade || "") < 0) return false;
    if (flt.country) {
      if (countryIds) return countryIds.has(p.id);
      if (featureCountry(p) !== flt.country) return false;
    }
    return true;
  }

  /* Country is filtered in the browser when features carry it, else by asking the API once per country. */
  function countryIds(code) {
    if (!code) return Promise.resolve(null);
    var known = state.features.some(function (f) { return featureCountry(props(f)); });
    if (known) return Promise.resolve(null);
    if (state.countryCache[code]) return Promise.resolve(state.countryCache[code]);
    return HW.api("/api/incidents.geojson", { country: code }).then(function (fc) {
      var ids = new Set((fc.features || []).map(function (f) { return props(f).id; }));
      state.countryCache[code] = ids;
      return ids;
    });
  }

  function apply() {
    var flt = readFilters();
    writeUrl(flt);
    return countryIds(flt.country).then(function (ids) {
      var shown = [], markers = [];
      state.features.forEach(function (f, i) {
        if (!matches(f, flt, ids)) return;
        shown.push(f);
        if (state.markers[i]) markers.push(state.markers[i]);
      });
      state.shown = shown;
      update(markers);
      summary(shown);
      state.listed = PAGE;
      list();
      timeline(shown);
      document.body.setAttribute("data-shown", String(shown.length));
    }).catch(function (e) { status.textContent = "Could not filter by country: " + e.message; });
  }

  /* Change the clustered layer by difference: only markers that enter or leave are touched. */
  function update(markers) {
    var next = new Set(markers), prev = state.onMap || new Set();
    var gone = [], added = [];
    prev.forEach(function (m) { if (!next.has(m)) gone.push(m); });
    markers.forEach(function (m) { if (!prev.has(m)) added.push(m); });
    state.onMap = next;
    if (gone.length) clusters.removeLayers(gone);
    if (added.length) clusters.addLayers(added);
    else clustered(1, 1);  // nothing to cluster: done at once
  }

  function summary(shown) {
    var lo = 0, hi = 0;
    shown.forEach(function (f) { var p = props(f); lo += p.killed_min || 0; hi += killedHi(p); });
    var text = "Showing " + HW.num(shown.length) + " of " + HW.num(state.features.length) + " incidents";
    text += " · " + HW.range({ min: lo, max: hi }) + " civilians killed.";
    if (!state.features.length) text = "No incidents on the map yet.";
    if (state.unmapped) {
      text += " " + HW.num(state.unmapped) + (state.unmapped === 1
        ? " more incident has no coordinates and is not shown here."
        : " more incidents have no coordinates and are not shown here.");
    }
    status.textContent = text;
  }

  function list() {
    var body = HW.clear(document.querySelector("#incident-table tbody"));
    var sorted = state.shown.slice().sort(function (a, b) {
      var da = HW.dateStart(props(a).date) || "", db = HW.dateStart(props(b).date) || "";
      return da < db ? 1 : da > db ? -1 : 0;
    });
    sorted.slice(0, state.listed).forEach(function (f) {
      var p = props(f);
      body.appendChild(el("tr", null,
        el("td", null, el("a", { href: HW.base + "/incidents/" + encodeURIComponent(p.id) }, HW.dateText(p.date))),
        el("td", null, HW.placeText(p.place)),
        el("td", null, perps(p).map(function (x) {
          return el("span", { class: "who" }, el("span", { class: "swatch", style: "background:" + HW.colour(x), "aria-hidden": "true" }), HW.label(x));
        })),
        el("td", { class: "num" }, HW.range({ min: p.killed_min, max: p.killed_max })),
        el("td", null, HW.gradeBadge(p.grade))));
    });
    var more = document.getElementById("more");
    more.hidden = sorted.length <= state.listed;
  }

  function timeline(shown) {
    var byPerp = {};
    shown.forEach(function (f) {
      var p = props(f), d = HW.dateStart(p.date);
      if (!d) return;
      var month = d.slice(0, 7);
      perps(p).forEach(function (who) {
        var s = byPerp[who] || (byPerp[who] = {});
        var cell = s[month] || (s[month] = { min: 0, max: 0 });
        cell.min += p.killed_min || 0;
        cell.max += killedHi(p);
      });
    });
    var series = Object.keys(byPerp).sort().map(function (who) {
      return { id: who, label: HW.label(who), colour: HW.colour(who), byMonth: byPerp[who] };
    });
    HW.chart.timeline(document.getElementById("timeline"), series);
  }

  function comparison() {
    HW.api("/api/comparison").then(function (data) {
      var rows = (data.rows || []).map(function (r) {
        var who = r.perpetrator || r.actor || "unknown";
        return { id: who, label: HW.label(who), colour: HW.colour(who), min: r.monitor_min, max: r.monitor_max, admitted: r.admitted };
      });
      HW.chart.admitted(document.getElementById("admitted"), rows);
    }).catch(function () {
      HW.clear(document.getElementById("admitted")).appendChild(el("p", { class: "empty" }, "The comparison could not be loaded."));
    });
  }

  function checkbox(name, value, text, colour, on) {
    var id = "f-" + name + "-" + value.replace(/[^a-z0-9-]/gi, "_");
    return el("div", { class: "check" },
      el("input", { type: "checkbox", id: id, name: name, value: value, checked: on }),
      el("label", { for: id }, colour ? el("span", { class: "swatch", style: "background:" + colour, "aria-hidden": "true" }) : null, text));
  }

  function buildControls(meta, params) {
    var perpBox = document.getElementById("f-perpetrators"), gradeBox = document.getElementById("f-grades");
    var wantPerp = params.get("perpetrator") ? params.get("perpetrator").split(",") : null;
    var wantGrade = params.get("grade") ? params.get("grade").split(",") : null;
    (meta.perpetrators || []).forEach(function (p) {
      perpBox.appendChild(checkbox("perpetrator", p, HW.label(p), HW.colour(p), !wantPerp || wantPerp.indexOf(p) >= 0));
    });
    var grades = (meta.grades && meta.grades.length ? meta.grades : HW.GRADES);
    grades.forEach(function (g) { gradeBox.appendChild(checkbox("grade", g, g, null, !wantGrade || wantGrade.indexOf(g) >= 0)); });
    var select = form.country;
    (meta.countries || []).map(function (c) { return { code: c, name: HW.countryName(c) }; })
      .sort(function (a, b) { return a.name.localeCompare(b.name); })
      .forEach(function (c) { select.appendChild(el("option", { value: c.code }, c.name)); });
    if (meta.date_min) { form.start.min = meta.date_min; form.end.min = meta.date_min; }
    if (meta.date_max) { form.start.max = meta.date_max; form.end.max = meta.date_max; }
    form.start.value = params.get("start") || "";
    form.end.value = params.get("end") || "";
    select.value = params.get("country") || "";
  }

  function metaFromFeatures(features) {
    var perps = {}, countries = {};
    features.forEach(function (f) {
      var p = props(f);
      (p.perpetrators || []).forEach(function (x) { perps[x] = 1; });
      var c = featureCountry(p);
      if (c) countries[c] = 1;
    });
    return { perpetrators: Object.keys(perps).sort(), countries: Object.keys(countries).sort(), grades: HW.GRADES };
  }

  function writeUrl(flt) {
    var q = HW.query(flt);
    history.replaceState(null, "", location.pathname + q);
    var dl = HW.query({ start: flt.start, end: flt.end, country: flt.country, perpetrator: flt.perpetrator, grade: flt.grade });
    document.getElementById("dl-csv").href = HW.base + "/api/export/incidents.csv" + dl;
    document.getElementById("dl-geojson").href = HW.base + "/api/export/incidents.geojson" + dl;
  }

  function start() {
    HW.tiles(map);
    var params = new URLSearchParams(location.search);
    var ready = Promise.all([
      HW.api("/api/meta").catch(function () { return null; }),
      HW.api("/api/incidents.geojson")
    ]).then(function (res) {
      var fc = res[1] || {};
      state.features = fc.features || [];
      performance.mark("hw:data");
      state.markers = state.features.map(makeMarker);
      performance.mark("hw:markers");
      state.meta = res[0] || metaFromFeatures(state.features);
      var pts = state.markers.filter(Boolean).map(function (m) { return m.getLatLng(); });
      if (pts.length) map.fitBounds(L.latLngBounds(pts).pad(0.15), { maxZoom: 8, animate: false });
      buildControls(state.meta, params);
      return apply();
    }).then(function () {
      performance.mark("hw:ready");
      document.body.setAttribute("data-ready", "1");
    });
    // how many incidents have no coordinates (the map layer leaves them out): said when known
    Promise.all([HW.api("/api/incidents", { limit: 1 }), ready]).then(function (res) {
      state.unmapped = Math.max(0, (res[0].total || 0) - state.features.length);
      if (state.unmapped) summary(state.shown);
    }).catch(function () { return null; });
    ready.catch(function (e) {
      status.textContent = "The incidents could not be loaded (" + e.message + ").";
      document.body.setAttribute("data-ready", "error");
    });
    // the offline basemap is fetched at once but drawn after the incidents, so that they come first
    HW.basemap(map, ready.catch(function () { return null; }));
    comparison();
    form.addEventListener("change", apply);
    form.addEventListener("input", function (e) { if (e.target.type === "date") apply(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    form.addEventListener("reset", function () {
      setTimeout(function () {
        form.querySelectorAll("input[type=checkbox]").forEach(function (i) { i.checked = true; });
        apply();
      }, 0);
    });
    document.getElementById("more").addEventListener("click", function () { state.listed += PAGE; list(); });
  }

  start();
})();

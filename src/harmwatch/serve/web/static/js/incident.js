/* HarmWatch dashboard: one incident — facts, figures as ranges, grade, sources with highlighted evidence. */
(function () {
  "use strict";
  var el = HW.el, id = HW.config.incident;
  var status = document.getElementById("incident-status");
  var FIGURES = [
    ["civilians_killed", "Civilians killed"], ["children_killed", "Children killed"], ["women_killed", "Women killed"],
    ["civilians_injured", "Civilians injured"], ["combatants_killed", "Combatants killed"]
  ];
  var CONTEXT = 200;

  function given(r) { return !!r && (r.min != null || r.max != null); }

  function words(s) { return s ? String(s).replace(/[-_]/g, " ") : ""; }

  function title(inc) {
    if (inc.summary) return inc.summary;
    var what = inc.means && inc.means !== "unknown" ? words(inc.means) : "Attack";
    what = what.charAt(0).toUpperCase() + what.slice(1);
    var where = (inc.places || []).map(function (p) { return p.geoname || p.name; }).filter(Boolean).join(", ");
    return what + (where ? " in " + where : "") + (inc.date ? ", " + HW.dateText(inc.date) : "");
  }

  function fact(dl, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", null, term));
    dl.appendChild(el("dd", null, value));
  }

  function precision(p) { return p ? el("span", { class: "precision" }, " (precision: " + words(p) + ")") : null; }

  function facts(inc) {
    var dl = HW.clear(document.getElementById("i-facts"));
    var d = inc.date || {};
    fact(dl, "Date", [HW.dateText(d), precision(d.precision)]);
    var places = (inc.places || []).map(function (p) { return el("li", null, HW.placeText(p), precision(p.precision)); });
    fact(dl, "Place", places.length ? el("ul", { class: "plain" }, places) : "unknown");
    var who = (inc.perpetrators || []).map(function (p) {
      return el("span", { class: "who" }, el("span", { class: "swatch", style: "background:" + HW.colour(p), "aria-hidden": "true" }), HW.label(p));
    });
    if (inc.perpetrators_contested) who.push(el("span", { class: "contested" }, " (attribution contested)"));
    fact(dl, "Alleged perpetrator", who.length ? who : "unknown");
    fact(dl, "Means", words(inc.means));
    fact(dl, "Target", words(inc.target));
    fact(dl, "Credited sources", (inc.sources || []).join(", "));
    if (inc.confidential_sources) {
      fact(dl, "Confidential sources", HW.num(inc.confidential_sources) + " (withheld to protect them)");
    }
  }

  var ZOOM = { exact: 10, settlement: 9, "near-settlement": 9, district: 8, province: 7, country: 5, water: 6 };
  var UNCERTAINTY_M = { "near-settlement": 5000, district: 20000, province: 80000 };

  /* A small map of the incident's places; a circle shows how vague a place is. */
  function locator(inc) {
    var box = document.getElementById("i-map");
    var places = (inc.places || []).filter(function (p) { return p && p.lat != null && p.lon != null; });
    if (!places.length || !window.L) return;
    box.hidden = false;
    box.setAttribute("aria-label", "Map of " + places.map(HW.placeText).join("; "));
    var map = L.map(box, { scrollWheelZoom: false, minZoom: 3, maxZoom: 12, attributionControl: true });
    map.attributionControl.setPrefix(false);
    var colour = HW.colour((inc.perpetrators || [])[0]);
    var zoom = 12, points = [];
    places.forEach(function (p) {
      var at = [p.lat, p.lon];
      points.push(at);
      zoom = Math.min(zoom, ZOOM[p.precision] || 7);
      if (UNCERTAINTY_M[p.precision]) {
        L.circle(at, { radius: UNCERTAINTY_M[p.precision], color: colour, weight: 1, fillOpacity: 0.12, interactive: false }).addTo(map);
      }
      L.circleMarker(at, { radius: 8, color: "#1b1b1b", weight: 1, fillColor: colour, fillOpacity: 0.85, className: "hw-marker" })
        .bindTooltip(el("span", null, HW.placeText(p) + (p.precision ? " (" + words(p.precision) + ")" : "")))
        .addTo(map);
    });
    if (!HW.config.tiles) zoom = Math.min(zoom, 6);  // country outlines alone: show the region around
    if (points.length === 1) map.setView(points[0], zoom);
    else map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: zoom });
    HW.tiles(map);
    HW.basemap(map, Promise.resolve());
  }

  function figures(inc) {
    var body = HW.clear(document.querySelector("#i-figures tbody"));
    var f = inc.figures || {};
    var keys = FIGURES.map(function (x) { return x[0]; });
    var rows = FIGURES.concat(Object.keys(f).filter(function (k) { return keys.indexOf(k) < 0; }).map(function (k) { return [k, words(k)]; }));
    rows.forEach(function (row) {
      if (!given(f[row[0]]) && row[0] !== "civilians_killed") return;
      body.appendChild(el("tr", null, el("th", { scope: "row" }, row[1]), el("td", { class: "num" }, HW.range(f[row[0]]))));
    });
  }

  function grade(inc) {
    var line = HW.clear(document.getElementById("i-grade"));
    line.appendChild(document.createTextNode("Grade: "));
    line.appendChild(HW.gradeBadge(inc.grade));
    var reasons = HW.clear(document.getElementById("i-reasons"));
    if (inc.grade_override_reason) reasons.appendChild(el("li", null, "Set by an analyst: " + inc.grade_override_reason));
    (inc.grade_reasons || []).forEach(function (r) { reasons.appendChild(el("li", null, typeof r === "string" ? r : JSON.stringify(r))); });
    if (!reasons.children.length) reasons.appendChild(el("li", null, "No reasons recorded."));
  }

  function statement(s) {
    if (typeof s === "string") return el("li", null, words(s));
    var head = [s.actor ? HW.label(s.actor) : null, s.kind || s.response ? words(s.kind || s.response) : null,
      s.date ? "on " + s.date : null].filter(Boolean).join(" · ");
    var conceded = s.deaths_conceded != null ? el("p", null, "Deaths conceded: " + HW.num(s.deaths_conceded)) : null;
    var ref = s.reference ? (HW.safeUrl(s.reference) ? el("a", { href: s.reference, rel: "noopener noreferrer" }, "the statement")
      : el("span", { class: "ref" }, "Reference: " + s.reference)) : null;
    return el("li", null, el("p", null, el("strong", null, head || "Statement")), conceded,
      s.text ? el("blockquote", null, s.text) : null, ref ? el("p", null, ref) : null);
  }

  function responses(inc) {
    var box = HW.clear(document.getElementById("i-responses"));
    var all = (inc.official_statements || []).concat(inc.official_responses || []);
    if (!all.length) { box.appendChild(el("p", null, "No official response is recorded.")); return; }
    box.appendChild(el("ul", { class: "statements" }, all.map(statement)));
  }

  function evidence(ev) {
    var before = ev.before || "", after = ev.after || "";
    return el("blockquote", { class: "evidence" },
      before.length >= CONTEXT ? "…" : null, before,
      el("mark", null, ev.text || ""),
      after, after.length >= CONTEXT ? "…" : null);
  }

  function claim(c) {
    if (typeof c === "string") return el("li", { class: "claim" }, el("p", null, "Claim " + c));
    var doc = c.document || {};
    var head;
    if (doc.confidential) {
      head = el("p", { class: "doc confidential" }, "A confidential source (its identity and text are withheld to protect it).");
    } else {
      var name = doc.title || doc.id || "Untitled report";
      var link = HW.safeUrl(doc.url) ? el("a", { href: doc.url, rel: "noopener noreferrer" }, name) : el("span", null, name);
      head = el("p", { class: "doc" }, el("strong", null, link),
        [doc.outlet, doc.published].filter(Boolean).length ? " — " + [doc.outlet, doc.published].filter(Boolean).join(", ") : null);
    }
    var fig = c.figures || {};
    var said = FIGURES.filter(function (x) { return given(fig[x[0]]); }).map(function (x) { return x[1].toLowerCase() + ": " + HW.range(fig[x[0]]); });
    var summaryLine = [c.kind === "tally" ? "tally" : null, c.date ? HW.dateText(c.date) : null,
      (c.places || []).map(function (p) { return HW.placeText(p); }).join("; ") || null,
      (c.perpetrators || []).map(HW.label).join(", ") || null].filter(Boolean).join(" · ");
    return el("li", { class: "claim" }, head,
      summaryLine ? el("p", { class: "claim-meta" }, summaryLine) : null,
      el("p", null, said.length ? "Figures in this report: " + said.join("; ") + "." : "This report gives no casualty figure."),
      c.sources && c.sources.length ? el("p", null, "Credits: " + c.sources.join(", ")) : null,
      (c.evidence || []).map(evidence));
  }

  function render(inc) {
    document.title = title(inc) + " · HarmWatch";
    document.getElementById("i-id").textContent = inc.id || id;
    document.getElementById("i-title").textContent = title(inc);
    if (inc.status && inc.status !== "active") {
      document.getElementById("i-title").parentNode.appendChild(el("p", { class: "notice", role: "note" },
        inc.status === "duplicate" ? "An analyst marked this incident as a duplicate of another; it is not counted."
          : inc.status === "merged" ? "An analyst merged this incident into another; it is not counted."
            : "This incident is not counted (" + words(inc.status) + ")."));
    }
    facts(inc);
    figures(inc);
    grade(inc);
    responses(inc);
    var list = HW.clear(document.getElementById("i-claims"));
    (inc.claims || []).forEach(function (c) { list.appendChild(claim(c)); });
    if (!list.children.length) list.appendChild(el("li", null, "No source is linked to this incident."));
    document.getElementById("i-json").href = HW.base + "/api/incidents/" + encodeURIComponent(id);
    status.hidden = true;
    document.getElementById("incident-body").hidden = false;
    document.getElementById("incident").setAttribute("aria-busy", "false");
    locator(inc);  // after the body is shown, so that the map knows its size
    document.body.setAttribute("data-ready", "1");
  }

  HW.api("/api/incidents/" + encodeURIComponent(id)).then(render).catch(function (e) {
    status.textContent = e.status === 404 ? "There is no incident with the id “" + id + "”." : "The incident could not be loaded (" + e.message + ").";
    document.getElementById("incident").setAttribute("aria-busy", "false");
    document.body.setAttribute("data-ready", "error");
  });
})();

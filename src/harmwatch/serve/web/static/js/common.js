/* HarmWatch dashboard: helpers shared by every page.
 * Text from the API is only ever put into the page as DOM text nodes (never as HTML). */
(function () {
  "use strict";

  var configNode = document.getElementById("hw-config");
  var config = configNode ? JSON.parse(configNode.textContent) : {};
  var base = config.base || "";

  var GRADES = ["confirmed", "fair", "weak", "contested", "discounted"];
  var NAMES = {
    "us-led-coalition": "US-led coalition", "united-states": "United States", "russia": "Russia",
    "syrian-government": "Syrian government", "iraqi-government": "Iraqi government", "turkey": "Turkey",
    "israel": "Israel", "iran": "Iran", "saudi-led-coalition": "Saudi-led coalition", "isis": "ISIS",
    "sdf": "SDF", "syrian-opposition": "Syrian opposition", "hts": "HTS", "hezbollah": "Hezbollah",
    "pmu": "PMU", "unknown": "Unknown"
  };
  // Distinct hues (ColorBrewer-like) for the markers; each is drawn with a dark outline on the pale basemap.
  var FIXED = {
    "us-led-coalition": "#1f78b4", "united-states": "#6baed6", "russia": "#d7191c", "syrian-government": "#7570b3",
    "iraqi-government": "#66a61e", "turkey": "#e66101", "israel": "#1b9e77", "iran": "#e7298a",
    "saudi-led-coalition": "#a6761d", "isis": "#252525", "sdf": "#c2a5cf", "syrian-opposition": "#4dac26",
    "hts": "#8c510a", "hezbollah": "#ffd92f", "pmu": "#01665e", "unknown": "#a3a3a3"
  };
  var PALETTE = ["#b5179e", "#2a9d8f", "#9c6644", "#5e60ce", "#c1121f", "#588157", "#e76f51", "#386641"];

  function colour(id) {
    if (!id) return FIXED.unknown;
    if (FIXED[id]) return FIXED[id];
    var h = 0;
    for (var i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
    return PALETTE[h % PALETTE.length];
  }

  function label(id) {
    if (!id) return "Unknown";
    if (NAMES[id]) return NAMES[id];
    var s = String(id).replace(/-/g, " ");
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  var regionNames = null;
  try { regionNames = new Intl.DisplayNames(["en"], { type: "region" }); } catch (e) { regionNames = null; }
  function countryName(code) {
    if (!code) return "";
    try { return (regionNames && regionNames.of(String(code).toUpperCase())) || code; } catch (e) { return code; }
  }

  /* Only http(s) links and this site's own paths become hrefs. */
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    var u = url.trim();
    if (/^\/(?!\/)/.test(u)) return u;
    if (/^https?:\/\//i.test(u)) return u;
    return null;
  }

  /* el("a", {href: ..., class: ...}, "text", childNode, ...) — strings become text nodes. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) return;
        if (key === "href") {
          value = safeUrl(value);
          if (!value) return;
        }
        if (key === "class") node.className = value;
        else if (key === "style") node.style.cssText = value;  // through the CSSOM: allowed by the page's CSP
        else if (key === "text") node.textContent = value;
        else if (key === "hidden") node.hidden = true;
        else node.setAttribute(key, value === true ? "" : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function num(n) { return typeof n === "number" ? n.toLocaleString("en") : String(n); }

  /* A {min, max} range as words: "12–70", "at least 30", "up to 100", "12", or "no figure". */
  function range(r) {
    if (!r || (r.min == null && r.max == null)) return "no figure";
    if (r.min != null && r.max != null) return r.min === r.max ? num(r.min) : num(r.min) + "–" + num(r.max);
    if (r.min != null) return "at least " + num(r.min);
    return "up to " + num(r.max);
  }

  function query(params) {
    var parts = [];
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (v === null || v === undefined || v === "") return;
      if (Array.isArray(v)) { if (!v.length) return; v = v.join(","); }
      parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  function api(path, params) {
    var url = base + path + query(params);
    // no custom headers, so that the page's <link rel=preload> requests are reused
    return fetch(url, { credentials: "same-origin" }).then(function (res) {
      if (!res.ok) {
        var err = new Error("HTTP " + res.status + " for " + path);
        err.status = res.status;
        throw err;
      }
      return res.json();
    });
  }

  /* The start date of a date given as a string or as {start, end, precision}. */
  function dateStart(d) {
    if (!d) return null;
    if (typeof d === "string") return d;
    return d.start || d.end || null;
  }

  function dateText(d) {
    if (!d) return "date unknown";
    if (typeof d === "string") return d;
    var text = d.start && d.end && d.start !== d.end ? d.start + " to " + d.end : (d.start || d.end || "date unknown");
    return text;
  }

  function placeText(p) {
    if (!p) return "";
    if (typeof p === "string") return p;
    var name = p.geoname || p.name || "";
    var parts = [name];
    if (p.admin1 && p.admin1 !== name) parts.push(p.admin1);
    if (p.country) parts.push(countryName(p.country));
    return parts.filter(Boolean).join(", ");
  }

  function gradeBadge(grade) {
    var g = grade || "ungraded";
    return el("span", { class: "grade grade-" + (GRADES.indexOf(g) >= 0 ? g : "none") }, g);
  }

  window.HW = {
    config: config, base: base, GRADES: GRADES, colour: colour, label: label, countryName: countryName,
    safeUrl: safeUrl, el: el, clear: clear, num: num, range: range, query: query, api: api,
    dateStart: dateStart, dateText: dateText, placeText: placeText, gradeBadge: gradeBadge
  };
})();

/* HarmWatch dashboard: the offline basemap (Natural Earth country outlines, province lines of the
 * monitored countries) and the optional tile layer. */
(function () {
  "use strict";
  var cfg = HW.config;

  /* Rings that cross the antimeridian (Russia, Fiji) would draw a line across the world: move their
   * western points east of 180°. Antarctica is left out. */
  function unwrap(fc) {
    fc.features = fc.features.filter(function (f) { return f.id !== "010"; });
    fc.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) return;
      var polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
      polys.forEach(function (poly) {
        poly.forEach(function (ring) {
          var jumps = ring.some(function (pt, i) { return i && Math.abs(pt[0] - ring[i - 1][0]) > 180; });
          if (jumps) ring.forEach(function (pt) { if (pt[0] < 0) pt[0] += 360; });
        });
      });
    });
    return fc;
  }

  var topoRequest = null;

  /* Draw the country outlines on `map` once `after` (a promise) has settled. */
  function basemap(map, after) {
    if (!cfg.basemap) return Promise.resolve(null);
    topoRequest = topoRequest || fetch(cfg.basemap).then(function (r) { return r.json(); });
    return Promise.all([topoRequest, after]).then(function (res) {
      var topo = res[0];
      var land = unwrap(topojson.feature(topo, topo.objects.countries));
      // its own pane, above any tiles and below the markers; SVG pans more smoothly than a large
      // canvas without a GPU, and simplified outlines keep redraws short
      if (!map.getPane("basemap")) map.createPane("basemap").style.zIndex = 250;
      var layer = L.geoJSON(land, {
        pane: "basemap", renderer: L.svg({ pane: "basemap", padding: 0.1 }), interactive: false, smoothFactor: 2,
        style: { color: "#8a8f98", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: cfg.tiles ? 0 : 1 }
      }).addTo(map);
      map.attributionControl.addAttribution("Natural Earth");
      document.body.setAttribute("data-basemap", "1");
      provinces(map);
      return layer;
    }).catch(function () { map.attributionControl.addAttribution("basemap unavailable"); return null; });
  }

  var PROVINCE_ZOOM = 4;

  /* Province (admin-1) boundary lines: fetched only once the countries are drawn and the map is
   * zoomed to a region (PROVINCE_ZOOM or closer), drawn as thin lines just above the countries and
   * below the markers, hidden again when zoomed out. The lines carry no names (see docs/dashboard.md). */
  function provinces(map) {
    if (!cfg.provinces) return;
    var layer = null, loading = false;
    function update() {
      var wanted = map.getZoom() >= PROVINCE_ZOOM;
      if (layer) {
        if (wanted && !map.hasLayer(layer)) layer.addTo(map);
        if (!wanted && map.hasLayer(layer)) map.removeLayer(layer);
        return;
      }
      if (!wanted || loading) return;
      loading = true;
      fetch(cfg.provinces).then(function (r) { return r.json(); }).then(function (fc) {
        if (!map.getPane("provinces")) map.createPane("provinces").style.zIndex = 260;
        layer = L.geoJSON(fc, {
          pane: "provinces", renderer: L.svg({ pane: "provinces", padding: 0.1 }), interactive: false,
          smoothFactor: 1.5, style: { className: "hw-province", color: "#a3a7ae", weight: 0.6, dashArray: "3 2" }
        });
        document.body.setAttribute("data-provinces", "1");
        update();
      }).catch(function () { loading = false; });
    }
    map.on("zoomend", update);
    update();
  }

  /* The online tile layer, only when the server was configured with one (HARMWATCH_TILES_URL). */
  function tiles(map) {
    if (!cfg.tiles || !cfg.tiles.url) return null;
    var attribution = document.createElement("span");
    attribution.textContent = cfg.tiles.attribution || "";  // escaped: Leaflet shows attributions as HTML
    return L.tileLayer(cfg.tiles.url, { attribution: attribution.innerHTML, maxZoom: 18 }).addTo(map);
  }

  HW.basemap = basemap;
  HW.tiles = tiles;
})();

// The incident list, the map and the timeline of the current filter.
"use strict";

(() => {
  const { el, svg, getJSON, range, colour, TYPE_COLOURS, showError, place } = CL;
  const PAGE = 50;
  const MAP_LIMIT = 1000;
  const FILTERS = ["since", "until", "country", "type", "actor", "q", "bbox", "contested"];
  const params = new URLSearchParams(window.location.search);
  const filter = new URLSearchParams();
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value) filter.set(key, value);
  }
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);

  function fillForm() {
    const form = document.getElementById("filters");
    for (const key of FILTERS) {
      const input = form.elements.namedItem(key);
      if (!input) continue;
      if (input.type === "checkbox") input.checked = filter.get(key) === "true";
      else input.value = filter.get(key) || "";
    }
    const types = document.getElementById("types");
    for (const t of Object.keys(TYPE_COLOURS)) types.append(el("option", { value: t }));
  }

  function figureCell(item, name) {
    const f = item.figures[name];
    if (!f) return el("td", { class: "num", text: "" });
    const text = f.best === null ? range(f.low, f.high) : `${f.best} (${range(f.low, f.high)})`;
    return el("td", { class: f.contested ? "num contested" : "num", text: f.contested ? `${text} !` : text,
      title: f.contested ? "sources disagree" : null });
  }

  function row(item) {
    const what = CL.what(item);
    return el("tr", {},
      el("td", { text: item.date || "?" }),
      el("td", {}, el("a", { href: `/incident?id=${item.id}`, text: what })),
      el("td", { text: place(item) || "?" }),
      figureCell(item, "killed"),
      figureCell(item, "injured"),
      el("td", { class: "num", text: item.n_documents }));
  }

  function pager(total) {
    const nav = document.getElementById("pager");
    const link = (label, at) => {
      const p = new URLSearchParams(filter);
      if (at) p.set("offset", String(at));
      return el("a", { href: `/?${p}`, text: label });
    };
    if (offset > 0) nav.append(link("← Previous", Math.max(0, offset - PAGE)));
    const last = Math.min(total, offset + PAGE);
    nav.append(el("span", { text: total ? `${offset + 1}–${last} of ${total}` : "" }));
    if (last < total) nav.append(link("Next →", offset + PAGE));
  }

  function downloads() {
    const p = filter.toString();
    const box = document.getElementById("downloads");
    box.append("Download this selection: ",
      el("a", { href: `/api/incidents.geojson?${p}`, text: "GeoJSON" }),
      el("a", { href: `/api/incidents.csv?${p}${p ? "&" : ""}format=acled`, text: "ACLED-like CSV" }),
      el("a", { href: `/api/incidents.csv?${p}${p ? "&" : ""}format=ucdp`, text: "UCDP-like CSV" }));
  }

  async function loadList() {
    const body = document.querySelector("#results tbody");
    try {
      const page = await getJSON(`/api/incidents?${filter}&limit=${PAGE}&offset=${offset}`);
      document.getElementById("count").textContent =
        `${page.total} incident${page.total === 1 ? "" : "s"} match${page.total === 1 ? "es" : ""}.`;
      body.replaceChildren(...page.items.map(row));
      pager(page.total);
    } catch (error) {
      showError(document.getElementById("count"), error);
    }
  }

  function legend() {
    const box = document.getElementById("legend");
    for (const [name, c] of Object.entries(TYPE_COLOURS)) {
      const sw = el("span", { class: "swatch" });
      sw.style.background = c;
      box.append(el("span", {}, sw, name));
    }
  }

  function radius(item) {
    const f = item.figures.killed;
    const best = f && f.best !== null ? f.best : 0;
    return 4 + 3 * Math.sqrt(best);
  }

  async function loadMap(items, map) {
    const world = await getJSON("/static/vendor/world-110m.geojson");
    L.geoJSON(world, { style: { color: "#8a9bb0", weight: 0.7, fillColor: "#f7f5ef", fillOpacity: 1 },
      interactive: false }).addTo(map);
    const points = [];
    for (const item of items) {
      if (item.lat === null || item.lon === null) continue;
      const marker = L.circleMarker([item.lat, item.lon], {
        radius: radius(item), color: "#222", weight: 1, fillColor: colour(item.event_type), fillOpacity: 0.75,
      });
      const f = item.figures.killed;
      // Tooltip content is a DOM node built with textContent, never an HTML string.
      marker.bindTooltip(el("span", {},
        el("strong", { text: CL.what(item) }), el("br"),
        `${place(item)} · ${item.date || "?"}`, el("br"),
        `killed: ${f ? range(f.low, f.high) : "no figure"}`));
      marker.on("click", () => { window.location.assign(`/incident?id=${Number(item.id)}`); });
      marker.addTo(map);
      points.push([item.lat, item.lon]);
    }
    if (points.length) map.fitBounds(points, { padding: [30, 30], maxZoom: 6 });
  }

  function timeline(items) {
    const counts = new Map();
    for (const item of items) {
      if (!item.date) continue;
      const month = item.date.slice(0, 7);
      counts.set(month, (counts.get(month) || 0) + 1);
    }
    const box = document.getElementById("timeline");
    const months = [...counts.keys()].sort();
    if (!months.length) { box.replaceChildren(el("p", { class: "muted", text: "No dated incident." })); return; }
    const W = 600, H = 120, pad = 22;
    const max = Math.max(...counts.values());
    const bw = (W - 2 * pad) / months.length;
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}` });
    months.forEach((m, i) => {
      const h = ((H - 2 * pad) * counts.get(m)) / max;
      const bar = svg("rect", { x: pad + i * bw + 1, y: H - pad - h, width: Math.max(1, bw - 2), height: h, fill: "#4a6fa5" });
      bar.append(svg("title", { text: `${m}: ${counts.get(m)} incident(s)` }));
      chart.append(bar);
    });
    chart.append(svg("text", { x: pad, y: H - 6, text: months[0] }));
    chart.append(svg("text", { x: W - pad, y: H - 6, "text-anchor": "end", text: months[months.length - 1] }));
    chart.append(svg("text", { x: pad, y: 14, text: `max ${max} per month` }));
    box.setAttribute("aria-label", `Incidents per month, ${months[0]} to ${months[months.length - 1]}`);
    box.replaceChildren(chart);
  }

  async function loadOverview() {
    const map = L.map("map", { worldCopyJump: false, minZoom: 1, maxZoom: 10, keyboard: true }).setView([20, 10], 2);
    map.attributionControl.addAttribution("Outlines: Natural Earth");
    document.getElementById("use-view").addEventListener("click", () => {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(3);
      const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
        clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(",");
      const form = document.getElementById("filters");
      form.elements.namedItem("bbox").value = bbox;
      form.submit();
    });
    try {
      const all = await getJSON(`/api/incidents?${filter}&limit=${MAP_LIMIT}`);
      if (all.total > MAP_LIMIT) {
        document.getElementById("map-note").textContent =
          `The map and timeline show the first ${MAP_LIMIT} of ${all.total} incidents; narrow the filters to see the rest.`;
      }
      timeline(all.items);
      await loadMap(all.items, map);
      document.body.dataset.mapReady = "true";
    } catch (error) {
      showError(document.getElementById("map-note"), error);
    }
  }

  fillForm();
  legend();
  downloads();
  loadList();
  loadOverview();
})();

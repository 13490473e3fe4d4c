// One incident: estimates, every source's claims side by side per figure, the
// toll over document dates, critical-reading warnings, documents and links.
"use strict";

(() => {
  const { el, svg, safeUrl, id, getJSON, range, colour, showError, place } = CL;
  const main = document.getElementById("content");
  const incidentId = id(new URLSearchParams(window.location.search).get("id"));

  function tags(c) {
    return [
      c.hedged ? el("span", { class: "tag hedged", text: "hedged" }) : null,
      c.source.via ? el("span", { class: "tag", text: `via ${c.source.via}` }) : null,
      c.evidence.segment === "opinion" ? el("span", { class: "tag hedged", text: "in an opinion segment" }) : null,
      c.evidence.segment === "quote" ? el("span", { class: "tag", text: "quoted" }) : null,
    ];
  }

  function estimates(inc) {
    const box = el("div", { class: "estimates" });
    for (const [name, f] of Object.entries(inc.estimates)) {
      box.append(el("div", { class: "estimate" },
        el("div", { class: "muted", text: name }),
        el("div", { class: "big", text: f.best === null ? "?" : f.best }),
        el("div", { text: `low ${f.low ?? "?"} · best ${f.best ?? "?"} · high ${f.high ?? "?"}` }),
        el("div", { class: f.contested ? "contested" : "muted",
          text: `${f.n_sources} source${f.n_sources === 1 ? "" : "s"}${f.contested ? " · sources disagree" : ""}` }),
        el("div", { class: "muted", text: f.rule })));
    }
    if (!box.childElementCount) box.append(el("p", { class: "muted", text: "No figure was claimed." }));
    return el("section", { "aria-labelledby": "est-h" }, el("h2", { id: "est-h", text: "Estimates" }), box);
  }

  function sideBySide(inc) {
    const byId = new Map();
    for (const s of inc.sources) for (const c of s.claims) byId.set(c.id, c);
    const out = el("section", { "aria-labelledby": "claims-h" }, el("h2", { id: "claims-h", text: "What each source claims" }));
    for (const [name, f] of Object.entries(inc.estimates)) {
      const body = el("tbody");
      for (const s of f.sources) {
        for (const cid of s.claims) {
          const c = byId.get(cid);
          if (!c) continue;
          const href = `/document?id=${id(c.document.id)}&claim=${id(c.id)}#claim-${id(c.id)}`;
          body.append(el("tr", {},
            el("th", { scope: "row" }, el("span", { text: s.name }), el("br"), el("span", { class: "muted", text: s.kind })),
            el("td", { class: "num", text: range(c.low, c.high) }),
            el("td", { text: c.qualifier || "" }, el("br"), ...tags(c)),
            el("td", { text: c.document.date || "?" }),
            el("td", {}, el("a", { href, text: c.evidence.sentence || c.evidence.text }),
              el("br"), el("span", { class: "muted", text: c.document.external_id }))));
        }
      }
      out.append(el("h3", { text: `${name}: ${range(f.low, f.high)}${f.contested ? " (contested)" : ""}` }),
        el("div", { class: "table-wrap" }, el("table", {},
          el("thead", {}, el("tr", {}, ...["Source", "Claim", "Qualifier", "Document date", "Evidence"].map(
            (h, i) => el("th", { scope: "col", class: i === 1 ? "num" : null, text: h })))),
          body)));
    }
    const other = inc.sources.flatMap((s) => s.claims.filter((c) => c.figure === null));
    if (other.length) {
      out.append(el("h3", { text: "Other statements" }),
        el("ul", {}, ...other.map((c) => el("li", {}, el("span", { text: `${c.source.name}: ` }),
          el("a", { href: `/document?id=${id(c.document.id)}&claim=${id(c.id)}#claim-${id(c.id)}`, text: c.statement })))));
    }
    return out;
  }

  function tollChart(inc) {
    const points = inc.timeline.filter((t) => t.date && (t.high ?? t.low) !== null);
    const section = el("section", { "aria-labelledby": "toll-h" }, el("h2", { id: "toll-h", text: "The toll over document dates" }));
    if (!points.length) { section.append(el("p", { class: "muted", text: "No dated figure." })); return section; }
    const dates = [...new Set(points.map((p) => p.date))].sort();
    const max = Math.max(...points.map((p) => p.high ?? p.low));
    const W = 600, H = 200, padL = 40, padB = 30, padT = 12;
    const x = (d) => padL + (dates.length === 1 ? (W - padL) / 2 : ((W - padL - 20) * dates.indexOf(d)) / (dates.length - 1));
    const y = (v) => H - padB - ((H - padB - padT) * v) / (max || 1);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "toll-h" });
    chart.append(svg("line", { x1: padL, y1: H - padB, x2: W, y2: H - padB, stroke: "#999" }));
    chart.append(svg("text", { x: 4, y: y(max) + 4, text: String(max) }), svg("text", { x: 4, y: H - padB, text: "0" }));
    dates.forEach((d) => chart.append(svg("text", { x: x(d), y: H - 10, "text-anchor": "middle", text: d })));
    const figures = [...new Set(points.map((p) => p.figure))];
    const palette = ["#b00020", "#0b57d0", "#2ca02c", "#8c564b"];
    for (const p of points) {
      const fill = palette[figures.indexOf(p.figure) % palette.length];
      const lo = p.low ?? p.high, hi = p.high ?? p.low;
      if (lo !== hi) chart.append(svg("line", { x1: x(p.date), x2: x(p.date), y1: y(lo), y2: y(hi), stroke: fill, "stroke-width": 2 }));
      const dot = svg("circle", { cx: x(p.date), cy: y(hi), r: 5, fill, "fill-opacity": p.hedged ? 0.3 : 0.85, stroke: "#222" });
      dot.append(svg("title", { text: `${p.date}: ${p.figure} ${range(p.low, p.high)} (${p.source.name}, ${p.source.kind})` }));
      chart.append(dot);
    }
    const legend = el("div", { class: "legend" }, ...figures.map((f) => {
      const sw = el("span", { class: "swatch" });
      sw.style.background = palette[figures.indexOf(f) % palette.length];
      return el("span", {}, sw, f);
    }));
    const table = el("details", {}, el("summary", { text: "The same as a table" }), el("table", {},
      el("tbody", {}, ...points.map((p) => el("tr", {}, el("td", { text: p.date }), el("td", { text: p.figure }),
        el("td", { class: "num", text: range(p.low, p.high) }), el("td", { text: `${p.source.name} (${p.source.kind})` }))))));
    section.append(el("div", { class: "chart" }, chart), legend, table, revisions(inc));
    return section;
  }

  // Per figure: the revisions (a source's later figure, or "rose to ..." wording)
  // and each source's latest figure (the API's ``toll``).
  function revisions(inc) {
    const box = el("div", { class: "toll", id: "toll-revisions" });
    for (const [name, t] of Object.entries(inc.toll || {})) {
      const items = t.points.filter((p) => p.revision).map((p) => el("li", {},
        el("strong", { text: `${p.date || "?"}: ${range(p.low, p.high)}` }),
        ` ${p.revision} from ${p.revises} — ${p.source_name} (${p.revision_basis}) `,
        el("span", { class: "muted", text: p.external_id })));
      const latest = t.points.filter((p) => p.latest).map((p) => el("li", {},
        el("span", { text: `${p.source_name}: ${range(p.low, p.high)}` }),
        el("span", { class: "muted", text: ` (${p.date || "undated"})` })));
      box.append(el("h3", { text: name }),
        el("p", { class: "muted", text: items.length ? "Revisions:" : "No revision." }),
        // DOM append writes a null as the text "null": an empty string adds nothing
        items.length ? el("ul", { class: "revisions" }, ...items) : "",
        el("p", { class: "muted", text: "Each source's latest figure:" }),
        el("ul", { class: "latest" }, ...latest));
    }
    return box;
  }

  function curation(inc) {
    const notes = [];
    if (inc.redirected_from !== null && inc.redirected_from !== undefined) {
      notes.push(el("p", { class: "warning", text: `Incident ${inc.redirected_from} was merged into this incident (${inc.id}).` }));
    }
    if ((inc.merged_from || []).length) {
      notes.push(el("p", { class: "muted", text: `Merged into it: ${inc.merged_from.join(", ")} (those ids lead here).` }));
    }
    for (const d of inc.curation || []) {
      const what = d.action === "merge" ? `merged ${d.other_id} into ${d.corpus_incident_id}`
        : `split reports ${d.incident_ids.join(", ")} off into ${d.other_id}`;
      notes.push(el("p", { class: "muted", text: `${d.decided_at}: ${what} ${d.manual ? "by hand" : "while linking"}${d.note ? `: ${d.note}` : ""}` }));
    }
    return el("section", { id: "curation" }, ...notes);
  }

  function warnings(inc) {
    const items = inc.warnings.map((w) => el("div", { class: "warning" },
      el("strong", { text: `Date of ${w.external_id}: ` }), w.message,
      w.evidence_text ? el("span", { class: "muted", text: ` — “${w.evidence_text}”` }) : null));
    for (const d of inc.documents) {
      const c = d.critical;
      if (c.opinion_segments) items.push(el("div", { class: "warning" }, el("strong", { text: `${d.external_id}: ` }),
        `${c.opinion_segments} opinion segment(s): the author's commentary, not reporting.`));
      if (c.loaded_terms.length) items.push(el("div", { class: "warning" }, el("strong", { text: `${d.external_id}: ` }),
        `loaded terms: ${c.loaded_terms.join(", ")}`));
    }
    if (!items.length) items.push(el("p", { class: "muted", text: "No critical-reading warning." }));
    return el("section", { "aria-labelledby": "warn-h" }, el("h2", { id: "warn-h", text: "Critical reading" }), ...items);
  }

  function documents(inc) {
    const links = new Map(inc.links.map((l) => [l.document_id, l]));
    return el("section", { "aria-labelledby": "docs-h" }, el("h2", { id: "docs-h", text: "Documents and why they were linked" }),
      el("ul", {}, ...inc.documents.map((d) => {
        const url = safeUrl(d.url);
        const link = links.get(d.id);
        return el("li", {},
          el("a", { href: `/document?id=${id(d.id)}`, text: d.title || d.external_id }),
          el("span", { class: "muted", text: ` · ${d.external_id} · ${d.source || "unknown source"} · ${d.date || "undated"}` }),
          d.duplicate_of ? el("span", { class: "tag", text: `copy of document ${d.duplicate_of}` }) : null,
          url ? el("span", {}, " · ", el("a", { href: url, rel: "noopener noreferrer nofollow", text: "original" })) : null,
          link ? el("div", { class: "muted", text: `link: ${link.reason} (score ${link.score === null ? "?" : Number(link.score).toFixed(2)})` }) : null);
      })));
  }

  function followups(inc) {
    const fs = inc.followups || [];
    if (!fs.length) return el("section", { id: "followups" });
    return el("section", { id: "followups", "aria-labelledby": "fu-h" }, el("h2", { id: "fu-h", text: "Follow-ups (no incident read of their own)" }),
      el("ul", {}, ...fs.map((f) => el("li", {},
        el("a", { href: `/document?id=${id(f.id)}`, text: f.title || f.external_id }),
        el("span", { class: "muted", text: ` · ${f.external_id} · ${f.source || "unknown source"} · ${f.date || "undated"}` }),
        el("div", { class: "muted", text: `attached: ${f.reason} (score ${Number(f.score).toFixed(2)}), “${f.evidence.text}”` })))));
  }

  function header(inc) {
    const what = CL.what(inc);
    document.title = `claimledger — ${what}, ${inc.location || ""} ${inc.date || ""}`;
    const sw = el("span", { class: "swatch" });
    sw.style.background = colour(inc.event_type);
    return el("section", {},
      el("h2", { id: "incident-title" }, sw, `${what} — ${place(inc) || "unknown place"}`),
      el("p", {}, el("strong", { text: inc.date || "undated" }),
        inc.date_start !== inc.date_end ? ` (reported between ${inc.date_start} and ${inc.date_end})` : "",
        ` · ${inc.event_type || CL.UNTYPED} · ${inc.n_documents} document(s), ${inc.n_independent_documents} independent`,
        inc.contested ? el("span", { class: "contested", text: " · contested" }) : ""),
      sides(inc.sides));
  }

  function sides(s) {
    if (!s || !s.actor1) return null;
    const named = (name, assoc) => name + (s.suspected.includes(name) ? " (suspected)" : "") +
      (assoc.length ? ` with ${assoc.join(", ")}` : "");
    const text = named(s.actor1, s.assoc_actor_1) + (s.actor2 ? ` → ${named(s.actor2, s.assoc_actor_2)}` : "");
    return el("p", { class: "sides" }, el("strong", { text: "Sides: " }), text);
  }

  async function load() {
    if (incidentId === null) {
      showError(main, new Error("no incident id in the address"));
      document.body.dataset.ready = "true";
      return;
    }
    try {
      const inc = await getJSON(`/api/incidents/${incidentId}`);
      main.replaceChildren(header(inc), curation(inc), estimates(inc), sideBySide(inc), tollChart(inc), warnings(inc), documents(inc), followups(inc));
      document.body.dataset.ready = "true";
    } catch (error) {
      showError(main, error);
      document.body.dataset.ready = "true";
    }
  }
  load();
})();

// One document: its text with segments and every claim's span highlighted.
"use strict";

(() => {
  const { el, safeUrl, id, getJSON, range, showError } = CL;
  const main = document.getElementById("content");
  const params = new URLSearchParams(window.location.search);
  const docId = id(params.get("id"));
  const target = id(params.get("claim"));

  // Cut the text at every segment and claim boundary; each piece becomes a text
  // node inside its segment's span, wrapped in <mark> when a claim covers it.
  function renderText(doc) {
    const n = doc.text.length;
    const cuts = new Set([0, n]);
    for (const s of doc.segments) { cuts.add(Math.max(0, Math.min(n, s.start))); cuts.add(Math.max(0, Math.min(n, s.end))); }
    for (const c of doc.claims) { cuts.add(Math.max(0, Math.min(n, c.evidence.start))); cuts.add(Math.max(0, Math.min(n, c.evidence.end))); }
    const points = [...cuts].sort((a, b) => a - b);
    const box = el("div", { class: "doc-text", id: "doc-text" });
    const started = new Set();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const seg = doc.segments.find((s) => s.start <= a && a < s.end);
      const claims = doc.claims.filter((c) => c.evidence.start <= a && a < c.evidence.end);
      let node = document.createTextNode(doc.text.slice(a, b));
      if (claims.length) {
        const mark = el("mark", { "data-claims": claims.map((c) => id(c.id)).join(" "),
          title: claims.map((c) => `${c.source.name}: ${c.figure || "statement"} ${range(c.low, c.high)}`).join("; ") });
        for (const c of claims) {
          if (!started.has(c.id)) { started.add(c.id); if (!mark.id) { mark.id = `claim-${id(c.id)}`; mark.tabIndex = -1; } }
          if (c.id === target) mark.classList.add("target");
        }
        mark.append(node);
        node = mark;
      }
      box.append(seg ? el("span", { class: `seg-${seg.kind.replace(/[^a-z_]/g, "")}` }, node) : node);
    }
    return box;
  }

  function meta(doc) {
    const url = safeUrl(doc.url);
    return el("section", {},
      el("h2", { text: doc.title || doc.external_id }),
      el("p", { class: "muted" }, `${doc.external_id} · ${doc.source || "unknown source"} · ${doc.date || "undated"}`,
        url ? el("span", {}, " · ", el("a", { href: url, rel: "noopener noreferrer nofollow", text: "original" })) : null),
      doc.followup_of ? el("p", { id: "followup-of" }, "Follow-up of ",
        el("a", { href: `/incident?id=${id(doc.followup_of.corpus_incident_id)}`, text: `incident ${doc.followup_of.corpus_incident_id}` }),
        el("span", { class: "muted", text: ` (no incident read of its own; ${doc.followup_of.reason}, “${doc.followup_of.evidence.text}”)` })) : null,
      ...doc.warnings.map((w) => el("div", { class: "warning" }, el("strong", { text: "Date: " }), w.message)),
      doc.critical.opinion_segments ? el("div", { class: "warning", text: `${doc.critical.opinion_segments} opinion segment(s), shaded in violet: the author's commentary.` }) : null,
      doc.critical.loaded_terms.length ? el("div", { class: "warning", text: `Loaded terms: ${doc.critical.loaded_terms.join(", ")}` }) : null);
  }

  function claimList(doc) {
    return el("section", { "aria-labelledby": "dc-h" }, el("h2", { id: "dc-h", text: "Claims in this document" }),
      el("ul", {}, ...doc.claims.map((c) => el("li", {},
        el("a", { href: `#claim-${id(c.id)}`, text: `${c.source.name} (${c.source.kind}): ${c.figure || "statement"} ${range(c.low, c.high)}` }),
        c.hedged ? el("span", { class: "tag hedged", text: "hedged" }) : null,
        c.corpus_incident_id ? el("span", {}, " · ", el("a", { href: `/incident?id=${id(c.corpus_incident_id)}`, text: "incident" })) : null))));
  }

  async function load() {
    if (docId === null) {
      showError(main, new Error("no document id in the address"));
      document.body.dataset.ready = "true";
      return;
    }
    try {
      const doc = await getJSON(`/api/documents/${docId}`);
      document.title = `claimledger — ${doc.title || doc.external_id}`;
      main.replaceChildren(meta(doc), el("section", {}, renderText(doc)), claimList(doc));
      const mark = target !== null ? document.getElementById(`claim-${target}`) : null;
      if (mark) { mark.scrollIntoView({ block: "center" }); mark.focus({ preventScroll: true }); }
    } catch (error) {
      showError(main, error);
    }
    document.body.dataset.ready = "true";
  }
  load();
})();

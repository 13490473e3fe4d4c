// Shared helpers. Every string that comes from a document is put into the page
// with textContent or as an attribute value through setAttribute on safe
// attributes: never as markup. Links built from data are same-origin paths with
// numeric ids, or http(s) URLs checked by safeUrl().
"use strict";

const CL = (() => {
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.className = value;
      else if (key.startsWith("on")) throw new Error("no inline handlers");
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = String(value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  // Only absolute http(s) URLs become links; anything else (javascript:, data:) is text.
  function safeUrl(value) {
    if (typeof value !== "string") return null;
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (_e) {
      return null;
    }
  }

  function id(value) {
    const n = Number(value);
    return Number.isInteger(n) && n >= 0 ? n : null;
  }

  async function getJSON(path) {
    const response = await fetch(path, { headers: { accept: "application/json" } });
    const body = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
    return body;
  }

  function range(low, high) {
    if (low === null || low === undefined) return high === null || high === undefined ? "?" : `≤${high}`;
    if (high === null || high === undefined) return `≥${low}`;
    return low === high ? String(low) : `${low}–${high}`;
  }

  const TYPE_COLOURS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
  };
  function colour(type) {
    return TYPE_COLOURS[type] || "#555555";
  }

  // An incident of no event type is a deadly event whose reports name no armed attack
  // (a collapse, a fire, a stampede): said in words, not "?" (docs/exports.md).
  const UNTYPED = "no conflict type";
  function what(item) {
    return item.sub_event_type || item.event_type || UNTYPED;
  }

  function showError(container, error) {
    container.replaceChildren(el("p", { class: "error", role: "alert", text: `Error: ${error.message}` }));
  }

  // "Englewood, Chicago, Illinois, United States": the town a neighbourhood lies in
  // (row.city) after its name, when the store knows it.
  function place(row) {
    return [
      row.location,
      row.city && row.city !== row.location ? row.city : null,
      row.admin1 !== row.location ? row.admin1 : null,
      row.country,
    ]
      .filter(Boolean)
      .join(", ");
  }

  return { el, svg, safeUrl, id, getJSON, range, colour, TYPE_COLOURS, showError, place, what, UNTYPED };
})();

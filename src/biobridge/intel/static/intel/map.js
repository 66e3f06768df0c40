/* Ecosystem map: organisations (nodes) and news relations (edges) drawn with cytoscape.js.
   Data comes from the API (/api/intel/graph, /api/intel/organizations/{id}/timeline).
   All text is inserted with textContent: names and sentences from the news are never HTML. */
(function () {
  "use strict";

  const COLORS = {
    mou: "#0b6e4f", partnership: "#2f6fd6", investment: "#b8860b", event: "#7a3ea8",
    visit: "#c0504d", selection: "#d9730d", contract: "#2c7a7b",
  };
  const NODE_COLORS = {
    government: "#4a5a7a", public_agency: "#4a5a7a", association: "#6b5b95", cluster: "#6b5b95",
    university: "#2e7d6b", research_institute: "#2e7d6b", hospital: "#a0522d",
  };

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function init() {
    const root = document.getElementById("ecomap");
    if (!root || typeof cytoscape !== "function") return;
    const texts = JSON.parse(document.getElementById("map-texts").textContent);
    const form = document.getElementById("map-filters");
    const status = document.getElementById("map-status");
    const cy = cytoscape({
      container: document.getElementById("cy"),
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        { selector: "node", style: {
          "background-color": (n) => NODE_COLORS[n.data("type")] || "#0b6e4f",
          "label": "data(label)", "font-size": 13, "min-zoomed-font-size": 7, "font-family": "NanumGothic, 'Noto Sans KR', sans-serif",
          "text-valign": "bottom", "text-margin-y": 4, "color": "#1d2430",
          "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 2,
          "width": (n) => 14 + 5 * Math.min(n.data("relations"), 8),
          "height": (n) => 14 + 5 * Math.min(n.data("relations"), 8),
        } },
        { selector: "node[status = 'unverified']", style: {
          "border-width": 2, "border-style": "dashed", "border-color": "#9a5b00", "background-color": "#f3c26b",
        } },
        { selector: "node:selected", style: { "border-width": 4, "border-color": "#111", "border-style": "solid" } },
        { selector: "edge", style: {
          "line-color": (e) => COLORS[e.data("type")] || "#888",
          "width": (e) => 1.5 + Math.min(e.data("count"), 4),
          "curve-style": "bezier", "opacity": 0.8,
        } },
        { selector: "edge[?pending]", style: { "line-style": "dashed" } },
        { selector: ".faded", style: { "opacity": 0.15 } },
      ],
    });
    window.biobridgeMap = cy; // for the browser tests and the console

    // The API is not under a language prefix: ask for the page's language explicitly.
    const HEADERS = { Accept: "application/json", "Accept-Language": document.documentElement.lang || "ko" };

    function params() {
      const data = new URLSearchParams(new FormData(form));
      [...data.keys()].forEach((k) => { if (!data.get(k)) data.delete(k); });
      return data;
    }

    async function load() {
      status.textContent = texts.loading;
      const response = await fetch(root.dataset.graphUrl + "?" + params().toString(), { headers: HEADERS });
      if (!response.ok) { status.textContent = texts.error; return; }
      const graph = await response.json();
      cy.elements().remove();
      cy.add(graph.nodes.map((n) => ({ group: "nodes", data: { ...n, id: "o" + n.id, orgId: n.id } })));
      cy.add(graph.edges.map((e) => ({ group: "edges", data: {
        id: "e" + e.id, source: "o" + e.source, target: "o" + e.target, type: e.type, count: e.count, pending: !e.confirmed,
      } })));
      cy.layout({
        name: "cose", animate: false, randomize: false, padding: 24, componentSpacing: 60,
        nodeRepulsion: () => 20000, idealEdgeLength: () => 110, nodeOverlap: 20,
      }).run();
      cy.fit(undefined, 24);
      status.textContent = texts.summary.replace("%(nodes)s", graph.nodes.length).replace("%(edges)s", graph.edges.length);
      root.dataset.loaded = "true";
      fillOrgList(graph.nodes);
    }

    function fillOrgList(nodes) {
      const list = document.getElementById("map-org-list");
      list.replaceChildren(...nodes.map((n) => {
        const li = el("li");
        const button = el("button", { type: "button", class: "link" }, n.label);
        button.addEventListener("click", () => select(n.id));
        li.append(button);
        return li;
      }));
    }

    function select(orgId) {
      const node = cy.getElementById("o" + orgId);
      cy.elements().unselect();
      cy.elements().addClass("faded");
      node.closedNeighborhood().removeClass("faded");
      node.select();
      showTimeline(orgId);
    }

    async function showTimeline(orgId) {
      const url = root.dataset.timelineUrl.replace("{id}", orgId) + "?" + params().toString();
      const response = await fetch(url, { headers: HEADERS });
      if (!response.ok) return;
      const data = await response.json();
      const title = document.getElementById("timeline-title");
      title.replaceChildren(el("a", { href: data.organization.url }, data.organization.name));
      document.getElementById("timeline-hint").textContent = texts.count.replace("%(n)s", data.relations.length);
      document.getElementById("timeline-list").replaceChildren(...data.relations.map((r) => timelineItem(r, orgId)));
    }

    function timelineItem(r, orgId) {
      const li = el("li", { class: "rel-" + r.type, "data-testid": "timeline-item" });
      li.append(el("span", { class: "when" }, r.date_display || r.article.published || texts.undated));
      li.append(el("span", { class: "rel-badge rel-" + r.type }, r.type_label));
      const others = r.parties.filter((p) => p.id !== orgId).map((p) => p.name);
      if (others.length) li.append(el("span", { class: "with" }, others.join(" · ")));
      if (r.status !== "confirmed") li.append(el("span", { class: "badge" }, texts.pending));
      if (r.evidence) li.append(el("q", {}, r.evidence));
      li.append(el("a", { href: r.article.url, class: "source" }, r.article.title));
      return li;
    }

    cy.on("tap", "node", (evt) => select(evt.target.data("orgId")));
    cy.on("tap", (evt) => { if (evt.target === cy) cy.elements().removeClass("faded"); });
    form.addEventListener("submit", (evt) => { evt.preventDefault(); history.replaceState(null, "", "?" + params().toString()); load(); });
    form.addEventListener("change", () => form.requestSubmit());
    load();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

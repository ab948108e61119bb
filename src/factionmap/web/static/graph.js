// Draws a document's actors and the claims between them with Cytoscape.js (vendored,
// see scripts/fetch_static.py). The data comes from the JSON API named in data-graph-url;
// selecting an edge opens the claim it stands for.
(function () {
  "use strict";
  var container = document.getElementById("graph");
  if (!container) {
    return;
  }
  var shared = window.factionmapGraph;
  function notice(text) {
    shared.notice(container, text);
  }
  if (typeof window.cytoscape !== "function") {
    notice("The graph library could not be loaded. The same relations are listed under Claims.");
    return;
  }
  shared.load(container)
    .then(function (graph) {
      if (!graph.edges.length) {
        notice("No claim in this document links two actors.");
        return;
      }
      container.textContent = "";
      var elements = graph.nodes.map(function (node) {
        return { data: { id: node.id, label: node.label, kind: node.kind } };
      }).concat(graph.edges.map(function (edge) {
        return { data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label, claim: edge.claim } };
      }));
      var cy = window.cytoscape({
        container: container,
        elements: elements,
        wheelSensitivity: 0.3,
        layout: {
          name: "cose",
          animate: false,
          randomize: false,
          padding: 24,
          idealEdgeLength: function () { return 60; },
          nodeRepulsion: function () { return 12000; },
          nodeOverlap: 20
        },
        style: [
          shared.nodeStyle,
          {
            selector: "edge",
            style: {
              label: "data(label)",
              "font-size": 9,
              color: "#5c6770",
              width: 1.5,
              "line-color": "#9aa5ad",
              "target-arrow-color": "#9aa5ad",
              "target-arrow-shape": "triangle",
              "curve-style": "bezier",
              "text-rotation": "autorotate",
              "text-background-color": "#ffffff",
              "text-background-opacity": 0.8
            }
          }
        ]
      });
      cy.on("tap", "edge", function (event) {
        window.location.href = shared.path("/claims/", event.target.data("claim"));
      });
      container.setAttribute("data-graph-ready", "true");
    })
    .catch(function () {
      notice("The graph could not be loaded. The same relations are listed under Claims.");
    });
})();

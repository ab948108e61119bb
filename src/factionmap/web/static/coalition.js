// A coalition's graph with a time slider, drawn with Cytoscape.js (vendored). The JSON named
// in data-graph-url has the nodes, the edges (each with its claims) and the time line: for
// each month, which nodes the server counts as present. This script only shows and hides
// them; selecting an edge opens the page of its first claim.
(function () {
  "use strict";
  var container = document.getElementById("coalition-graph");
  if (!container) {
    return;
  }
  var timeline = document.getElementById("timeline");
  var range = document.getElementById("timeline-range");
  var dateOutput = document.getElementById("timeline-date");
  var label = document.getElementById("timeline-label");
  var list = document.getElementById("timeline-members");

  var shared = window.factionmapGraph;
  var path = shared.path;
  function notice(text) {
    shared.notice(container, text);
  }
  if (typeof window.cytoscape !== "function") {
    notice("The graph library could not be loaded. The tables below list the same members.");
    return;
  }
  var rings = { coalition: 3, member: 2, related: 1 };

  shared.load(container)
    .then(function (graph) {
      if (!graph.edges.length) {
        notice("No source names a member of this coalition yet.");
        return;
      }
      container.textContent = "";
      var names = {};
      graph.nodes.forEach(function (node) {
        names[node.id] = node.label;
      });
      var elements = graph.nodes.map(function (node) {
        return { data: { id: node.id, label: node.label, kind: node.kind, role: node.role } };
      }).concat(graph.edges.map(function (edge) {
        return {
          data: {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            label: edge.label,
            predicate: edge.predicate,
            claim: edge.claim
          }
        };
      }));
      var cy = window.cytoscape({
        container: container,
        elements: elements,
        wheelSensitivity: 0.3,
        layout: {
          name: "concentric",
          animate: false,
          padding: 28,
          minNodeSpacing: 80,
          concentric: function (node) { return rings[node.data("role")] || 1; },
          levelWidth: function () { return 1; }
        },
        style: [
          shared.nodeStyle,
          { selector: "node[role = 'coalition']", style: { width: 30, height: 30, "font-weight": "bold" } },
          { selector: "node[role = 'related']", style: { shape: "round-rectangle", opacity: 0.85 } },
          {
            selector: "edge",
            style: {
              width: 2,
              "line-color": "#7d8a94",
              "target-arrow-color": "#7d8a94",
              "target-arrow-shape": "triangle",
              "curve-style": "bezier"
            }
          },
          { selector: "edge[predicate = 'merged_into']", style: { "line-style": "dashed" } },
          {
            // Ties to parents and wings are few and varied: they carry their label.
            selector: "edge[predicate != 'member_of'][predicate != 'merged_into']",
            style: {
              "line-style": "dotted",
              "line-color": "#a08a3c",
              "target-arrow-color": "#a08a3c",
              label: "data(label)",
              "font-size": 9,
              color: "#5c6770",
              "text-rotation": "autorotate",
              "text-background-color": "#ffffff",
              "text-background-opacity": 0.8
            }
          },
          { selector: ".absent", style: { display: "none" } }
        ]
      });
      cy.on("tap", "edge", function (event) {
        window.location.href = path("/claims/", event.target.data("claim"));
      });

      function show(index) {
        var step = graph.steps[index];
        var present = {};
        step.visible.forEach(function (id) { present[id] = true; });
        cy.batch(function () {
          cy.nodes().forEach(function (node) {
            node.toggleClass("absent", !present[node.id()]);
          });
          cy.edges().forEach(function (edge) {
            edge.toggleClass("absent", !(present[edge.data("source")] && present[edge.data("target")]));
          });
        });
        dateOutput.textContent = step.at;
        range.setAttribute("aria-valuetext", step.at);
        label.textContent = "Members on " + step.at + ": " + step.members.length;
        list.textContent = "";
        step.members.forEach(function (id) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = path("/actors/", id);
          link.textContent = names[id] || id;
          item.setAttribute("data-member", id);
          item.appendChild(link);
          list.appendChild(item);
        });
      }

      if (graph.steps.length) {
        range.min = "0";
        range.max = String(graph.steps.length - 1);
        range.value = String(graph.initial);
        var follow = function () { show(Number(range.value)); };
        range.addEventListener("input", follow);
        range.addEventListener("change", follow);
        timeline.hidden = false;
        show(graph.initial);
      }
      // For the browser tests and for anyone exploring from the console.
      window.factionmap = window.factionmap || {};
      window.factionmap.coalitionGraph = cy;
      // Ready once drawn: Cytoscape finds what a click hits from its last frame.
      cy.one("render", function () {
        container.setAttribute("data-graph-ready", "true");
      });
    })
    .catch(function () {
      notice("The graph could not be loaded. The tables below list the same members.");
    });
})();

// What the document graph (graph.js) and the coalition graph (coalition.js) share: colours
// by kind, the node style, the fallback notice, links to claim and actor pages, and loading
// the graph's JSON. Loaded before either of them.
(function () {
  "use strict";
  var colours = {
    coalition: "#1f5f8b",
    armed_group: "#8b3a1f",
    movement: "#3d7a3a",
    person: "#6a4c93",
    state: "#555555",
    place: "#8a7a2a",
    other: "#777777"
  };
  window.factionmapGraph = {
    nodeStyle: {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": 11,
        "text-wrap": "wrap",
        "text-max-width": 120,
        "text-valign": "bottom",
        "text-margin-y": 4,
        width: 18,
        height: 18,
        "background-color": function (node) {
          return colours[node.data("kind")] || colours.other;
        }
      }
    },
    notice: function (container, text) {
      container.textContent = "";
      var p = document.createElement("p");
      p.className = "graph-fallback";
      p.textContent = text;
      container.appendChild(p);
    },
    path: function (prefix, id) {
      // Ids such as fm:hts keep their readable colon, as in the server's links.
      return prefix + encodeURIComponent(id).replace(/%3A/g, ":");
    },
    load: function (container) {
      return fetch(container.getAttribute("data-graph-url"), {
        headers: { Accept: "application/json" }
      }).then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      });
    }
  };
})();

// Bring the claim's quote into view in the source text. Without JavaScript, the
// "Show it in the text" link (#evidence) does the same.
(function () {
  "use strict";
  var mark = document.getElementById("evidence");
  if (mark && !window.location.hash) {
    mark.scrollIntoView({ block: "center" });
  }
})();

// Keyboard shortcuts of the moderator pages: a approve, r reject, j/k next/previous item.
// Ignored while typing in a field or with a modifier key held.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var el = event.target;
    if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
    var target = { a: "btn-approve", r: "btn-reject", j: "next-item", k: "prev-item" }[event.key];
    var node = target && document.getElementById(target);
    if (!node) return;
    event.preventDefault();
    node.click();
  });
})();

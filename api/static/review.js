// Keyboard shortcuts of the moderator pages: a confirm finding, r clear finding (each opens the next
// item of the list when "then open the next free item" is ticked), j/k next/previous item of the list.
// Ignored while typing in a field or with a modifier key held.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var el = event.target;
    if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
    var target = { a: "btn-confirm", r: "btn-clear", j: "next-item", k: "prev-item" }[event.key];
    var node = target && document.getElementById(target);
    if (!node || node.disabled) return;
    event.preventDefault();
    node.click();
  });
})();

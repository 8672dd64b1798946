// Fills the gaps the Vaadin 8 client leaves for screen readers (found by axe-core in the browser
// test): its overlay container carries a label without a role, its shared tooltip element has no
// name, its combo boxes lack aria-expanded and aria-controls and get a random autocomplete value,
// its grids mark the header row with a cell role.
// Runs once per page; a MutationObserver applies it to whatever Vaadin adds later.
(function () {
  if (window.kabinetAccessibility) {
    return;
  }
  window.kabinetAccessibility = true;
  var pending = false;
  function apply() {
    pending = false;
    document.querySelectorAll('.v-overlay-container[aria-label]:not([role])').forEach(function (e) {
      e.setAttribute('role', 'region');
    });
    // field errors and hints stand as text on the page; the tooltip only repeats them
    document.querySelectorAll('.v-tooltip:not([aria-hidden])').forEach(function (e) {
      e.setAttribute('aria-hidden', 'true');
    });
    // a grid's header row is a row of column headers, not a "rowheader" (which is a cell role)
    document.querySelectorAll('.v-grid tr[role=rowheader]').forEach(function (e) {
      e.setAttribute('role', 'row');
    });
    var list = document.getElementById('VAADIN_COMBOBOX_OPTIONLIST');
    var open = !!list && list.offsetParent !== null;
    document.querySelectorAll('[role=combobox]').forEach(function (box) {
      box.setAttribute('aria-controls', 'VAADIN_COMBOBOX_OPTIONLIST');
      box.setAttribute('aria-expanded', open && box.classList.contains('v-filterselect-focus') ? 'true' : 'false');
      var input = box.querySelector('input');
      if (input && input.getAttribute('autocomplete') !== 'off') {
        input.setAttribute('autocomplete', 'off');
      }
    });
  }
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(apply);
    }
  }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style']});
  apply();
})();

// Filters the findings by rule, severity and triage: every element with data-rule inside
// .filterable is shown only when it matches each select that has a value. The choice is kept in
// the address (#severity=error&rule=KH-T001), so a filtered view can be bookmarked or linked.
document.addEventListener('DOMContentLoaded', function () {
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  function apply() {
    var shown = 0;
    document.querySelectorAll('.filterable [data-rule]').forEach(function (item) {
      var match = selects.every(function (s) {
        return s.value === '' || item.getAttribute('data-' + s.getAttribute('data-filter')) === s.value;
      });
      item.hidden = !match;
      if (match) { shown++; }
    });
    document.querySelectorAll('.filter-count').forEach(function (c) { c.textContent = String(shown); });
  }
  function fromAddress() {
    var wanted = new URLSearchParams(location.hash.slice(1));
    selects.forEach(function (s) { s.value = wanted.get(s.getAttribute('data-filter')) || ''; });
    apply();
  }
  selects.forEach(function (s) {
    s.addEventListener('change', function () {
      var chosen = new URLSearchParams();
      selects.forEach(function (t) { if (t.value) { chosen.set(t.getAttribute('data-filter'), t.value); } });
      history.replaceState(null, '', '#' + chosen.toString());
      apply();
    });
  });
  window.addEventListener('hashchange', fromAddress);
  fromAddress();
});

// Progressive enhancement only: every page works without this script.
// - Click (or Enter on) a column header of a `table.sortable` to sort its rows; on a paged list it
//   sorts the page's rows. Cells may carry `data-sort` with a machine value (cents, ISO dates).
// - Health marker: <html data-script="ok"> once the script has run, "error: …" after any error
//   (here or later, e.g. while sorting) or a Content-Security-Policy violation, so that a
//   headless browser (the tests, CI) can read back whether the page's script works.
(function () {
  "use strict";
  var root = document.documentElement;
  var failed = false;
  var fail = function (message) {
    failed = true;
    root.setAttribute("data-script", "error: " + message);
  };
  window.addEventListener("error", function (event) { fail(event.message || "erreur"); });
  document.addEventListener("securitypolicyviolation", function (event) {
    fail("CSP " + event.violatedDirective + " " + event.blockedURI);
  });

  var collator = new Intl.Collator("fr", { numeric: true });

  var makeSortable = function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      th.tabIndex = 0;
      var sort = function () {
        var body = table.tBodies[0];
        var numeric = th.getAttribute("data-sort-type") === "number";
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var key = function (row) {
          var cell = row.cells[column];
          var value = cell.getAttribute("data-sort");
          if (value === null) value = cell.textContent.trim();
          return numeric ? (value === "" ? -Infinity : Number(value)) : value;
        };
        var rows = Array.prototype.map.call(body.rows, function (row, index) {
          return { row: row, key: key(row), index: index };
        });
        rows.sort(function (a, b) {
          var order = numeric ? (a.key === b.key ? 0 : (a.key < b.key ? -1 : 1)) : collator.compare(a.key, b.key);
          // Equal keys keep their order, so sorting by one column then another nests.
          return (ascending ? order : -order) || a.index - b.index;
        });
        var fragment = document.createDocumentFragment();
        rows.forEach(function (entry) { fragment.appendChild(entry.row); });
        body.appendChild(fragment);
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter") sort(); });
    });
  };

  try {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
    if (!failed) root.setAttribute("data-script", "ok");
  } catch (error) {
    fail(String((error && error.message) || error));
  }
})();

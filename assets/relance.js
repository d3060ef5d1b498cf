// Progressive enhancement: click a column header of a `table.sortable` to sort its rows.
// The page works without script; cells may carry `data-sort` with a machine value (cents, ISO dates).
document.querySelectorAll("table.sortable").forEach(function (table) {
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
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var ka = key(a), kb = key(b);
        var order = numeric ? ka - kb : String(ka).localeCompare(String(kb), "fr");
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (event) { if (event.key === "Enter") sort(); });
  });
});

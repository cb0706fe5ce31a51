// Sorting and filtering of customer tables. Works without a network and degrades to a plain table.
// No words of its own: the count's wording comes from the page (data-pattern, from the site's bundle),
// numbers and sort order follow the page's language.
(function () {
  "use strict";

  var lang = document.documentElement.lang || undefined;
  var numbers = window.Intl ? new Intl.NumberFormat(lang) : null;

  function number(n) { return numbers ? numbers.format(n) : String(n); }

  function cellValue(row, index, type) {
    var cell = row.cells[index];
    var raw = cell.getAttribute("data-sort");
    if (raw === null) { raw = cell.textContent.trim(); }
    return type === "number" ? parseFloat(raw) || 0 : raw.toLocaleLowerCase();
  }

  function sortBy(table, header, index) {
    var type = header.querySelector("button").getAttribute("data-type");
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (th.hasAttribute("aria-sort")) { th.setAttribute("aria-sort", "none"); }
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, type);
      var y = cellValue(b, index, type);
      var order = type === "number" ? x - y : x.localeCompare(y, lang);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function filter(table, tools) {
    var text = tools.querySelector(".filter-text").value.trim().toLocaleLowerCase();
    var action = tools.querySelector(".filter-action").value;
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var visible = (!action || row.getAttribute("data-action") === action)
        && (!text || row.textContent.toLocaleLowerCase().indexOf(text) >= 0);
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    var count = tools.querySelector(".count");
    var pattern = count.getAttribute("data-pattern") || "{0} / {1}";
    count.textContent = pattern.replace("{0}", number(shown)).replace("{1}", number(table.tBodies[0].rows.length));
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
      var button = header.querySelector("button");
      if (button) { button.addEventListener("click", function () { sortBy(table, header, index); }); }
    });
    var tools = document.querySelector('.table-tools[data-for="' + table.id + '"]');
    if (tools) {
      tools.querySelector(".filter-text").addEventListener("input", function () { filter(table, tools); });
      tools.querySelector(".filter-action").addEventListener("change", function () { filter(table, tools); });
      filter(table, tools);
    }
  });
})();

// Printing shows what is folded away on screen (evidence rows, every criterion), in browsers whose
// print stylesheet cannot open <details> by itself; they fold back afterwards.
(function () {
  "use strict";
  var opened = [];
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details:not([open])"), function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
})();

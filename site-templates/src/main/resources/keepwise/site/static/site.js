// Sorting and filtering of customer tables. Works without a network and degrades to a plain table.
// On the customer index the search and filters cover every customer (all.js), not only the page's.
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

  // Letters that do not decompose into a base letter and a mark, folded by hand.
  var FOLDED = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i" };

  // What a search compares: lower case, without accents or other marks, so "haland" finds "Håland".
  function fold(text) {
    var lower = text.toLocaleLowerCase();
    var bare = lower.normalize ? lower.normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "") : lower;
    return bare.replace(/[øæœßłđðþı]/g, function (c) { return FOLDED[c]; });
  }

  function matches(text, action, rowText, rowAction) {
    return (!action || rowAction === action) && (!text || fold(rowText).indexOf(text) >= 0);
  }

  function showCount(tools, shown, total) {
    var count = tools.querySelector(".count");
    var pattern = count.getAttribute("data-pattern") || "{0} / {1}";
    count.textContent = pattern.replace("{0}", number(shown)).replace("{1}", number(total));
  }

  // A row of the index from all.js, built as the page's own rows are, every value as text.
  function cell(row, text, className, sort) {
    var td = row.insertCell(-1);
    if (className) { td.className = className; }
    if (sort !== undefined) { td.setAttribute("data-sort", sort); }
    if (text !== undefined) { td.textContent = text; }
    return td;
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // [href, name, id, segment, action, actionName, actionCss, rank, risk, riskSort, value, valueSort, reason, fact, revenue, revenueSort]
  function rowOf(body, c) {
    var row = body.insertRow(-1);
    row.setAttribute("data-action", c[4]);
    var who = cell(row, undefined, "", c[1]);
    var name = element("bdi", "", c[1]);
    if (c[0]) { var link = element("a"); link.href = c[0]; link.appendChild(name); who.appendChild(link); } else { who.appendChild(name); }
    who.appendChild(document.createTextNode(" "));
    who.appendChild(element("bdi", "id", c[2]));
    cell(row).appendChild(element("bdi", "", c[3]));
    var badge = element("span", "badge " + c[6]);
    var shape = element("span", "shape");
    shape.setAttribute("aria-hidden", "true");
    badge.appendChild(shape);
    badge.appendChild(document.createTextNode(c[5]));
    cell(row, undefined, "", c[7]).appendChild(badge);
    cell(row, c[8], "num", c[9]);
    cell(row, c[10], "num", c[11]);
    var reason = cell(row);
    if (c[12]) {
      reason.appendChild(element("span", "reason-name", c[12]));
      reason.appendChild(element("br"));
      reason.appendChild(element("small", "", c[13]));
    }
    cell(row, c[14], "num", c[15]);
  }

  // On the index, a search or a filter goes over every customer (all.js), not only this page's.
  function filterAll(table, tools, all, text, action) {
    var body = table.tBodies[0];
    if (!table.pageRows) { table.pageRows = Array.prototype.slice.call(body.rows); }
    while (body.rows.length) { body.deleteRow(-1); }
    if (!text && !action) {
      table.pageRows.forEach(function (row) { row.hidden = false; body.appendChild(row); });
      showCount(tools, table.pageRows.length, table.pageRows.length);
      return;
    }
    var shown = 0;
    all.forEach(function (c) {
      if (matches(text, action, c[1] + " " + c[2] + " " + c[3] + " " + c[5] + " " + c[12] + " " + c[13], c[4])) {
        rowOf(body, c);
        shown++;
      }
    });
    showCount(tools, shown, all.length);
  }

  function filter(table, tools) {
    var text = fold(tools.querySelector(".filter-text").value.trim());
    var action = tools.querySelector(".filter-action").value;
    var all = table.getAttribute("data-all") && window[table.getAttribute("data-all")];
    if (all) {
      filterAll(table, tools, all, text, action);
      return;
    }
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var visible = matches(text, action, row.textContent, row.getAttribute("data-action"));
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    showCount(tools, shown, table.tBodies[0].rows.length);
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

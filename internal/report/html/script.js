// depfence report: sortable findings table and filter. Reads only the DOM;
// writes text and attributes, never markup.
(function () {
  "use strict";
  var root = document.documentElement;
  var table = document.getElementById("findings");
  if (table && table.tBodies.length) {
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var keys = {
      severity: function (r) { return Number(r.getAttribute("data-sev")); },
      package: function (r) { return r.getAttribute("data-package"); },
      rule: function (r) { return r.getAttribute("data-rule"); },
      decision: function (r) { return r.getAttribute("data-decision"); }
    };
    var firstDir = { severity: -1, package: 1, rule: 1, decision: 1 };
    var state = { key: "", dir: 1 };
    var sortBy = function (key, dir) {
      var get = keys[key];
      if (!get) { return false; }
      var sorted = rows.slice().sort(function (a, b) {
        var x = get(a), y = get(b);
        var c = x < y ? -1 : (x > y ? 1 : 0);
        if (c === 0) {
          return Number(a.getAttribute("data-index")) - Number(b.getAttribute("data-index"));
        }
        return c * dir;
      });
      for (var i = 0; i < sorted.length; i++) { tbody.appendChild(sorted[i]); }
      var ths = table.tHead.rows[0].cells;
      for (var j = 0; j < ths.length; j++) {
        if (ths[j].getAttribute("data-key") === key) {
          ths[j].setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
        } else {
          ths[j].removeAttribute("aria-sort");
        }
      }
      state.key = key;
      state.dir = dir;
      table.setAttribute("data-sorted", key + "-" + (dir > 0 ? "asc" : "desc"));
      return true;
    };
    var heads = table.tHead.rows[0].cells;
    for (var h = 0; h < heads.length; h++) {
      (function (th) {
        var key = th.getAttribute("data-key");
        var button = th.querySelector("button");
        if (!key || !button) { return; }
        button.addEventListener("click", function () {
          var dir = state.key === key ? -state.dir : firstDir[key];
          sortBy(key, dir);
          try { history.replaceState(null, "", "#sort=" + key + (dir > 0 ? "-asc" : "-desc")); } catch (e) { /* file: URLs may refuse */ }
        });
      })(heads[h]);
    }
    // #sort=KEY[-asc|-desc] in the address sorts on load (links keep a sort).
    var m = /^#sort=([a-z]+)(?:-(asc|desc))?$/.exec(location.hash);
    if (m && keys[m[1]]) {
      sortBy(m[1], m[2] ? (m[2] === "asc" ? 1 : -1) : firstDir[m[1]]);
    }

    // A filter box and a count of the rows it shows.
    var bar = document.createElement("div");
    bar.className = "toolbar";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "filter";
    input.placeholder = "Filter findings by package, rule or text";
    input.setAttribute("aria-label", "Filter findings");
    var count = document.createElement("span");
    count.id = "shown-count";
    count.className = "muted";
    bar.appendChild(input);
    bar.appendChild(count);
    table.parentNode.insertBefore(bar, table);
    var applyFilter = function () {
      var q = input.value.toLowerCase();
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var hit = q === "" || rows[i].textContent.toLowerCase().indexOf(q) >= 0;
        rows[i].hidden = !hit;
        if (hit) { shown++; }
      }
      count.textContent = shown + " of " + rows.length + " findings shown";
    };
    input.addEventListener("input", applyFilter);
    applyFilter();
  }
  root.setAttribute("data-js", "ready");
})();

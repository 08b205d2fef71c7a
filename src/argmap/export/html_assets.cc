#include "argmap/export/html_assets.h"

namespace argmap {

const std::string_view kHtmlStyle = R"css(
:root {
  --error: #c62828; --warning: #e65100; --info: #1565c0;
  --major: #f6c85f; --claim: #a9cbee; --premise: #c8e6b0; --background: #e4e4e4;
  --support: #2e7d32; --attack: #c62828; --line: #d6d6d6;
  --sans: "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
          "Microsoft YaHei", "DejaVu Sans", sans-serif;
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 var(--sans); color: #1f1f1f; background: #f4f4f1; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
            "Microsoft YaHei", sans-serif; }
header.page { padding: 16px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 22px; line-height: 1.35; }
h1 .sep { color: #9e9e9e; font-weight: normal; padding: 0 8px; }
.inputs { margin: 0 0 8px; color: #616161; font-size: 12px; }
.summary { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 4px 0; }
.count { padding: 2px 10px; border-radius: 12px; color: #fff; font-weight: 600; }
.count.sev-error { background: var(--error); }
.count.sev-warning { background: var(--warning); }
.count.sev-info { background: var(--info); }
.codes { color: #424242; font-size: 12px; }
.docfindings { margin: 6px 0 0; padding-left: 18px; }
.bar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 6px 18px;
       align-items: center; padding: 8px 24px; background: #fffdf6;
       border-bottom: 1px solid var(--line); box-shadow: 0 1px 3px rgba(0,0,0,.06); }
.bar label { cursor: pointer; user-select: none; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 12px; }
.legend .rel { margin-left: 4px; }
main { padding: 8px 24px 40px; }
.cols, .row .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
.cols { padding: 4px 0; font-weight: 600; color: #555; }
.sechead { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; margin: 22px 0 6px;
           padding: 4px 0; border-bottom: 2px solid #9e9e9e; color: #424242;
           font-size: 13px; font-weight: 600; }
.row { margin: 0 0 6px; padding: 6px 8px; background: #fff; border: 1px solid var(--line);
       border-radius: 6px; }
.row.has-error { border-left: 5px solid var(--error); }
.row.has-warning:not(.has-error) { border-left: 5px solid var(--warning); }
.row.has-info:not(.has-error):not(.has-warning) { border-left: 5px solid var(--info); }
.cell { min-width: 0; }
.cell.empty { color: #757575; font-style: italic; align-self: stretch; display: flex;
              align-items: center; justify-content: center; min-height: 2.5em;
              border: 2px dashed #bdbdbd; border-radius: 4px; background: #fcfcfc; }
.unit { padding: 3px 6px; border-radius: 4px; border: 2px solid transparent; }
.unit + .unit { margin-top: 4px; border-top: 1px dashed var(--line); }
.unit.hl { border-color: #6a1b9a; background: #f3e5f5; }
.unit.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { background: #fff59d; } to { background: transparent; } }
.meta { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; font-size: 11.5px;
        color: #616161; }
.uid { font-family: "DejaVu Sans Mono", monospace; color: #424242; }
.badge { padding: 0 7px; border-radius: 9px; font-weight: 600; color: #222;
         border: 1px solid rgba(0,0,0,.15); }
.badge.role-major_claim { background: var(--major); }
.badge.role-claim { background: var(--claim); }
.badge.role-premise { background: var(--premise); }
.badge.role-background { background: var(--background); }
.unit.role-major_claim { background: #fff6dc; box-shadow: inset 5px 0 0 var(--major); }
.unit.role-claim { background: #f0f6fd; box-shadow: inset 5px 0 0 var(--claim); }
.unit.role-premise { background: #f5faf1; box-shadow: inset 5px 0 0 var(--premise); }
.unit.role-background { background: #fafafa; box-shadow: inset 5px 0 0 var(--background); }
.unit { padding-left: 12px; }
.text { font-size: 15px; line-height: 1.65; overflow-wrap: anywhere; }
.kind-title .text { font-size: 19px; font-weight: 700; }
.kind-heading .text { font-size: 17px; font-weight: 700; }
.kind-list_item .text::before { content: "• "; color: #757575; }
a.rel { text-decoration: none; padding: 0 5px; border-radius: 3px; white-space: nowrap; }
a.rel.support { color: var(--support); border: 1px solid var(--support); }
a.rel.attack { color: var(--attack); border: 1px dashed var(--attack); }
a.rel:hover, a.rel:focus { background: #f3e5f5; }
.incoming a.rel { border-style: dotted; }
.mismatch { color: var(--error); font-weight: 700; }
.flag { display: inline-block; width: 10px; height: 10px; border-radius: 50%; }
.flag.sev-error { background: var(--error); }
.flag.sev-warning { background: var(--warning); }
.flag.sev-info { background: var(--info); }
.findings { list-style: none; margin: 6px 0 0; padding: 0; }
.finding { margin: 3px 0 0; padding: 4px 8px; border-radius: 4px; font-size: 13px; }
.finding.sev-error { background: #fdecea; border-left: 4px solid var(--error); }
.finding.sev-warning { background: #fff3e0; border-left: 4px solid var(--warning); }
.finding.sev-info { background: #e8f0fb; border-left: 4px solid var(--info); }
.sev { font-weight: 700; text-transform: uppercase; font-size: 11px; margin-right: 6px; }
.sev-error .sev { color: var(--error); }
.sev-warning .sev { color: var(--warning); }
.sev-info .sev { color: var(--info); }
.code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; color: #424242; }
.refs { color: #757575; font-size: 12px; margin-left: 6px; }
body.hide-error .sev-error.finding, body.hide-warning .sev-warning.finding,
body.hide-info .sev-info.finding { display: none; }
body.hide-error .flag.sev-error, body.hide-warning .flag.sev-warning,
body.hide-info .flag.sev-info { display: none; }
.row[hidden], .sechead[hidden] { display: none; }
)css";

const std::string_view kHtmlScript = R"js(
(function () {
  "use strict";
  var body = document.body;
  function apply() {
    var shown = {};
    document.querySelectorAll("input[data-severity]").forEach(function (box) {
      shown[box.dataset.severity] = box.checked;
      body.classList.toggle("hide-" + box.dataset.severity, !box.checked);
    });
    var only = document.getElementById("only-findings").checked;
    document.querySelectorAll(".row").forEach(function (row) {
      var keep = !only || (row.dataset.severities || "").split(" ").some(function (s) {
        return s && shown[s];
      });
      row.hidden = !keep;
    });
  }
  function target(link) { return document.getElementById(link.dataset.target); }
  function highlight(event, on) {
    var link = event.target.closest("a[data-target]");
    var unit = link && target(link);
    if (unit) unit.classList.toggle("hl", on);
  }
  document.addEventListener("change", apply);
  document.addEventListener("mouseover", function (e) { highlight(e, true); });
  document.addEventListener("mouseout", function (e) { highlight(e, false); });
  document.addEventListener("click", function (e) {
    var link = e.target.closest("a[data-target]");
    var unit = link && target(link);
    if (!unit) return;
    var row = unit.closest(".row");
    if (row) row.hidden = false;
    unit.classList.remove("flash");
    void unit.offsetWidth;
    unit.classList.add("flash");
  });
  function visible(el) { return el.getClientRects().length > 0; }
  // Each severity box hides exactly its findings; "only rows with findings" keeps those rows.
  function checkfilter(problems) {
    var boxes = document.querySelectorAll("input[data-severity]");
    boxes.forEach(function (box) {
      box.checked = false;
      apply();
      document.querySelectorAll(".finding").forEach(function (f) {
        var own = f.classList.contains("sev-" + box.dataset.severity);
        if (visible(f) === own) problems.push("filter " + box.dataset.severity + " on " + f.id);
      });
      box.checked = true;
      apply();
    });
    var only = document.getElementById("only-findings");
    only.checked = true;
    apply();
    document.querySelectorAll(".row").forEach(function (row) {
      if (visible(row) !== (row.dataset.severities !== "")) problems.push("only " + row.id);
    });
    only.checked = false;
    apply();
  }
  function selfcheck() {
    var main = document.querySelector("main");
    var units = document.querySelectorAll(".unit").length;
    var problems = [];
    if (String(units) !== main.dataset.units) problems.push("units " + units);
    document.querySelectorAll("a[data-target]").forEach(function (a) {
      if (!target(a)) problems.push("no target " + a.dataset.target);
    });
    checkfilter(problems);
    var findings = document.querySelectorAll(".finding").length;
    if (String(findings) !== main.dataset.findings) problems.push("findings " + findings);
    body.dataset.selfcheck = problems.length ? "fail: " + problems.join(", ")
                                             : "ok units=" + units + " findings=" + findings;
    if (problems.length) console.error("argmap self-check failed: " + problems.join(", "));
  }
  apply();
  selfcheck();
})();
)js";

}  // namespace argmap

/* Draw the insights charts with Apache ECharts (vendor/echarts/echarts.min.js, loaded before
 * this file). The page holds the charts' figures as JSON (Django's json_script, a data block
 * that is never executed) and one element per chart: <div class="chart" data-chart="key">.
 * No inline script, no eval: the page's Content-Security-Policy allows neither. */
(function () {
  "use strict";

  var PALETTE = ["#0f4c81", "#d9534f", "#2e8b57", "#f0ad4e", "#6f42c1", "#17a2b8", "#8c564b", "#7f7f7f"];

  function readSpecs() {
    var node = document.getElementById("insights-charts");
    if (!node) return {};
    var specs = {};
    JSON.parse(node.textContent).forEach(function (spec) { specs[spec.key] = spec; });
    return specs;
  }

  function narrow(el) { return el.clientWidth < 420; }

  function barOption(spec, el) {
    var rows = spec.rows.slice().reverse();
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: {
        type: "category",
        data: rows.map(function (r) { return r[1]; }),
        axisLabel: { width: narrow(el) ? 110 : 220, overflow: "truncate" }
      },
      series: [{ type: "bar", name: spec.columns[2], data: rows.map(function (r) { return r[2]; }),
                 itemStyle: { color: PALETTE[0] }, label: { show: true, position: "right" } }]
    };
  }

  function stackedOption(spec, el) {
    var rows = spec.rows.slice().reverse();
    var names = spec.columns.slice(2, -1);
    return {
      color: PALETTE,
      legend: { type: "plain", top: 0, itemGap: 6, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 16, top: narrow(el) ? 110 : 64, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: {
        type: "category",
        data: rows.map(function (r) { return r[1]; }),
        axisLabel: { width: narrow(el) ? 110 : 260, overflow: "truncate" }
      },
      series: names.map(function (name, i) {
        return { type: "bar", stack: "all", name: name, data: rows.map(function (r) { return r[2 + i]; }) };
      })
    };
  }

  function columnsOption(spec, el) {
    var names = spec.columns.slice(1);
    return {
      color: PALETTE,
      legend: { type: "plain", top: 0, itemGap: 6, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 16, top: narrow(el) ? 90 : 56, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "category", data: spec.rows.map(function (r) { return r[0]; }) },
      yAxis: { type: "value", minInterval: 1 },
      series: names.map(function (name, i) {
        return { type: "bar", stack: "all", name: name, data: spec.rows.map(function (r) { return r[1 + i]; }) };
      })
    };
  }

  function barLineOption(spec) {
    return {
      color: [PALETTE[0], PALETTE[3]],
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: spec.rows.map(function (r) { return r[0]; }) },
      yAxis: [
        { type: "value", name: spec.columns[1], minInterval: 1, nameTextStyle: { align: "left" } },
        { type: "value", name: spec.columns[2], nameTextStyle: { align: "right" }, splitLine: { show: false } }
      ],
      series: [
        { type: "bar", name: spec.columns[1], data: spec.rows.map(function (r) { return r[1]; }) },
        { type: "line", name: spec.columns[2], yAxisIndex: 1, data: spec.rows.map(function (r) { return r[2]; }) }
      ]
    };
  }

  function lineOption(spec) {
    return {
      color: [PALETTE[0]],
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", boundaryGap: false, data: spec.rows.map(function (r) { return r[0]; }) },
      yAxis: { type: "value", name: spec.options.unit || "", nameTextStyle: { align: "left" } },
      series: [{ type: "line", name: spec.title, areaStyle: { opacity: 0.15 }, symbolSize: 6,
                 data: spec.rows.map(function (r) { return r[1]; }) }]
    };
  }

  function mapOption(spec) {
    var names = {};
    var max = 0;
    var data = spec.rows.map(function (r) {
      names[r[0]] = r[1];
      max = Math.max(max, r[2]);
      return { name: r[0], value: r[2] };
    });
    return {
      tooltip: { trigger: "item", formatter: function (p) { return p.name + ": " + (isNaN(p.value) ? 0 : p.value); } },
      visualMap: { min: 0, max: Math.max(max, 1), left: 0, bottom: 0, calculable: true,
                   inRange: { color: ["#eef3f8", "#0f4c81"] }, itemHeight: 90 },
      series: [{ type: "map", map: spec.options.map, name: spec.title, roam: false,
                 aspectScale: spec.options.map === "usa" ? 1 : 0.75,
                 nameMap: names, data: data.map(function (d) { return { name: names[d.name] || d.name, value: d.value }; }),
                 emphasis: { label: { show: false } }, itemStyle: { borderColor: "#8aa" } }]
    };
  }

  var BUILDERS = { bar: barOption, stacked: stackedOption, "stacked-columns": columnsOption,
                   "bar-line": barLineOption, line: lineOption, map: mapOption };

  var maps = {};
  function withMap(el, name, then) {
    if (!name || window.echarts.getMap(name)) { then(); return; }
    var url = el.getAttribute("data-map-url");
    if (!maps[name]) {
      maps[name] = fetch(url, { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (geo) { window.echarts.registerMap(name, geo); });
    }
    maps[name].then(then);
  }

  function draw() {
    if (!window.echarts) return;
    var specs = readSpecs();
    var locale = document.documentElement.lang.indexOf("zh") === 0 ? "ZH" : "EN";
    var charts = [];
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var spec = specs[el.getAttribute("data-chart")];
      if (!spec || !BUILDERS[spec.kind]) return;
      if (!spec.rows.length) { el.classList.add("chart-empty"); return; }
      withMap(el, spec.options && spec.options.map, function () {
        var chart = window.echarts.init(el, null, { locale: locale, renderer: "svg" });
        chart.setOption(BUILDERS[spec.kind](spec, el));
        el.setAttribute("data-drawn", "true");
        charts.push(chart);
      });
    });
    var timer = null;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { charts.forEach(function (c) { c.resize(); }); }, 150);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();

// Draws an ECharts chart from the table that holds the same numbers, so that the chart and the
// accessible table can never disagree. CSP allows only scripts from this site, so pages declare
// their chart in data attributes of its box rather than in inline script:
//   data-chart-table     id of the table
//   data-chart-rows      selector of its data rows
//   data-chart-category  the rows' data attribute that names the x axis (e.g. "month")
//   data-chart-series    the rows' data attributes to plot, separated by spaces; the box carries
//                        each one's legend under the same name, and a series without one is left out
//   data-chart-type      "line" (default) or "bar"
//   data-chart-percent   present when the values are percentages (axis 0–100 %)
//   data-chart-long-labels  present when category names are long (tilted and cut)
document.addEventListener("DOMContentLoaded", function () {
  if (typeof echarts === "undefined") {
    return;
  }
  var number = function (text) {
    var value = parseFloat(text);
    return isNaN(value) ? null : value;
  };
  Array.prototype.forEach.call(document.querySelectorAll("[data-chart-table]"), function (box) {
    var table = document.getElementById(box.dataset.chartTable);
    if (!table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll(box.dataset.chartRows));
    var type = box.dataset.chartType || "line";
    var series = box.dataset.chartSeries.split(" ").filter(function (key) {
      return box.dataset[key];
    }).map(function (key) {
      return { name: box.dataset[key], type: type, connectNulls: false,
               data: rows.map(function (row) { return number(row.dataset[key]); }) };
    });
    var percent = "chartPercent" in box.dataset;
    var longLabels = "chartLongLabels" in box.dataset;
    var chart = echarts.init(box);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 60, right: 20, bottom: longLabels ? 120 : 40, top: 40 },
      xAxis: { type: "category", data: rows.map(function (row) { return row.dataset[box.dataset.chartCategory]; }),
               axisLabel: longLabels ? { interval: 0, rotate: 30, width: 160, overflow: "truncate" } : {} },
      yAxis: percent ? { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %" } } : { type: "value" },
      series: series
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
});

// Draws a person's scores over time from each canvas's data-scores JSON: the instrument's bands
// shaded behind the line, a triangle on each reliable change from the baseline (pointing the way
// the score moved), and the person's life events as dashed lines on the same time line. The table
// beside each chart carries every figure for screen readers.
(function () {
  var shades = ["rgba(30, 107, 58, 0.10)", "rgba(29, 95, 138, 0.08)", "rgba(150, 110, 20, 0.10)",
                "rgba(160, 70, 40, 0.10)", "rgba(120, 40, 90, 0.10)"];
  var lang = document.documentElement.lang || "en";
  var day = new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });
  function words(epochDay) {
    return day.format(new Date(epochDay * 86400000));
  }
  var bandsAndEvents = {
    id: "bandsAndEvents",
    beforeDatasetsDraw: function (chart) {
      var c = chart.ctx, area = chart.chartArea, y = chart.scales.y, data = chart.config.options.scores;
      c.save();
      data.bands.forEach(function (band, i) {
        var top = y.getPixelForValue(Math.min(band.to + 0.5, data.max)),
            bottom = y.getPixelForValue(Math.max(band.from - 0.5, data.min));
        c.fillStyle = shades[i % shades.length];
        c.fillRect(area.left, top, area.right - area.left, bottom - top);
        c.fillStyle = "#555";
        c.font = "11px sans-serif";
        c.textAlign = "right";
        c.fillText(band.label, area.right - 4, top + 12);
      });
      c.restore();
    },
    afterDatasetsDraw: function (chart) {
      var c = chart.ctx, area = chart.chartArea, x = chart.scales.x, data = chart.config.options.scores;
      c.save();
      c.strokeStyle = "#6b4c9a";
      c.setLineDash([4, 4]);
      data.events.forEach(function (event) {
        var at = x.getPixelForValue(event.x);
        if (at < area.left || at > area.right) {
          return;
        }
        c.beginPath();
        c.moveTo(at, area.top);
        c.lineTo(at, area.bottom);
        c.stroke();
      });
      c.restore();
    }
  };
  function draw() {
    document.querySelectorAll("canvas[data-scores]").forEach(function (canvas) {
      if (!window.Chart || Chart.getChart(canvas)) {
        return;
      }
      var data = JSON.parse(canvas.getAttribute("data-scores"));
      var points = data.points;
      if (points.length === 0) {
        return;
      }
      var styles = points.map(function (p) {
        return p.verdict === "IMPROVED" || p.verdict === "DETERIORATED" ? "triangle" : "circle";
      });
      var rotations = points.map(function (p) {
        var moved = p.y < points[0].y ? 180 : 0;
        return p.verdict === "IMPROVED" || p.verdict === "DETERIORATED" ? moved : 0;
      });
      var first = points[0].x, last = points[points.length - 1].x;
      new Chart(canvas, {
        type: "line",
        data: { datasets: [{ label: data.totalLabel, data: points, parsing: false, borderColor: "#1d5f8a",
                             pointStyle: styles, pointRotation: rotations, pointRadius: 6, pointHoverRadius: 8,
                             pointBackgroundColor: "#1d5f8a", tension: 0 }] },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scores: data,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: {
              title: function (items) { return points[items[0].dataIndex].day; },
              label: function (item) {
                var p = points[item.dataIndex];
                return data.totalLabel + " " + p.y + " · " + p.band + " · " + p.said;
              },
              afterBody: function (items) {
                var at = points[items[0].dataIndex].x;
                return data.events.filter(function (e) { return Math.abs(e.x - at) <= 7; })
                  .map(function (e) { return e.label; });
              }
            } }
          },
          scales: {
            x: { type: "linear", min: first - 14, max: Math.max(last, first + 28) + 14,
                 ticks: { maxTicksLimit: 5, callback: function (v) { return words(v); } } },
            y: { min: data.min, max: data.max, title: { display: true, text: data.totalLabel } }
          }
        },
        plugins: [bandsAndEvents]
      });
    });
  }
  document.addEventListener("DOMContentLoaded", draw);
})();

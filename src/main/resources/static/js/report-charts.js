// Draws the outcome report's charts from each canvas's data-report JSON: bars (one colour per
// series) or bars stacked to 100 %. The table beside each chart prints every number it shows.
(function () {
  var colours = ["#1d5f8a", "#1e6b3a", "#96620a", "#8a3b1d"];
  function draw() {
    document.querySelectorAll("canvas[data-report]").forEach(function (canvas) {
      if (!window.Chart || Chart.getChart(canvas)) {
        return;
      }
      var chart = JSON.parse(canvas.getAttribute("data-report"));
      var stacked = chart.type === "stacked";
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: chart.labels,
          datasets: chart.series.map(function (s, i) {
            return { label: s.label, data: s.values, backgroundColor: colours[i % colours.length] };
          })
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          indexAxis: stacked ? "y" : "x",
          plugins: { legend: { display: chart.series.length > 1 } },
          scales: stacked
            ? { x: { stacked: true, min: 0, max: 100, ticks: { callback: function (v) { return v + " %"; } } },
                y: { stacked: true } }
            : { y: { beginAtZero: true } }
        }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", draw);
})();

// Draws a radar chart (the wellness wheel, 0-10 on each dimension; competencies, 0-4) from the canvas's data-wheel JSON,
// when the page loads and again when part of the page is replaced (a new self-check saved in place).
function drawWheels() {
  document.querySelectorAll("canvas[data-wheel]").forEach(function (canvas) {
    if (window.Chart && Chart.getChart(canvas)) {
      return;
    }
    var wheel = JSON.parse(canvas.getAttribute("data-wheel"));
    var colours = ["rgba(29, 95, 138, 0.25)", "rgba(30, 107, 58, 0.25)", "rgba(150, 98, 10, 0.12)"];
    var borders = ["#1d5f8a", "#1e6b3a", "#96620a"];
    new Chart(canvas, {
      type: "radar",
      data: {
        labels: wheel.labels,
        datasets: wheel.datasets.map(function (d, i) {
          return { label: d.label, data: d.data, backgroundColor: colours[i % 3], borderColor: borders[i % 3],
                   pointStyle: ["circle", "rectRot", "triangle"][i % 3], borderDash: i === 0 ? [] : [6, 3] };
        })
      },
      options: { animation: false,
                 scales: { r: { min: 0, max: wheel.max || 10, ticks: { stepSize: wheel.step || 2 } } } }
    });
  });
}
document.addEventListener("DOMContentLoaded", drawWheels);
document.addEventListener("htmx:afterSettle", drawWheels);

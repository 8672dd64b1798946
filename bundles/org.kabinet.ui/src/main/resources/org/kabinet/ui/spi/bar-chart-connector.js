// The client side of BarChart: a Chart.js bar chart, one dataset per series, numbers in the page's language.
window.org_kabinet_ui_spi_BarChart = function () {
  var element = this.getElement();
  var canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  element.appendChild(canvas);
  var chart = null;
  this.onStateChange = function () {
    var s = this.getState();
    canvas.setAttribute('aria-label', s.summary);
    if (chart) {
      chart.destroy();
    }
    var unit = s.unit ? ' ' + s.unit : '';
    var number = function (v, min, max) {
      return v.toLocaleString(s.numberLocale, {minimumFractionDigits: min, maximumFractionDigits: max});
    };
    var datasets = s.seriesLabels.map(function (label, i) {
      return {label: label, data: s.values[i], backgroundColor: s.colours[i], skipNull: true};
    });
    chart = new Chart(canvas, {
      type: 'bar',
      data: {labels: s.labels, datasets: datasets},
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {stacked: s.stacked},
          y: {stacked: s.stacked, beginAtZero: true, ticks: {callback: function (v) { return number(v, 0, s.maxDecimals) + unit; }}}
        },
        plugins: {tooltip: {callbacks: {label: function (c) {
          return c.dataset.label + ': ' + number(c.parsed.y, s.minDecimals, s.maxDecimals) + unit;
        }}}}
      }
    });
  };
};

// The client side of MoneyChart: a Chart.js bar chart of what was charged and paid each month.
window.org_kabinet_billing_ui_MoneyChart = function () {
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
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: s.labels,
        datasets: [
          {label: s.chargedLabel, data: s.charged, backgroundColor: '#1f5f8b'},
          {label: s.paidLabel, data: s.paid, backgroundColor: '#1e7b34'}
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {y: {beginAtZero: true, ticks: {callback: function (v) { return v.toLocaleString('ru-RU') + ' ₽'; }}}},
        plugins: {tooltip: {callbacks: {label: function (c) {
          return c.dataset.label + ': ' + c.parsed.y.toLocaleString('ru-RU', {minimumFractionDigits: 2}) + ' ₽';
        }}}}
      }
    });
  };
};

// Draws the report page's charts from the JSON in their data-chart attribute; a bar opens its tickets.
(function () {
  'use strict';
  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: data.categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (s) { return { name: s.name, type: s.type || 'bar', data: s.data, showSymbol: false }; })
    });
    chart.on('click', function (event) {
      var link = data.links && data.links[event.dataIndex];
      if (link) { window.location.href = link; }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-drawn', 'true');
  }
  function start() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('.chart[data-chart]:not([data-drawn])').forEach(draw);
  }
  // the live wall swaps itself in every 30 seconds: draw the new chart
  document.addEventListener('htmx:afterSwap', start);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

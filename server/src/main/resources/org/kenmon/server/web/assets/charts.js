// Charts drawn with uPlot from data the server embedded in the page (no requests, no CDN).
(function () {
  var COLORS = { JP: '#b42318', UN: '#0b4f8a' };
  var FALLBACK = ['#067647', '#8a6100', '#5925dc'];

  function day(s) { return Date.parse(s + 'T00:00:00Z') / 1000; }

  // Shades the key change periods; Japan's are labelled, since they are the story of the demo.
  function keyPeriods(periods) {
    return {
      hooks: {
        drawClear: [function (u) {
          var ctx = u.ctx;
          periods.forEach(function (p, i) {
            var x0 = u.valToPos(day(p.from) - 20 * 86400, 'x', true);
            var x1 = u.valToPos(day(p.to) + 20 * 86400, 'x', true);
            ctx.save();
            ctx.fillStyle = p.issuer === 'JP' ? 'rgba(180,35,24,0.16)' : 'rgba(11,79,138,0.10)';
            ctx.fillRect(x0, u.bbox.top, Math.max(3, x1 - x0), u.bbox.height);
            ctx.restore();
          });
        }],
        draw: [function (u) {
          var ctx = u.ctx;
          var jp = periods.filter(function (p) { return p.issuer === 'JP'; });
          jp.forEach(function (p, i) {
            var x = u.valToPos(day(p.from), 'x', true);
            ctx.save();
            ctx.fillStyle = '#7a271a';
            ctx.font = 'bold ' + Math.round(12 * devicePixelRatio) + 'px system-ui, sans-serif';
            ctx.textAlign = 'center';
            var label = 'JP ' + p.from.slice(0, 7);
            ctx.fillText(label, x, u.bbox.top + (14 + (i % 2) * 16) * devicePixelRatio);
            ctx.restore();
          });
        }]
      }
    };
  }

  function timeline(el, data) {
    var xs = data.in_force.map(function (p) { return day(p.date); });
    var now = day(data.until);
    xs.push(now);
    var series = [{}];
    var ys = [xs];
    data.issuers.forEach(function (issuer, i) {
      var col = data.in_force.map(function (p) { return p.counts[issuer] || 0; });
      col.push(col.length ? col[col.length - 1] : 0);
      ys.push(col);
      series.push({
        label: issuer + ' measures in force', stroke: COLORS[issuer] || FALLBACK[i % FALLBACK.length], width: 2,
        paths: uPlot.paths.stepped({ align: 1 })
      });
    });
    var opts = {
      width: Math.max(320, el.clientWidth), height: 360, series: series,
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.ceil(max * 1.15)]; } } },
      axes: [{}, { label: 'measures in force' }],
      plugins: [keyPeriods(data.key_periods)]
    };
    var plot = new uPlot(opts, ys, el);
    window.addEventListener('resize', function () { plot.setSize({ width: Math.max(320, el.clientWidth), height: 360 }); });
  }

  function start() {
    var el = document.getElementById('timeline-chart');
    var src = document.getElementById('timeline-data');
    if (el && src && window.uPlot) { timeline(el, JSON.parse(src.textContent)); }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();

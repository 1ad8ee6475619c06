// The two charts a provincial director reads at a glance, drawn with Apache ECharts (a webjar of the service): the
// province's rates per list year against its plans' target path, and how the communes' poor rates are spread.
// Each chart has a caption that says the same in words, for screen readers and for the tests.
window.GiamngheoCharts = (function () {
  'use strict';
  const pct = (v) => v === null || v === undefined ? '—' : Number(v).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' %';
  const SERIES = [
    { key: 'poorRatePercent', target: 'POOR_RATE', name: 'Hộ nghèo', color: '#c0392b' },
    { key: 'nearPoorRatePercent', target: 'NEAR_POOR_RATE', name: 'Hộ cận nghèo', color: '#d68910' },
    { key: 'multidimensionalRatePercent', target: 'MULTIDIMENSIONAL_RATE', name: 'Nghèo đa chiều', color: '#6c3483' }
  ];
  const charts = new Map();

  function chart(el) {
    if (!charts.has(el.id)) {
      charts.set(el.id, window.echarts.init(el, null, { renderer: 'svg' }));
    }
    return charts.get(el.id);
  }

  function trend(el, caption, points) {
    const years = points.map((p) => String(p.listYear));
    const series = [];
    const words = [];
    for (const s of SERIES) {
      series.push({ name: s.name + ' (%)', type: 'line', data: points.map((p) => p[s.key]), color: s.color,
        symbolSize: 7, connectNulls: false });
      words.push(s.name + ': ' + points.map((p) => p.listYear + ' ' + pct(p[s.key])).join(', '));
      const aims = points.map((p) => {
        const t = (p.targets || []).find((x) => x.kind === s.target);
        return t ? t.targetRatePercent : null;
      });
      if (aims.some((a) => a !== null)) {
        series.push({ name: 'Mục tiêu ' + s.name.toLowerCase() + ' (%)', type: 'line', data: aims, color: s.color,
          lineStyle: { type: 'dashed' }, symbol: 'diamond', symbolSize: 9, connectNulls: true });
        words.push('mục tiêu ' + s.name.toLowerCase() + ': ' + points
          .map((p, i) => aims[i] === null ? null : p.listYear + ' ' + pct(aims[i])).filter(Boolean).join(', '));
      }
    }
    chart(el).setOption({
      animation: false,
      title: { text: 'Tỷ lệ theo danh sách năm và lộ trình mục tiêu', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 48, right: 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: years, name: 'Danh sách năm', nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', name: '%', min: 0 },
      series: series
    }, true);
    caption.textContent = 'Toàn tỉnh — ' + words.join('; ') + '.';
    el.setAttribute('aria-label', caption.textContent);
  }

  /** Communes by their poor rate, in bands of 5 points; those without a reported total are left out and counted. */
  function distribution(el, caption, rows, what) {
    const bands = [];
    for (let from = 0; from < 50; from += 5) { bands.push({ label: from + '–' + (from + 5), from: from, to: from + 5, n: 0 }); }
    bands.push({ label: '≥ 50', from: 50, to: Infinity, n: 0 });
    let unknown = 0;
    for (const r of rows) {
      const v = r.poorRatePercent;
      if (v === null || v === undefined) { unknown++; continue; }
      bands.find((b) => Number(v) >= b.from && Number(v) < b.to).n++;
    }
    chart(el).setOption({
      animation: false,
      title: { text: 'Phân bố ' + what + ' theo tỷ lệ hộ nghèo (%)', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: bands.map((b) => b.label), name: 'Tỷ lệ hộ nghèo (%)', nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', minInterval: 1, name: 'Số đơn vị' },
      series: [{ name: 'Số ' + what, type: 'bar', data: bands.map((b) => b.n), color: '#2e86c1' }]
    }, true);
    caption.textContent = (rows.length - unknown) + ' ' + what + ' theo tỷ lệ hộ nghèo — '
      + bands.filter((b) => b.n > 0).map((b) => b.label + ' %: ' + b.n).join('; ')
      + (unknown > 0 ? '; chưa báo cáo tổng số hộ: ' + unknown : '') + '.';
    el.setAttribute('aria-label', caption.textContent);
  }

  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
  return { trend: trend, distribution: distribution };
})();

// The province's units and their money, from the public reports of reporting-service (aggregates only): its districts
// with drill-down until the 2025 reform, its communes and wards from plan year 2025 (sortable, searchable, with the
// former districts as an optional grouping), and the two charts.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const province = params.get('province') || '04';
  const yearInput = document.getElementById('year');
  // The latest plan year whose list is decided: the review of late last year made this year's list.
  yearInput.value = params.get('year') || String(new Date().getFullYear() - 1);
  const search = document.getElementById('search');
  const grouped = document.getElementById('grouped');
  search.value = params.get('q') || '';
  grouped.checked = params.get('group') === 'districts';

  const fmt = (v) => v === null || v === undefined ? '—' : Number(v).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = (v) => v === null || v === undefined ? '—' : Number(v).toLocaleString('vi-VN');
  const millions = (v) => v === null || v === undefined ? '—' : (Number(v) / 1e6).toLocaleString('vi-VN', { maximumFractionDigits: 0 });
  const bar = (v, cls, scale) => v === null || v === undefined ? '' : '<span class="bar ' + cls + '" style="width:' + Math.min(120, Math.max(0, v * scale)).toFixed(0) + 'px"></span>';
  const text = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  // "dam thuy" finds Đàm Thủy and Đàm Thuỷ alike.
  const fold = (s) => String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

  let data = null;
  let sortKey = 'code';
  let sortDown = false;

  async function json(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!r.ok) { throw new Error(url + ': ' + r.status); }
    return r.json();
  }

  function unitCells(u, label) {
    return '<td>' + label + '</td>'
      + '<td data-field="residentHouseholds">' + whole(u.residentHouseholds) + '</td>'
      + '<td data-field="poorHouseholds">' + whole(u.poorHouseholds) + '</td>'
      + '<td data-field="poorRatePercent">' + fmt(u.poorRatePercent) + bar(u.poorRatePercent, '', 4) + '</td>'
      + '<td data-field="nearPoorRatePercent">' + fmt(u.nearPoorRatePercent) + '</td>'
      + '<td data-field="multidimensionalRatePercent">' + fmt(u.multidimensionalRatePercent) + '</td>'
      + '<td data-field="multidimensionalChangePoints">' + fmt(u.multidimensionalChangePoints) + '</td>'
      + '<td data-field="targetsMet" class="' + (u.targets === 0 ? '' : u.targetsMet === u.targets ? 'met' : 'missed') + '">' + (u.targets === 0 ? '' : u.targetsMet + '/' + u.targets) + '</td>'
      + '<td data-field="assignedVnd">' + millions(u.assignedVnd) + '</td>'
      + '<td data-field="investmentDisbursementRatePercent">' + fmt(u.investmentDisbursementRatePercent) + bar(u.investmentDisbursementRatePercent, 'money', 1) + '</td>'
      + '<td data-field="recurrentDisbursementRatePercent">' + fmt(u.recurrentDisbursementRatePercent) + bar(u.recurrentDisbursementRatePercent, 'money', 1) + '</td>';
  }

  function agencyCells(a) {
    const label = a.code.length === 2 ? 'Các cơ quan cấp tỉnh' : 'Các cơ quan cấp huyện — ' + a.name + (data.grouping === 'COMMUNES' ? ' (cũ)' : '');
    return '<td>' + text(label) + '</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td>'
      + '<td data-field="assignedVnd">' + millions(a.assignedVnd) + '</td>'
      + '<td data-field="disbursementRatePercent" colspan="2">' + fmt(a.disbursementRatePercent) + bar(a.disbursementRatePercent, 'money', 1) + '</td>';
  }

  function addRow(body, code, cls, cells, onClick) {
    const tr = document.createElement('tr');
    tr.dataset.code = code;
    if (cls) { tr.className = cls; }
    tr.innerHTML = cells;
    if (onClick) { tr.addEventListener('click', onClick); }
    body.appendChild(tr);
  }

  function sorted(rows) {
    const key = sortKey;
    return rows.slice().sort((a, b) => {
      const x = a[key];
      const y = b[key];
      if (x === null || x === undefined) { return y === null || y === undefined ? 0 : 1; }
      if (y === null || y === undefined) { return -1; }
      const c = typeof x === 'string' ? x.localeCompare(y, 'vi') : x - y;
      return sortDown ? -c : c;
    });
  }

  function render() {
    const body = document.querySelector('#units tbody');
    body.innerHTML = '';
    const year = data.planYear;
    if (data.grouping === 'DISTRICTS') {
      for (const d of sorted(data.districts)) {
        addRow(body, d.code, '', unitCells(d, text(d.name)), () => district(d.code, year));
      }
    } else {
      const q = fold(search.value.trim());
      const shown = data.communes.filter((c) => q === '' || fold(c.name).includes(q) || c.code.startsWith(q));
      document.getElementById('shown').textContent = shown.length + '/' + data.communes.length + ' xã, phường';
      const agencies = new Map(data.agencies.map((a) => [a.code, a]));
      if (grouped.checked) {
        for (const d of data.districts) {
          const members = sorted(shown.filter((c) => c.formerDistrictCode === d.code));
          if (members.length === 0 && q !== '') { continue; }
          addRow(body, d.code + '-group', 'group', unitCells(d, text(d.name) + ' (cũ)'));
          members.forEach((c) => addRow(body, c.code, 'member', unitCells(c, text(c.name))));
          if (agencies.has(d.code) && q === '') { addRow(body, d.code + '-agencies', 'member agency', agencyCells(agencies.get(d.code))); }
        }
        const loose = sorted(shown.filter((c) => !data.districts.some((d) => d.code === c.formerDistrictCode)));
        loose.forEach((c) => addRow(body, c.code, '', unitCells(c, text(c.name))));
      } else {
        sorted(shown).forEach((c) => addRow(body, c.code, '', unitCells(c, text(c.name)),
          () => unitDeprivation(c.code, data.listYear)));
      }
      if (q === '') {
        data.agencies.filter((a) => !(grouped.checked && data.districts.some((d) => d.code === a.code)))
          .forEach((a) => addRow(body, a.code + '-agencies', 'agency', agencyCells(a)));
      }
    }
    addRow(body, data.total.code, 'total', unitCells(data.total, text(data.total.name)));
  }

  // What the unit's poor and near-poor households lack, indicator by indicator, then dimension by dimension: what
  // a province aims its housing, water, sanitation and health-insurance sub-projects by.
  function deprivation(report) {
    const d = report.total ? report.total.deprivation : report.deprivation;
    const section = document.getElementById('deprivation');
    section.hidden = false;
    document.getElementById('deprivation-title').textContent = 'Hộ nghèo, hộ cận nghèo theo chỉ số thiếu hụt — '
      + report.unitName + ', danh sách năm ' + report.listYear;
    const unknown = d.poorNotSurveyed + d.nearPoorNotSurveyed;
    document.getElementById('deprivation-hint').textContent = 'Tính trên ' + whole(d.poorSurveyed) + ' hộ nghèo và '
      + whole(d.nearPoorSurveyed) + ' hộ cận nghèo có thông tin thiếu hụt từ kết quả rà soát được công nhận'
      + (unknown > 0 ? '; ' + whole(unknown) + ' hộ của danh sách chưa có thông tin này (danh sách đầu kỳ hoặc rà soát trước đó).' : '.')
      + ' Một hộ thiếu hụt nhiều chỉ số của cùng một chiều được tính một lần ở dòng của chiều.';
    const body = document.querySelector('#deprivations tbody');
    body.innerHTML = '';
    const cells = (l, label, dimension) => '<td>' + text(label) + '</td><td>' + text(dimension) + '</td>'
      + '<td data-field="poor">' + whole(l.poor) + '</td>'
      + '<td data-field="poorPercent">' + fmt(l.poorPercent) + bar(l.poorPercent, '', 1) + '</td>'
      + '<td data-field="poorEthnicMinority">' + whole(l.poorEthnicMinority) + '</td>'
      + '<td data-field="nearPoor">' + whole(l.nearPoor) + '</td>'
      + '<td data-field="nearPoorPercent">' + fmt(l.nearPoorPercent) + '</td>'
      + '<td data-field="nearPoorEthnicMinority">' + whole(l.nearPoorEthnicMinority) + '</td>';
    d.indicators.forEach((l) => addRow(body, l.code, '', cells(l, l.name, l.dimension || '')));
    d.dimensions.forEach((l, i) => addRow(body, 'dimension-' + i, 'group', cells(l, l.name, '(cả chiều)')));
    // The Ministry's summary forms of the same unit and list, in their official layout.
    document.getElementById('forms').href = '/api/v1/reports/forms?unit=' + report.unitCode + '&listYear=' + report.listYear;
    document.body.dataset.deprivation = report.unitCode;
  }

  async function unitDeprivation(code, listYear) {
    deprivation(await json('/api/v1/reports/poverty?unit=' + code + '&listYear=' + listYear));
  }

  async function overview() {
    const year = Number(yearInput.value);
    data = await json('/api/v1/reports/province?unit=' + province + '&year=' + year);
    document.getElementById('province-name').textContent = data.provinceName;
    const communes = data.grouping === 'COMMUNES';
    document.getElementById('overview-title').textContent = communes
      ? 'Các xã, phường: tỷ lệ nghèo đa chiều và giải ngân' : 'Các huyện: tỷ lệ nghèo đa chiều và giải ngân';
    document.getElementById('overview-hint').textContent = 'Tỷ lệ theo danh sách năm ' + data.listYear
      + ' (rà soát cuối năm ' + data.planYear + ') trên tổng số hộ dân cư xã báo cáo. ' + (communes
        ? 'Từ 01/7/2025 tỉnh không còn cấp huyện: các xã, phường trực thuộc tỉnh; nhóm theo huyện cũ để so sánh với các năm trước. Vốn của xã là vốn xã được giao thực hiện, từ kế hoạch nào cũng vậy.'
        : 'Bấm vào một huyện để xem các xã.');
    const effect = data.standardEffect;
    if (effect && effect.poorPoints !== null) {
      // The first list under a new standard: how much of the change its higher line alone explains.
      document.getElementById('overview-hint').textContent += ' Trong thay đổi so với danh sách năm ' + (data.listYear - 1)
        + ', do áp dụng chuẩn nghèo mới: hộ nghèo ' + fmt(effect.poorPoints) + ' điểm, hộ cận nghèo '
        + fmt(effect.nearPoorPoints) + ' điểm; còn lại do biến động thực tế: hộ nghèo ' + fmt(effect.poorRealPoints)
        + ' điểm, hộ cận nghèo ' + fmt(effect.nearPoorRealPoints) + ' điểm.';
    }
    document.getElementById('unit-tools').hidden = !communes;
    document.getElementById('detail').hidden = true;
    render();
    GiamngheoCharts.trend(document.getElementById('trend-chart'), document.getElementById('trend-caption'), data.trend);
    GiamngheoCharts.distribution(document.getElementById('distribution-chart'),
      document.getElementById('distribution-caption'), data.communes, 'xã, phường');
    document.body.dataset.loaded = communes ? 'communes' : 'overview';
    if (!communes && params.get('district')) {
      district(params.get('district'), year);
    } else if (params.get('unit')) {
      await unitDeprivation(params.get('unit'), data.listYear);
    } else {
      deprivation({ unitCode: province, unitName: data.provinceName, listYear: data.listYear, deprivation: data.deprivation });
    }
  }

  const povertyCells = (c) => '<td>' + text(c.name) + '</td><td>' + whole(c.residentHouseholds) + '</td>'
    + '<td data-field="poorEnd">' + whole(c.poor.end) + '</td>'
    + '<td data-field="poorRatePercent">' + fmt(c.poor.ratePercent) + bar(c.poor.ratePercent, '', 4) + '</td>'
    + '<td>' + whole(c.nearPoor.end) + '</td><td>' + fmt(c.multidimensionalRatePercent) + '</td>';

  async function district(code, year) {
    const report = await json('/api/v1/reports/district?unit=' + code + '&year=' + year);
    const section = document.getElementById('detail');
    section.hidden = false;
    document.getElementById('detail-title').textContent = report.poverty.unitName + ' — danh sách năm ' + report.poverty.listYear;
    document.getElementById('xlsx').href = '/api/v1/reports/district?unit=' + code + '&year=' + year + '&format=xlsx';
    const body = document.querySelector('#communes tbody');
    body.innerHTML = '';
    const money = new Map(report.spending.byImplementingArea.map((a) => [a.code, a]));
    const moneyCells = (m) => '<td data-field="assignedVnd">' + millions(m ? m.assignedVnd : null) + '</td>'
      + '<td data-field="disbursementRatePercent">' + fmt(m ? m.disbursementRatePercent : null)
      + bar(m ? m.disbursementRatePercent : null, 'money', 1) + '</td>';
    for (const c of report.poverty.communes) {
      addRow(body, c.code, '', povertyCells(c) + moneyCells(money.get(c.code)));
    }
    if (money.has(code)) {
      // Money the district's own agencies spend: no households of their own.
      addRow(body, code + '-agencies', 'agency', '<td>Các cơ quan cấp huyện</td><td></td><td></td><td></td><td></td><td></td>' + moneyCells(money.get(code)));
    }
    addRow(body, report.poverty.total.code, 'total', povertyCells(report.poverty.total) + moneyCells(report.spending.total));
    deprivation(report.poverty);
    GiamngheoCharts.distribution(document.getElementById('distribution-chart'),
      document.getElementById('distribution-caption'), report.poverty.communes.map((c) => ({ poorRatePercent: c.poor.ratePercent })),
      'xã của ' + report.poverty.unitName);
    document.body.dataset.loaded = 'district';
  }

  document.querySelectorAll('#units th[data-sort]').forEach((th) => th.addEventListener('click', () => {
    sortDown = sortKey === th.dataset.sort ? !sortDown : th.dataset.sort !== 'name';
    sortKey = th.dataset.sort;
    document.querySelectorAll('#units th').forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', sortDown ? 'descending' : 'ascending');
    if (data) { render(); }
  }));
  search.addEventListener('input', () => { if (data) { render(); } });
  grouped.addEventListener('change', () => { if (data) { render(); } });
  document.getElementById('choice').addEventListener('submit', (e) => { e.preventDefault(); overview(); });
  overview().catch((e) => { document.body.dataset.loaded = 'error'; console.error(e); });
})();

// Login through the OIDC provider when one is configured (docker-compose: Keycloak), with the authorization code
// flow and PKCE; the reports stay public, the login shows who is looking.
(function () {
  'use strict';
  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  async function login() {
    const cfg = await (await fetch('/api/v1/dashboard/config')).json();
    const link = document.getElementById('login');
    if (!cfg.issuer) { return; }
    const oidc = await (await fetch(cfg.issuer + '/.well-known/openid-configuration')).json();
    const redirect = location.origin + location.pathname;
    link.hidden = false;
    const code = new URLSearchParams(location.search).get('code');
    if (code && sessionStorage.getItem('pkce')) {
      const body = new URLSearchParams({ grant_type: 'authorization_code', client_id: cfg.clientId, code: code,
        redirect_uri: redirect, code_verifier: sessionStorage.getItem('pkce') });
      const r = await fetch(oidc.token_endpoint, { method: 'POST', body: body });
      sessionStorage.removeItem('pkce');
      if (r.ok) {
        const tokens = await r.json();
        const claims = JSON.parse(atob(tokens.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
        sessionStorage.setItem('access_token', tokens.access_token);
        link.textContent = 'Đã đăng nhập: ' + (claims.preferred_username || claims.sub) + (claims.area ? ' (' + claims.area + ')' : '');
        history.replaceState(null, '', redirect);
        return;
      }
    }
    link.addEventListener('click', async (e) => {
      e.preventDefault();
      const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
      sessionStorage.setItem('pkce', verifier);
      const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
      location.href = oidc.authorization_endpoint + '?' + new URLSearchParams({ client_id: cfg.clientId,
        response_type: 'code', scope: 'openid', redirect_uri: redirect, code_challenge: challenge,
        code_challenge_method: 'S256' });
    });
  }
  login().catch((e) => console.error('login unavailable', e));
})();

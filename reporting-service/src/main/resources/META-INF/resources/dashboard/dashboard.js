// The province's districts and their communes, from the public reports of reporting-service (aggregates only).
(function () {
  'use strict';
  const province = new URLSearchParams(location.search).get('province') || '04';
  const yearInput = document.getElementById('year');
  const params = new URLSearchParams(location.search);
  if (params.get('year')) { yearInput.value = params.get('year'); }

  const fmt = (v) => v === null || v === undefined ? '—' : Number(v).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = (v) => v === null || v === undefined ? '—' : Number(v).toLocaleString('vi-VN');
  const bar = (v, cls, scale) => v === null || v === undefined ? '' : '<span class="bar ' + cls + '" style="width:' + Math.min(120, Math.max(0, v * scale)).toFixed(0) + 'px"></span>';

  async function json(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!r.ok) { throw new Error(url + ': ' + r.status); }
    return r.json();
  }

  async function overview() {
    const year = Number(yearInput.value);
    const data = await json('/api/v1/reports/province?unit=' + province + '&year=' + year);
    document.getElementById('province-name').textContent = data.provinceName;
    document.getElementById('list-year').textContent = data.listYear;
    const body = document.querySelector('#districts tbody');
    body.innerHTML = '';
    for (const d of data.districts) {
      const tr = document.createElement('tr');
      tr.dataset.code = d.code;
      tr.innerHTML = '<td>' + d.name + '</td>'
        + '<td data-field="poorRatePercent">' + fmt(d.poorRatePercent) + bar(d.poorRatePercent, '', 4) + '</td>'
        + '<td data-field="multidimensionalRatePercent">' + fmt(d.multidimensionalRatePercent) + '</td>'
        + '<td>' + fmt(d.multidimensionalChangePoints) + '</td>'
        + '<td class="' + (d.targets === 0 ? '' : d.targetsMet === d.targets ? 'met' : 'missed') + '">' + d.targetsMet + '/' + d.targets + '</td>'
        + '<td data-field="investmentDisbursementRatePercent">' + fmt(d.investmentDisbursementRatePercent) + bar(d.investmentDisbursementRatePercent, 'money', 1) + '</td>'
        + '<td data-field="recurrentDisbursementRatePercent">' + fmt(d.recurrentDisbursementRatePercent) + bar(d.recurrentDisbursementRatePercent, 'money', 1) + '</td>';
      tr.addEventListener('click', () => district(d.code, d.name, year));
      body.appendChild(tr);
    }
    document.body.dataset.loaded = 'overview';
    if (params.get('district')) { district(params.get('district'), params.get('district'), year); }
  }

  const millions = (v) => v === null || v === undefined ? '—' : (Number(v) / 1e6).toLocaleString('vi-VN', { maximumFractionDigits: 0 });
  const povertyCells = (c) => '<td>' + c.name + '</td><td>' + whole(c.residentHouseholds) + '</td>'
    + '<td data-field="poorEnd">' + whole(c.poor.end) + '</td>'
    + '<td data-field="poorRatePercent">' + fmt(c.poor.ratePercent) + bar(c.poor.ratePercent, '', 4) + '</td>'
    + '<td>' + whole(c.nearPoor.end) + '</td><td>' + fmt(c.multidimensionalRatePercent) + '</td>';

  async function district(code, name, year) {
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
    const row = (code, cells) => {
      const tr = document.createElement('tr');
      tr.dataset.code = code;
      tr.innerHTML = cells;
      body.appendChild(tr);
    };
    for (const c of report.poverty.communes) {
      row(c.code, povertyCells(c) + moneyCells(money.get(c.code)));
    }
    if (money.has(code)) {
      // Money the district's own agencies spend: no households of their own.
      row(code + '-agencies', '<td>Các cơ quan cấp huyện</td><td></td><td></td><td></td><td></td><td></td>' + moneyCells(money.get(code)));
    }
    row(report.poverty.total.code, povertyCells(report.poverty.total) + moneyCells(report.spending.total));
    document.body.dataset.loaded = 'district';
  }

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

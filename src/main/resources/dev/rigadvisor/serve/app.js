'use strict';
// Rig Advisor's page: a form that builds a scenario, and the card, comparison and fit the JSON API answers for it.
// Everything shown comes from the API's JSON; fields this page does not know are still shown, under "More".
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { tasks: {}, qualities: ['draft', 'daily', 'hero'], resolutions: ['480p', '720p', '1080p'],
    extra: {}, hardware: [], models: [] };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = v; else node.setAttribute(k, v === true ? '' : v);
    });
    children.flat().forEach((c) => { if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c)); });
    return node;
  }
  const gb = (v) => (v === null || v === undefined ? '' : Number(v).toFixed(1) + ' GB');
  const usd = (v) => (v === null || v === undefined ? '' : '$' + Math.round(v).toLocaleString('en-US'));
  const num = (v) => (v === null || v === undefined ? '' : (Math.round(v * 100) / 100).toString());

  async function api(path, body, accept) {
    const options = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) };
    const response = await fetch(path, options);
    showKnowledge(response.headers.get('Rig-Knowledge'));
    const text = await response.text();
    if (!response.ok) {
      let message = text;
      try { message = JSON.parse(text).error; } catch (e) { /* not JSON: the text is the message */ }
      throw new Error(message);
    }
    return accept === 'text' ? text : JSON.parse(text);
  }

  function showKnowledge(status) {
    if (!status) return;
    const node = $('knowledge');
    const stale = status.startsWith('stale');
    node.className = 'status' + (stale ? ' stale' : '');
    node.textContent = stale ? 'Answering with the last rules and facts that loaded (' + status.substring(6)
      + '). Fix the edit and the next answer uses it.' : '';
  }

  function result(...nodes) {
    const box = $('result');
    box.replaceChildren(...nodes);
    box.focus();
  }
  function failed(error) {
    result(el('p', { class: 'error', role: 'alert', text: error.message }));
  }

  // ---- the scenario form ----
  function options(select, values, chosen) {
    select.replaceChildren(...values.map((v) => el('option', { value: v, selected: v === chosen }, v)));
  }
  let rowCount = 0;
  function addWorkload(w) {
    const n = ++rowCount;
    w = w || { kind: 'llm', task: 'chat', quality: 'daily' };
    const kind = el('select', { id: 'wl-kind-' + n, class: 'wl-kind' });
    options(kind, Object.keys(state.tasks), w.kind);
    const task = el('select', { id: 'wl-task-' + n, class: 'wl-task' });
    const quality = el('select', { id: 'wl-quality-' + n, class: 'wl-quality' });
    options(quality, state.qualities, w.quality || 'daily');
    const context = el('input', { id: 'wl-context-' + n, class: 'wl-context', type: 'number', min: 1, step: 1,
      inputmode: 'numeric', placeholder: 'rules decide', value: w.contextTokens || null });
    const resolution = el('select', { id: 'wl-resolution-' + n, class: 'wl-resolution' });
    options(resolution, [''].concat(state.resolutions), w.resolution || '');
    resolution.firstChild.textContent = 'rules decide';
    const remove = el('button', { type: 'button', 'aria-label': 'Remove workload ' + n }, 'Remove');
    const field = (label, input) => el('div', { class: 'row' }, el('label', { for: input.id }, label), input);
    const contextRow = field('Context (tokens)', context);
    const resolutionRow = field('Resolution', resolution);
    const item = el('li', {}, el('div', { class: 'wl' }, field('Kind', kind), field('Task', task),
      field('Quality', quality), contextRow, resolutionRow, el('div', { class: 'row' }, remove)));
    item.extra = Object.assign({}, w);
    const fitKind = () => {
      options(task, state.tasks[kind.value] || [], w.kind === kind.value ? w.task : undefined);
      contextRow.hidden = kind.value !== 'llm';
      resolutionRow.hidden = kind.value !== 'video';
    };
    kind.addEventListener('change', fitKind);
    fitKind();
    remove.addEventListener('click', () => { item.remove(); $('add-workload').focus(); });
    $('workload-list').append(item);
    return item;
  }

  function scenario() {
    const ids = new Set();
    const workloads = [...$('workload-list').children].map((item) => {
      const w = Object.assign({}, item.extra);
      w.kind = item.querySelector('.wl-kind').value;
      w.task = item.querySelector('.wl-task').value;
      w.quality = item.querySelector('.wl-quality').value;
      const context = item.querySelector('.wl-context').value;
      const resolution = item.querySelector('.wl-resolution').value;
      if (w.kind === 'llm' && context) w.contextTokens = Number(context); else delete w.contextTokens;
      if (w.kind === 'video' && resolution) w.resolution = resolution; else delete w.resolution;
      let id = w.id || (w.kind + '-' + w.task);
      for (let i = 2; ids.has(id); i++) id = (w.id || w.kind + '-' + w.task) + '-' + i;
      ids.add(id);
      w.id = id;
      return w;
    });
    const s = Object.assign({}, state.extra, {
      name: $('name').value || 'My setup',
      budgetUsd: Number($('budget').value) || 10000000,
      platform: { os: $('os').value, portable: $('portable').checked, cuda: $('cuda').checked ? 'required' : 'any' },
      workloads: workloads,
      considering: [...$('considering').selectedOptions].map((o) => o.value),
    });
    if ($('have').value) s.have = $('have').value; else delete s.have;
    return s;
  }

  function fill(s) {
    const known = ['name', 'budgetUsd', 'platform', 'workloads', 'considering', 'have'];
    state.extra = Object.fromEntries(Object.entries(s).filter(([k]) => !known.includes(k)));
    $('name').value = s.name || '';
    $('budget').value = s.budgetUsd || '';
    const p = s.platform || {};
    $('os').value = p.os || 'any';
    $('portable').checked = !!p.portable;
    $('cuda').checked = p.cuda === 'required';
    [...$('considering').options].forEach((o) => { o.selected = (s.considering || []).includes(o.value); });
    $('have').value = s.have || '';
    $('workload-list').replaceChildren();
    (s.workloads || []).forEach(addWorkload);
  }

  // ---- the card ----
  function table(head, rows) {
    return el('div', { class: 'scroll' }, el('table', {}, el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => (c instanceof Node && c.tagName === 'TD' ? c : el('td', {}, c))))))));
  }
  const cellN = (v) => el('td', { class: 'n' }, v);
  const list = (title, lines) => (lines && lines.length ? [el('h2', {}, title), el('ul', {}, lines.map((l) => el('li', {}, l)))] : []);

  function chart(plans) {
    const width = 480, rowH = 34, left = 120;
    const max = Math.max(1, ...plans.map((p) => Math.max(p.memory.totalGb, p.memory.usableGb)));
    const scale = (v) => ((width - left - 60) * v) / max;
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (plans.length * rowH + 10));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Memory each workload needs against what the machine can use: '
      + plans.map((p) => p.workload + ' ' + gb(p.memory.totalGb) + ' of ' + gb(p.memory.usableGb)).join('; '));
    const add = (tag, attrs, text) => {
      const n = document.createElementNS(ns, tag);
      Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
      if (text) n.textContent = text;
      svg.append(n);
    };
    plans.forEach((p, i) => {
      const y = i * rowH + 6;
      const over = p.memory.totalGb > p.memory.usableGb;
      add('text', { x: 0, y: y + 17 }, p.workload);
      add('rect', { x: left, y: y, width: Math.max(1, scale(p.memory.totalGb)), height: 22, class: over ? 'over' : 'bar' });
      add('line', { x1: left + scale(p.memory.usableGb), x2: left + scale(p.memory.usableGb), y1: y - 3, y2: y + 25, class: 'cap' });
      add('text', { x: left + scale(Math.max(p.memory.totalGb, p.memory.usableGb)) + 6, y: y + 17 }, gb(p.memory.totalGb));
    });
    return el('figure', {}, svg, el('figcaption', { class: 'muted' }, 'Bars: memory each workload needs; line: what the machine can use.'));
  }

  function notices(title, kind, items) {
    if (!items || !items.length) return [];
    return [el('h2', {}, title), items.map((n) => el('div', { class: kind, 'data-advice': n.advice },
      el('b', {}, '[' + n.advice + '] '), n.message, el('br'), el('span', { class: 'muted' }, n.source)))];
  }

  function weighing(w) {
    if (!w || !w.choice) return [];
    const scores = [w.choice, w.runnerUp].filter(Boolean);
    const rows = [];
    scores.forEach((s) => s.terms.forEach((t) => rows.push([s.hardware, t.term, t.workload || '',
      el('td', { class: 'n ' + (t.points < 0 ? 'neg' : t.points > 0 ? 'pos' : '') }, num(t.points)), t.reason, el('span', { class: 'id' }, t.advice)])));
    return [el('h2', {}, 'How it was weighed'),
      el('p', {}, scores.map((s) => s.name + ': ' + num(s.score) + ' points').join(' · ')
        + ' · start-small margin ' + num(w.startSmallMarginPoints) + ' points'),
      table(['Machine', 'Term', 'Workload', 'Points', 'Why', 'Advice'], rows),
      list('What decided it', w.decisive), list('What would change the answer', w.flips)];
  }

  function alternatives(alts) {
    if (!alts || !alts.length) return [];
    const groups = new Map();
    alts.forEach((a) => {
      const first = (a.reasons && a.reasons[0]) || { rule: a.verdict, message: '' };
      const key = a.verdict + ': ' + first.rule;
      if (!groups.has(key)) groups.set(key, { first: first, machines: [] });
      groups.get(key).machines.push(a);
    });
    return [el('h2', {}, 'Alternatives, grouped by why they lost'),
      [...groups.entries()].map(([key, g]) => el('details', {},
        el('summary', {}, key + ' (' + g.machines.length + ')'),
        el('ul', {}, g.machines.map((a) => el('li', {}, el('span', { class: 'id' }, a.hardware.id), ' ', a.hardware.name,
          ' · ', usd(a.hardware.priceUsd), a.considered ? ' · considered' : '', ': ', (a.reasons[0] || {}).message || ''))))) ];
  }

  const SHOWN = ['scenario', 'recommendation', 'sizing', 'alternatives', 'warnings', 'notes', 'upgrade', 'cost',
    'weighing', 'trail', 'rulesVersion', 'auditId', 'createdAt'];

  function card(c) {
    const parts = [];
    const r = c.recommendation;
    if (!r) {
      parts.push(el('div', { class: 'pick', id: 'choice', 'data-hardware': '' }, el('h2', {}, 'No machine in the catalog satisfies this scenario'),
        'Every machine and why it was ruled out is listed below.'));
    } else {
      const h = r.hardware;
      parts.push(el('div', { class: 'pick', id: 'choice', 'data-hardware': h.id },
        el('h2', {}, 'Recommended: ', h.name), el('p', {}, el('span', { class: 'id' }, h.id), ' · ', usd(h.priceUsd), ' · ',
          gb(h.memoryGb), ' ', h.memoryKind, ' · ', num(h.bandwidthGbs), ' GB/s', h.cuda ? ' · CUDA' : ''),
        r.tier ? el('p', {}, r.tier) : null, el('p', {}, el('b', {}, 'Why: '), r.chosenBecause)));
      parts.push(el('h2', {}, 'What to run on it'), table(['Workload', 'Model', 'Format', 'Needs', 'Usable', 'Where', 'Tokens/s'],
        r.models.map((p) => [el('span', { class: 'id' }, p.workload), p.modelName, p.quantization, cellN(gb(p.memory.totalGb)),
          cellN(gb(p.memory.usableGb)), p.placement + (p.device ? ' on ' + p.device : ''),
          cellN(p.speed ? num(p.speed.low) + '–' + num(p.speed.high) : num(p.tokensPerSecond))])));
      parts.push(el('h2', {}, 'Memory'), chart(r.models));
      parts.push(list('What it cannot do', r.cannotDo));
    }
    parts.push(notices('Warnings', 'warn', c.warnings), notices('Notes', 'note', c.notes));
    parts.push(weighing(c.weighing), list('Sizing', c.sizing), list('Upgrade path', c.upgrade),
      list('Cost', c.cost ? [c.cost] : []), alternatives(c.alternatives));
    if (c.trail) {
      parts.push(el('h2', {}, 'Trail'), el('details', {}, el('summary', {}, c.trail.length + ' rule firings'),
        el('ol', {}, c.trail.map((s) => el('li', {}, s.rule, ' ', el('span', { class: 'muted' }, '[' + s.advice + ']'))))));
    }
    const more = Object.keys(c).filter((k) => !SHOWN.includes(k));
    if (more.length) {
      parts.push(el('h2', {}, 'More'), more.map((k) => el('details', {}, el('summary', {}, k),
        el('pre', {}, JSON.stringify(c[k], null, 2)))));
    }
    parts.push(el('p', { class: 'muted' }, 'Rules and facts ', el('span', { class: 'id' }, c.rulesVersion),
      c.auditId ? [' · audit ', el('span', { class: 'id' }, c.auditId)] : ''));
    return el('section', { class: 'card', 'aria-label': 'Recommendation card' }, parts.flat(3));
  }

  async function recommend() {
    const s = scenario();
    history.replaceState(null, '', '#scenario=' + encodeURIComponent(JSON.stringify(s)));
    $('submit').disabled = true;
    try {
      result(card(await api('/api/recommend', s)));
    } catch (e) {
      failed(e);
    } finally {
      $('submit').disabled = false;
    }
  }

  // ---- compare and fit ----
  function value(v) {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) return el('ul', {}, v.map((x) => el('li', {}, value(x))));
    if (typeof v === 'object') {
      if ('message' in v) return v.message + (v.advice ? ' [' + v.advice + ']' : '');
      return el('div', {}, Object.entries(v).filter(([k]) => k !== 'basis' && k !== 'source')
        .map(([k, x]) => el('div', {}, k + ': ', value(x))));
    }
    return typeof v === 'number' ? num(v) : String(v);
  }

  async function compare() {
    const machines = [...$('compare-machines').selectedOptions].map((o) => o.value);
    if (machines.length < 2 || machines.length > 4) {
      failed(new Error('Pick 2 to 4 machines to compare.'));
      return;
    }
    try {
      const c = await api('/api/compare', { machines: machines, scenario: scenario() });
      const fields = [...new Set(c.machines.flatMap((m) => Object.keys(m)))].filter((k) => k !== 'hardware');
      const rows = fields.map((f) => [el('th', { scope: 'row' }, f)].concat(c.machines.map((m) => el('td', {}, value(m[f])))));
      result(el('section', { class: 'card', 'aria-label': 'Comparison' },
        el('h2', {}, c.chosen ? 'Best of these: ' + c.chosen : 'None of these satisfies the scenario'),
        el('div', { class: 'scroll' }, el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, ''),
          c.machines.map((m) => el('th', { scope: 'col' }, m.hardware.name, el('br'), usd(m.hardware.priceUsd))))),
        el('tbody', {}, rows.map((r) => el('tr', {}, r)))))));
    } catch (e) {
      failed(e);
    }
  }

  async function fit() {
    const body = {};
    const put = (key, id, asNumber) => { const v = $(id).value; if (v) body[key] = asNumber ? Number(v) : v; };
    put('model', 'fit-model'); put('params', 'fit-params', true); put('active', 'fit-active', true);
    put('on', 'fit-on'); put('memoryGb', 'fit-memory', true); put('bandwidthGbs', 'fit-bandwidth', true);
    put('systemRamGb', 'fit-ram', true); put('quant', 'fit-quant'); put('context', 'fit-context', true);
    if (!body.on && $('fit-unified').checked) body.unified = true;
    if (!body.on && $('fit-cuda').checked) body.cuda = true;
    try {
      const f = await api('/api/fit', body);
      const verdict = f.fit === 'none' || f.fit === 'no' ? 'It does not fit' : 'It fits (' + f.fit + ')';
      result(el('section', { class: 'card', 'aria-label': 'Can it run' },
        el('div', { class: 'pick' }, el('h2', {}, verdict), el('p', {}, (f.modelName || f.model) + ' on ' + (f.hardwareName || f.hardware)
          + (f.quantization ? ' in ' + f.quantization : ''))),
        el('h2', {}, 'Details'), table(['', ''], Object.entries(f).filter(([k]) => !['advice'].includes(k))
          .map(([k, v]) => [el('th', { scope: 'row' }, k), el('td', {}, value(v))])),
        list('Advice that applied', (f.advice || []).map((a) => a.rule + ' [' + a.advice + ']'))));
    } catch (e) {
      failed(e);
    }
  }

  // ---- start ----
  function tabs() {
    const all = document.querySelectorAll('button.tab');
    all.forEach((b) => b.addEventListener('click', () => {
      all.forEach((o) => { o.setAttribute('aria-selected', o === b ? 'true' : 'false'); $(o.getAttribute('aria-controls')).hidden = o !== b; });
      $('result').replaceChildren();
    }));
  }

  async function start() {
    tabs();
    const schema = await api('/scenario.schema.json');
    const w = schema.properties.workloads.items.properties;
    w.task.description.split(';').forEach((part) => {
      const [kind, names] = part.split(':');
      state.tasks[kind.trim()] = names.split(',').map((t) => t.trim());
    });
    state.qualities = w.quality.enum;
    state.resolutions = w.resolution.enum.filter(Boolean);
    [state.hardware, state.models] = await Promise.all([api('/api/hardware'), api('/api/models')]);
    const machines = state.hardware.map((h) => [h.id, h.name + ' · ' + usd(h.priceUsd)]);
    const add = (select, pairs) => pairs.forEach(([v, t]) => select.append(el('option', { value: v }, t)));
    add($('considering'), machines); add($('have'), machines); add($('compare-machines'), machines); add($('fit-on'), machines);
    add($('fit-model'), state.models.map((m) => [m.id, m.name || m.id]));
    $('add-workload').addEventListener('click', () => addWorkload().querySelector('select').focus());
    $('scenario-form').addEventListener('submit', (e) => { e.preventDefault(); recommend(); });
    $('compare-form').addEventListener('submit', (e) => { e.preventDefault(); compare(); });
    $('fit-form').addEventListener('submit', (e) => { e.preventDefault(); fit(); });
    $('scenario-file').addEventListener('change', async (e) => {
      const file = e.target.files[0];
      if (!file) return;
      try { fill(JSON.parse(await file.text())); recommend(); } catch (err) { failed(new Error(file.name + ': ' + err.message)); }
    });
    $('share').addEventListener('click', async () => {
      history.replaceState(null, '', '#scenario=' + encodeURIComponent(JSON.stringify(scenario())));
      try { await navigator.clipboard.writeText(location.href); $('share').textContent = 'Link copied'; } catch (e) { $('share').textContent = 'Link is in the address bar'; }
    });
    $('printable').addEventListener('click', async () => {
      try {
        const html = await api('/api/recommend?format=html', scenario(), 'text');
        window.open(URL.createObjectURL(new Blob([html], { type: 'text/html' })), '_blank');
      } catch (e) { failed(e); }
    });
    const shared = location.hash.startsWith('#scenario=') ? location.hash.substring(10) : null;
    if (shared) {
      try { fill(JSON.parse(decodeURIComponent(shared))); await recommend(); } catch (e) { failed(new Error('the link\'s scenario: ' + e.message)); }
    } else {
      addWorkload({ kind: 'llm', task: 'coding', quality: 'daily' });
    }
    document.body.dataset.ready = 'true';
  }
  start().catch(failed);
}());

// kg review: walk through statements, accept / reject / edit / add, by keyboard.
// Every string from an article is shown with textContent, never as HTML.
'use strict';
const $ = (id) => document.getElementById(id);
const S = { state: null, list: [], i: 0, docs: {}, picked: null, mode: null, pending: 0 };
window.kgReview = S;

// Keys, clicks and list loads run one after another in the order they came, so a decision
// pressed while a list is still loading applies to the list the reviewer asked for, and a
// quick second key waits for the first decision instead of being dropped.
let chain = Promise.resolve();
function queued(f) {
  S.pending += 1;
  chain = chain.then(f).catch(err => say(err.message)).finally(() => { S.pending -= 1; });
  return chain;
}

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function say(text) { $('msg').textContent = text || ''; }

async function call(path, body) {
  const opts = body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {};
  const r = await fetch(path, opts);
  const data = await r.json();
  if (!r.ok) throw new Error(data.error || ('HTTP ' + r.status));
  return data;
}

function fill(select, values, keepFirst) {
  while (select.options.length > (keepFirst ? 1 : 0)) select.remove(select.options.length - 1);
  values.forEach(v => select.appendChild(el('option', { value: v }, v)));
}

function fillList(id, values) {
  const dl = $(id); dl.replaceChildren();
  values.forEach(v => dl.appendChild(el('option', { value: v })));
}

function showProgress(p) {
  $('progress').textContent = `reviewed ${p.reviewed} / ${p.total}`;
  $('bar').max = Math.max(p.total, 1); $('bar').value = p.reviewed;
}

async function loadState() {
  const st = await call('/api/state');
  S.state = st;
  fill($('f-doc'), [], true);
  st.docs.forEach(d => $('f-doc').appendChild(el('option', { value: d.id }, d.title === d.id ? d.id : `${d.title} (${d.id})`)));
  fill($('f-relation'), st.relations, true);
  fill($('e-relation'), st.relations, false);
  fill($('e-actor_kind'), st.actor_kinds, false);
  fill($('e-target_kind'), ['topic'].concat(st.actor_kinds), false);
  fillList('dl-actors', st.actors);
  fillList('dl-topics', st.topics);
  fillList('dl-targets', st.topics.concat(st.actors));
  if (!$('reviewer').value) $('reviewer').value = localStorage.getItem('kg-reviewer') || st.reviewer;
  showProgress(st.progress);
}

function filterQuery() {
  const q = new URLSearchParams();
  if ($('f-doc').value) q.set('doc', $('f-doc').value);
  if ($('f-actor').value.trim()) q.set('actor', $('f-actor').value.trim());
  if ($('f-topic').value.trim()) q.set('topic', $('f-topic').value.trim());
  if ($('f-relation').value) q.set('relation', $('f-relation').value);
  if (parseFloat($('f-conf').value) > 0) q.set('min_confidence', $('f-conf').value);
  if ($('f-unreviewed').checked) q.set('unreviewed', '1');
  return q.toString();
}

async function loadList(keepId) {
  S.list = await call('/api/statements?' + filterQuery());
  const at = keepId ? S.list.findIndex(r => r.id === keepId) : -1;
  S.i = at >= 0 ? at : 0;
  await show();
}

async function doc(id) {
  if (!S.docs[id]) S.docs[id] = await call('/api/doc?id=' + encodeURIComponent(id));
  return S.docs[id];
}

// the sentence with the actor, cue, target and quote marked at their offsets
function marked(row, text) {
  const s0 = row.start, s1 = row.end, spans = [];
  const add = (cls, a, b) => { if (Number.isInteger(a) && Number.isInteger(b) && b > a) spans.push([Math.max(a, s0), Math.min(b, s1), cls]); };
  add('actor', row.actor_start, row.actor_end);
  add('cue', row.cue_start, row.cue_end);
  add('quote', row.quote_start, row.quote_end);
  if (row.target) {  // kg keeps no offsets for a target: mark where its label occurs
    const at = text.slice(s0, s1).toLowerCase().indexOf(row.target.toLowerCase());
    if (at >= 0) add('target', s0 + at, s0 + at + row.target.length);
  }
  const cuts = new Set([s0, s1]);
  spans.forEach(([a, b]) => { cuts.add(a); cuts.add(b); });
  const pts = [...cuts].filter(x => x >= s0 && x <= s1).sort((a, b) => a - b);
  const p = el('p', { class: 'sentence', id: 'sentence' });
  for (let k = 0; k + 1 < pts.length; k++) {
    const a = pts[k], b = pts[k + 1], part = text.slice(a, b);
    const cls = spans.filter(([x, y]) => x <= a && b <= y).map(s => s[2]);
    p.appendChild(cls.length ? el('mark', { class: [...new Set(cls)].join(' ') }, part) : document.createTextNode(part));
  }
  return p;
}

function fieldRows(row) {
  const tb = $('fields').tBodies[0]; tb.replaceChildren();
  const put = (name, value) => {
    const tr = el('tr'); tr.appendChild(el('th', {}, name));
    const td = el('td'); if (value instanceof Node) td.appendChild(value); else td.textContent = value ?? '—';
    tr.appendChild(td); tb.appendChild(tr);
  };
  put('actor', row.actor + (row.actor_kind ? ` (${row.actor_kind})` : ''));
  put('relation', row.relation);
  put('target', row.target ? row.target + (row.target_kind && row.target_kind !== 'topic' ? ` (${row.target_kind})` : '') : null);
  if (row.condition_of) put('condition of', row.condition_of);
  if (row.addressee) put('addressee', row.addressee);
  if (row.quote) put('quote', '“' + row.quote + '”');
  put('confidence', row.confidence === null ? null : Number(row.confidence).toFixed(2));
  put('review', el('span', { class: 'state ' + (row.review_state || 'none'), id: 'state' }, row.review_state || 'not reviewed'));
}

function renderArticle(d, row) {
  S.currentDoc = d.id;
  $('doc-title').textContent = d.title;
  $('doc-meta').textContent = [d.id, d.outlet, d.published].filter(x => x).join(' · ');
  const art = $('article'); art.replaceChildren();
  const has = new Set(S.list.filter(r => r.doc === d.id).map(r => r.start + ':' + r.end));
  let pos = 0;
  for (const [a, b] of d.sentences) {
    if (a > pos) art.appendChild(document.createTextNode(d.text.slice(pos, a)));
    const cls = ['sent'];
    if (has.has(a + ':' + b)) cls.push('has');
    if (row && a === row.start && b === row.end) cls.push('current');
    if (S.picked && S.picked[0] === a && S.picked[1] === b) cls.push('picked');
    art.appendChild(el('span', { class: cls.join(' '), 'data-s': a, 'data-e': b }, d.text.slice(a, b)));
    pos = Math.max(pos, b);
  }
  if (pos < d.text.length) art.appendChild(document.createTextNode(d.text.slice(pos)));
  const cur = art.querySelector('.sent.current');
  if (cur) cur.scrollIntoView({ block: 'center' });
}

function renderList() {
  const ol = $('list'); ol.replaceChildren();
  S.list.forEach((r, k) => {
    const li = el('li', { class: [k === S.i ? 'current' : '', r.review_state || ''].join(' ').trim(), 'data-k': k },
      `${r.actor} · ${r.relation} · ${r.target || '—'}` + (r.review_state ? `  [${r.review_state}]` : ''));
    li.addEventListener('click', () => queued(() => { S.i = k; return show(); }));
    ol.appendChild(li);
  });
  const cur = ol.querySelector('li.current'); if (cur) cur.scrollIntoView({ block: 'nearest' });
}

async function show() {
  const row = S.list[S.i];
  $('card').classList.toggle('rejected', !!row && row.review_state === 'rejected');
  if (!row) {
    $('where').textContent = 'no statements match the filters';
    $('sentence').replaceWith(el('p', { class: 'sentence', id: 'sentence' }));
    $('fields').tBodies[0].replaceChildren();
    const did = $('f-doc').value;
    if (did) renderArticle(await doc(did), null);
    renderList();
    return;
  }
  const d = await doc(row.doc);
  $('where').textContent = `statement ${S.i + 1} of ${S.list.length} · ${d.title} · characters ${row.start}–${row.end} · id ${row.id}`;
  $('sentence').replaceWith(marked(row, d.text));
  fieldRows(row);
  renderArticle(d, row);
  renderList();
}

async function move(step) {
  if (!S.list.length) return;
  S.i = Math.min(Math.max(S.i + step, 0), S.list.length - 1);
  S.picked = null;
  await show();
}

function reviewer() {
  const name = $('reviewer').value.trim();
  localStorage.setItem('kg-reviewer', name);
  return name;
}

async function send(body) {
  const res = await call('/api/decide', Object.assign({ reviewer: reviewer() }, body));
  say('');
  showProgress(res.progress);
  watchSync();
  return res;
}

async function decide(decision) {
  const row = S.list[S.i];
  if (!row) return;
  const res = await send({ decision: decision, id: row.id });
  S.list[S.i] = res.statement || Object.assign({}, row, { review_state: 'rejected' });
  if (S.i < S.list.length - 1) S.i += 1;
  await show();
}

const FIELDS = ['actor', 'actor_kind', 'relation', 'target', 'target_kind', 'condition_of', 'addressee'];

function kindOf(label, fallback) {
  return (S.state.kinds || {})[label.trim().toLowerCase()] || fallback;
}

function openEditor(mode, row, span) {
  S.mode = mode;
  S.editRow = row; S.addSpan = span;
  const f = $('editor');
  $('editor-title').textContent = mode === 'add' ? 'add a statement the extractor missed' : 'edit the statement';
  const d = S.docs[mode === 'add' ? span.doc : row.doc];
  $('editor-sentence').textContent = mode === 'add' ? d.text.slice(span.start, span.end) : row.sentence;
  for (const k of FIELDS) {
    const v = mode === 'add' ? '' : (row[k] ?? '');
    $('e-' + k).value = v;
  }
  if (mode === 'add') { $('e-relation').value = 'demands'; $('e-actor_kind').value = 'person'; $('e-target_kind').value = 'topic'; }
  if (!$('e-actor_kind').value) $('e-actor_kind').value = 'person';
  if (!$('e-target_kind').value) $('e-target_kind').value = 'topic';
  f.hidden = false;
  $('e-actor').focus();
  $('e-actor').select();
}

function closeEditor() {
  $('editor').hidden = true; S.mode = null;
  $('card').focus();
}

async function save() {
  if (!S.mode) return;  // a second Enter queued behind the first finds the editor closed
  const values = {};
  for (const k of FIELDS) values[k] = $('e-' + k).value.trim();
  if (!values.target) delete values.target_kind;
  if (S.mode === 'add') {
    const set = {}; for (const k of FIELDS) if (values[k]) set[k] = values[k];
    const span = S.addSpan;
    const res = await send({ decision: 'add', doc: span.doc, start: span.start, end: span.end, set: set });
    closeEditor();
    S.list.splice(S.i + 1, 0, res.statement); S.i += 1; S.picked = null;
    await show();
    return;
  }
  const row = S.editRow, set = {};
  for (const k of FIELDS) if ((row[k] ?? '') !== values[k]) set[k] = values[k];
  const res = await send({ decision: 'edit', id: row.id, set: set });
  closeEditor();
  S.list[S.i] = res.statement;
  if (S.i < S.list.length - 1) S.i += 1;
  await show();
}

function pickedSentence() {
  // the sentence(s) holding the selection in the article, else the one clicked, else the current one
  const sel = window.getSelection();
  if (sel && sel.rangeCount && !sel.isCollapsed && $('article').contains(sel.anchorNode)) {
    const r = sel.getRangeAt(0);
    const first = (r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement).closest('.sent');
    const last = (r.endContainer.nodeType === 1 ? r.endContainer : r.endContainer.parentElement).closest('.sent');
    if (first && last) return [Number(first.dataset.s), Number(last.dataset.e)];
  }
  if (S.picked) return S.picked;
  const row = S.list[S.i];
  return row ? [row.start, row.end] : null;
}

function add() {
  const docId = S.currentDoc;
  const span = pickedSentence();
  if (!docId || !span) { say('select a sentence in the article first'); return; }
  openEditor('add', null, { doc: docId, start: span[0], end: span[1] });
}

function edit() {
  const row = S.list[S.i];
  if (row) openEditor('edit', row, null);
}

async function watchSync() {
  $('sync').textContent = 'saved · updating the graph…';
  for (let k = 0; k < 120; k++) {
    await new Promise(r => setTimeout(r, 500));
    const st = await call('/api/status');
    if (!st.pending) { $('sync').textContent = st.error ? 'saved · graph: ' + st.error : 'saved · graph up to date'; return; }
  }
}

function typing(ev) {
  const t = ev.target;
  return t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
}

document.addEventListener('keydown', ev => {
  if (S.mode) {
    if (ev.key === 'Escape') { ev.preventDefault(); closeEditor(); }
    else if (ev.key === 'Enter' && ev.target.tagName !== 'BUTTON') { ev.preventDefault(); queued(save); }
    return;
  }
  if (typing(ev) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const keys = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    a: () => decide('accept'), r: () => decide('reject'), e: edit, n: add,
    u: () => { $('f-unreviewed').checked = !$('f-unreviewed').checked; return loadList(); },
  };
  const f = keys[ev.key];
  if (f) { ev.preventDefault(); queued(f); }
});

$('article').addEventListener('click', ev => {
  const s = ev.target.closest('.sent');
  if (!s || !window.getSelection().isCollapsed) return;
  S.picked = [Number(s.dataset.s), Number(s.dataset.e)];
  document.querySelectorAll('.sent.picked').forEach(x => x.classList.remove('picked'));
  s.classList.add('picked');
});
$('editor').addEventListener('submit', ev => { ev.preventDefault(); queued(save); });
$('e-cancel').addEventListener('click', closeEditor);
$('e-actor').addEventListener('change', () => { $('e-actor_kind').value = kindOf($('e-actor').value, $('e-actor_kind').value); });
$('e-target').addEventListener('change', () => { $('e-target_kind').value = kindOf($('e-target').value, 'topic'); });
$('b-accept').addEventListener('click', () => queued(() => decide('accept')));
$('b-reject').addEventListener('click', () => queued(() => decide('reject')));
$('b-edit').addEventListener('click', () => queued(edit));
$('b-add').addEventListener('click', () => queued(add));
$('b-prev').addEventListener('click', () => queued(() => move(-1)));
$('b-next').addEventListener('click', () => queued(() => move(1)));
['f-doc', 'f-relation', 'f-unreviewed', 'f-conf', 'f-actor', 'f-topic'].forEach(id => $(id).addEventListener('change', () => queued(() => loadList())));

queued(async () => { await loadState(); await loadList(); S.ready = true; $('card').focus(); });

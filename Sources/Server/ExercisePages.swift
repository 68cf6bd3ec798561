/// The pages of a live exercise: plain HTML and a little script that reads the JSON API with
/// the seat's token (kept in the link's fragment, which the browser never sends to a server)
/// and follows the exercise's event stream for live updates (polling its version while the
/// stream is down). Every text a person wrote is set with textContent, never parsed as HTML.
enum ExercisePages {
    static let style = """
    <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
    <style>
    body{font:15px/1.4 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:.8rem;color:#222}
    h1{font-size:1.3rem} h2{font-size:1.05rem;margin:1rem 0 .3rem} table{border-collapse:collapse;width:100%}
    td,th{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left;font-size:.9rem}
    .room{border:1px solid #ccc;border-radius:6px;padding:.4rem;margin:.4rem 0} .msg{margin:.2rem 0}
    .from{color:#555;font-size:.85rem} textarea,input,select{font:inherit;max-width:100%} .err{color:#b00}
    .muted{color:#777} code{background:#f4f4f4;padding:0 .2rem}
    .grid label{display:block;margin:.25rem 0} figure{margin:.4rem 0} svg{width:100%;height:auto;max-height:11rem}
    textarea{width:100%;box-sizing:border-box} button{margin:.1rem 0}
    </style>
    """

    static let index = """
    <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backchannel — live exercise</title>\(style)</head><body>
    <h1>Backchannel — a live exercise</h1>
    <p>Create an exercise from a bundled scenario; each seat gets its own link. Seats nobody takes are played by the model's rules.</p>
    <form id="create">
    <label>Scenario <input name="scenario" value="us-china-2025" required></label>
    <label>Press <select name="press"><option value="full">full</option><option value="public_only">public only</option><option value="none">none</option></select></label>
    <label>Weeks per turn <input name="weeks_per_turn" type="number" min="1" max="52" value="1"></label>
    <label>Minutes per turn <input name="turn_minutes" type="number" min="0.05" step="any" value="30"></label>
    <button>Create</button></form>
    <p id="error" class="err"></p><table id="links"></table>
    <script>
    document.getElementById('create').onsubmit = async (ev) => {
      ev.preventDefault();
      const f = new FormData(ev.target);
      const body = {scenario: f.get('scenario'), press: f.get('press'), weeks_per_turn: Number(f.get('weeks_per_turn')), turn_minutes: Number(f.get('turn_minutes'))};
      const r = await fetch('/api/exercises', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
      const j = await r.json();
      const err = document.getElementById('error'); err.textContent = '';
      if (!r.ok) { err.textContent = j.error.message; return; }
      const t = document.getElementById('links'); t.textContent = '';
      for (const s of j.seats) {
        const tr = t.insertRow(); tr.insertCell().textContent = s.role;
        const a = document.createElement('a'); a.href = s.link; a.textContent = location.origin + s.link; tr.insertCell().appendChild(a);
      }
    };
    </script></body></html>
    """

    static let seat = #"""
    <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backchannel — seat</title>\#(style)</head><body>
    <h1 id="title">Backchannel exercise</h1>
    <p id="status" class="muted"></p><p id="error" class="err" role="alert"></p>
    <div id="join" hidden><input id="player" placeholder="your name" maxlength="80"> <button id="take">Take this seat</button></div>
    <h2>The war, week by week</h2><div id="charts"></div><table id="weeks"></table>
    <h2>What you know happened</h2><div id="events"></div>
    <div id="decide" hidden><h2>Your decision for this turn</h2>
    <p class="muted">Leave a line empty and the rules decide that part. The form writes a decisions-file entry (docs/decisions-format.md), which you may edit before sending.</p>
    <form id="form" class="grid">
    <label>Tariff <select name="tariff_mode"><option value="">as the rules decide</option><option value="hold">hold</option><option value="raise">raise one step</option><option value="set">set to</option></select>
      <input name="tariff" type="number" min="0" max="10000" step="any" style="width:5rem"> %</label>
    <label>Statement <select name="statement"><option value=""></option><option>conciliatory</option><option>hawkish</option></select></label>
    <label>Signal <select name="signal"><option value=""></option><option value="cheap_talk:public">cheap talk in public</option><option value="cheap_talk:private">cheap talk through the backchannel</option><option value="costly">a costly signal, cost</option></select>
      <input name="cost" type="number" min="0" step="any" style="width:4rem"></label>
    <label>Backchannel <select name="channel"><option value=""></option><option value="close">close the open one</option></select></label>
    <label>Offer <select name="offer"><option value=""></option><option value="private">through the backchannel</option><option value="public">in public</option></select>
      cutting <input name="cut" type="number" min="1" max="100" step="any" style="width:4rem"> % of war tariffs, a truce of <input name="weeks" type="number" min="1" max="520" style="width:4rem"> weeks (empty: lasting)</label>
    <label>Deals on the table <select name="answer"><option value=""></option><option value="accept:private">accept a private deal</option><option value="accept:public">accept a public or summit deal</option><option value="accept:both">accept either</option><option value="reject">refuse every deal</option></select></label>
    <label>A truce expiring <select name="truce"><option value=""></option><option>extend</option><option>lasting</option><option>lapse</option></select></label>
    <label>Back down <select name="give"><option value=""></option><option value="in">give in (meet the demand in full)</option><option value="out">hold out whatever the rules say</option></select></label>
    </form>
    <textarea id="moves" rows="2" aria-label="the decision as sent"></textarea><br>
    <button id="send">Decide</button> <button id="withdraw">Withdraw</button> <span id="mine" class="muted"></span></div>
    <div id="umpire" hidden><h2>Umpire</h2><p id="decided" class="muted"></p>
    <p><button data-action="adjudicate">Adjudicate now</button> <button data-action="pause">Pause</button> <button data-action="resume">Resume</button>
    <button data-action="rollback">Roll back one turn</button></p>
    <p><label>Extend the deadline by <input id="minutes" type="number" min="1" value="10" style="width:4rem"> minutes</label> <button id="extend">Extend</button>
    <label>Weeks per turn <input id="pace" type="number" min="1" max="52" value="1" style="width:4rem"></label> <button id="setpace">Set</button></p>
    <h3>Inject an event</h3>
    <form id="inject" class="grid">
    <label>Kind <select name="kind"><option>market_shock</option><option>summit</option><option>deadline</option><option>pause</option><option>formal_channel</option><option>export_control</option><option>violation</option><option>protest_allowed</option><option>protest_repressed</option><option>justification</option></select></label>
    <label>Week <input name="week" type="number" min="0" style="width:4rem"> (empty: this turn)</label>
    <label>Actor <select name="actor"><option value=""></option></select></label>
    <label>Name <input name="name" maxlength="80"></label>
    <label>Pain <input name="pain" type="number" min="0" step="any" style="width:4rem"></label>
    <label>Duration <input name="duration" type="number" min="1" style="width:4rem"> weeks</label>
    <label>Cut <input name="cut" type="number" min="0" max="100" step="any" style="width:4rem"> %</label>
    </form>
    <textarea id="event" rows="2" aria-label="the event as sent"></textarea><br><button id="doinject">Inject</button></div>
    <p id="aar" hidden><button id="report">After-action report</button></p>
    <h2>Rooms</h2><div id="rooms"></div>
    <h2>Exposed by leaks</h2><div id="exposed" class="muted"></div>
    <script>
    const id = location.pathname.split('/').pop(), token = location.hash.slice(1);
    const H = {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'};
    const $ = (x) => document.getElementById(x);
    let version = -1, week = -1, asked = 0;
    const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
    const error = (t) => $('error').textContent = t || '';
    async function call(method, path, body) {
      const r = await fetch('/api/exercises/' + id + path, {method, headers: H, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)});
      if (!r.ok) { let m = r.status + ''; try { m = (await r.json()).error.message; } catch (e) {} error(m); return null; }
      error(); return r.status === 204 ? {} : (r.headers.get('content-type') || '').includes('json') ? r.json() : r.text();
    }
    // A line chart (SVG) of one quantity of each side, week by week; sides without data are left out.
    const SVG = 'http://www.w3.org/2000/svg', colours = ['#1f5fa8', '#c0392b'];
    function chart(weeks, key, title) {
      const series = weeks.length ? weeks[0].sides.map((s, i) => ({actor: s.actor, colour: colours[i % 2], points: weeks.map(w => [w.week, w.sides[i][key]]).filter(p => p[1] != null)})).filter(s => s.points.length) : [];
      if (!series.length) return null;
      const W = 600, Hh = 140, L = 44, B = 20, all = series.flatMap(s => s.points);
      const x0 = Math.min(...all.map(p => p[0])), x1 = Math.max(x0 + 1, ...all.map(p => p[0]));
      const y0 = Math.min(0, ...all.map(p => p[1])), y1 = Math.max(y0 + 1e-9, ...all.map(p => p[1]));
      const X = (v) => L + (v - x0) / (x1 - x0) * (W - L - 8), Y = (v) => 8 + (1 - (v - y0) / (y1 - y0)) * (Hh - B - 8);
      const svg = document.createElementNS(SVG, 'svg'); svg.setAttribute('viewBox', '0 0 ' + W + ' ' + Hh); svg.setAttribute('role', 'img'); svg.setAttribute('aria-label', title);
      const add = (tag, attrs, text) => { const e = document.createElementNS(SVG, tag); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; svg.appendChild(e); return e; };
      add('line', {x1: L, y1: Y(y0), x2: W - 8, y2: Y(y0), stroke: '#999'});
      add('text', {x: L - 4, y: Y(y1) + 4, 'text-anchor': 'end', 'font-size': 11}, y1.toFixed(y1 < 10 ? 1 : 0));
      add('text', {x: L - 4, y: Y(y0) + 4, 'text-anchor': 'end', 'font-size': 11}, y0.toFixed(0));
      add('text', {x: L, y: Hh - 4, 'font-size': 11}, 'week ' + x0);
      add('text', {x: W - 8, y: Hh - 4, 'text-anchor': 'end', 'font-size': 11}, 'week ' + x1);
      for (const s of series) add('polyline', {fill: 'none', stroke: s.colour, 'stroke-width': 2, points: s.points.map(p => X(p[0]).toFixed(1) + ',' + Y(p[1]).toFixed(1)).join(' ')});
      const fig = el('figure'), caption = el('figcaption', title + ': ', 'muted');
      for (const s of series) { const k = el('span', '— ' + s.actor + ' '); k.style.color = s.colour; caption.appendChild(k); }
      fig.appendChild(caption); fig.appendChild(svg); return fig;
    }
    function options(select, values, keep) {
      const old = select.value; while (select.options.length > keep) select.remove(keep);
      for (const [value, text] of values) { const o = el('option', text); o.value = value; select.appendChild(o); }
      select.value = old;
    }
    function render(b) {
      const x = b.exercise;
      // A new turn starts with an empty form: last turn's choices are not sent again by mistake.
      if (x.week !== week) { week = x.week; $('form').reset(); $('moves').value = '{}'; $('inject').reset(); $('event').value = JSON.stringify(injectedEvent()); }
      if (document.activeElement !== $('pace')) $('pace').value = x.weeks_per_turn;
      $('title').textContent = x.name + ' — ' + b.seat + (b.player ? ' (' + b.player + ')' : '');
      $('status').textContent = 'week ' + x.week + ' of ' + x.horizon + ', ' + x.status + ', press ' + x.press +
        (x.deadline ? ', turn closes ' + new Date(x.deadline * 1000).toLocaleTimeString() : '') +
        '; seats: ' + b.seats.map(s => s.role + (s.taken ? '' : s.role.startsWith('leader:') ? ' (rules)' : ' (open)')).join(', ');
      $('join').hidden = !!b.player || b.seat === 'observer';
      $('aar').hidden = !(x.status === 'finished' || b.seat === 'umpire');
      const charts = $('charts'); charts.textContent = '';
      for (const [key, title] of [['tariff', 'Tariff on the other side, %'], ['pain', 'Pain (your own; the umpire sees both)'], ['opposition', 'Opposition in the polls']]) {
        const c = chart(b.board.weeks, key, title); if (c) charts.appendChild(c);
      }
      const t = $('weeks'); t.textContent = '';
      const head = t.insertRow(); ['week', 'date', 'phase'].concat(b.board.weeks.length ? b.board.weeks[0].sides.map(s => s.actor + ' tariff %') : []).forEach(h => head.appendChild(el('th', h)));
      for (const w of b.board.weeks.slice(-8)) {
        const r = t.insertRow(); [w.week, w.date, w.phase].concat(w.sides.map(s => s.tariff.toFixed(0) + (s.pain != null ? ' (pain ' + s.pain.toFixed(2) + ')' : ''))).forEach(v => r.insertCell().textContent = v);
      }
      const ev = $('events'); ev.textContent = '';
      for (const e of b.board.events.slice(-40)) ev.appendChild(el('div', 'week ' + e.week + (e.learnt > e.week ? ' (learnt ' + e.learnt + ')' : '') + ': ' + e.text, 'msg'));
      $('decide').hidden = !b.seat.startsWith('leader:') || x.status !== 'running';
      $('mine').textContent = b.decision ? 'sent: ' + b.decision : 'not decided yet (the rules play it if the turn closes)';
      const intermediaries = b.seats.map(s => s.role).filter(r => r.startsWith('intermediary:')).map(r => r.slice(13));
      options(document.querySelector('#form [name=channel]'), intermediaries.map(m => [m, 'open it through ' + m]), 2);
      const actors = b.seats.map(s => s.role).filter(r => r.startsWith('leader:')).map(r => r.slice(7));
      options(document.querySelector('#inject [name=actor]'), actors.map(a => [a, a]), 1);
      $('umpire').hidden = b.seat !== 'umpire';
      if (b.decided) $('decided').textContent = 'Decided this turn: ' + (b.decided.length ? b.decided.join(', ') : 'nobody yet') + ' (what they decided stays sealed until the turn is adjudicated).';
      // Rebuilt on every change: what a player was typing in a room stays, and so does the focus.
      const rooms = $('rooms'), typed = {}, focused = document.activeElement && document.activeElement.closest('[data-room]');
      for (const box of rooms.querySelectorAll('[data-room] input')) typed[box.closest('[data-room]').dataset.room] = box.value;
      rooms.textContent = '';
      for (const room of b.board.rooms) {
        const d = el('div', undefined, 'room'); d.dataset.room = room.room; d.appendChild(el('strong', room.room));
        for (const m of room.messages) { const p = el('div', undefined, 'msg'); p.appendChild(el('span', m.from + ', week ' + m.week + ': ', 'from')); p.appendChild(el('span', m.text)); d.appendChild(p); }
        if (room.writable) {
          const i = el('input'); i.maxLength = 2000; i.size = 40; i.setAttribute('aria-label', 'message to ' + room.room); const s = el('button', 'Post');
          i.value = typed[room.room] || '';
          s.onclick = async () => { if (await call('POST', '/messages', {room: room.room, text: i.value})) { i.value = ''; refresh(true); } };
          d.appendChild(i); d.appendChild(s);
          if (focused && focused.dataset.room === room.room) setTimeout(() => i.focus());
        }
        rooms.appendChild(d);
      }
      const ex = $('exposed'); ex.textContent = b.board.exposed.length ? '' : 'nothing';
      for (const m of b.board.exposed) ex.appendChild(el('div', m.room + ', ' + m.from + ', week ' + m.week + ': ' + m.text, 'msg'));
    }
    // The form's choices as a decisions-file entry (only the parts chosen).
    function moves() {
      const f = new FormData($('form')), m = {}, n = (k) => f.get(k) === '' ? null : Number(f.get(k));
      const mode = f.get('tariff_mode');
      if (mode === 'set' && n('tariff') != null) m.tariff = n('tariff'); else if (mode === 'hold' || mode === 'raise') m.tariff_move = mode;
      if (f.get('statement')) m.statement = f.get('statement');
      const sig = f.get('signal');
      if (sig === 'costly') { m.signal = 'costly'; if (n('cost') != null) m.cost = n('cost'); }
      else if (sig) { m.signal = 'cheap_talk'; m.signal_channel = sig.split(':')[1]; }
      const ch = f.get('channel'); if (ch === 'close') m.close_backchannel = true; else if (ch) m.open_backchannel = ch;
      if (f.get('offer')) { m.offer = {channel: f.get('offer')}; if (n('cut') != null) m.offer.cut = n('cut') / 100; if (n('weeks') != null) m.offer.weeks = n('weeks'); }
      const a = f.get('answer');
      if (a === 'reject') m.reject = ['private', 'public']; else if (a) m.accept = a === 'accept:both' ? ['private', 'public'] : [a.split(':')[1]];
      if (f.get('truce')) m.truce = f.get('truce');
      if (f.get('give') === 'in') m.give_in = true; else if (f.get('give') === 'out') m.give_in = false;
      return m;
    }
    function injectedEvent() {
      const f = new FormData($('inject')), e = {kind: f.get('kind')};
      for (const k of ['week', 'pain', 'duration']) if (f.get(k) !== '') e[k] = Number(f.get(k));
      if (f.get('cut') !== '') e.cut = Number(f.get('cut')) / 100;
      for (const k of ['actor', 'name']) if (f.get(k)) e[k] = f.get(k);
      return e;
    }
    $('form').oninput = $('form').onchange = () => $('moves').value = JSON.stringify(moves());
    $('inject').oninput = $('inject').onchange = () => $('event').value = JSON.stringify(injectedEvent());
    $('moves').value = '{}'; $('event').value = JSON.stringify(injectedEvent());
    // Refreshes overlap (the stream, a click, polling): only the latest one asked for draws,
    // and never a board older than the one shown.
    async function refresh(force) {
      const n = ++asked;
      const v = await call('GET', '/version');
      if (v === null || n !== asked) return;
      if (force || Number(v) !== version) {
        const b = await call('GET', '/board');
        if (b && n === asked && b.exercise.version >= version) { version = b.exercise.version; render(b); }
      }
    }
    $('send').onclick = async () => {
      let m; try { m = JSON.parse($('moves').value); } catch (e) { error('not JSON: ' + e.message); return; }
      if (await call('PUT', '/decision', m)) refresh(true);
    };
    $('withdraw').onclick = async () => { if (await call('DELETE', '/decision')) refresh(true); };
    for (const button of document.querySelectorAll('#umpire [data-action]')) button.onclick = async () => { if (await call('POST', '/umpire', {action: button.dataset.action})) refresh(true); };
    $('extend').onclick = async () => { if (await call('POST', '/umpire', {action: 'extend', minutes: Number($('minutes').value)})) refresh(true); };
    $('setpace').onclick = async () => { if (await call('POST', '/umpire', {action: 'pace', weeks_per_turn: Number($('pace').value)})) refresh(true); };
    $('doinject').onclick = async () => {
      let e; try { e = JSON.parse($('event').value); } catch (x) { error('not JSON: ' + x.message); return; }
      if (await call('POST', '/inject', e)) refresh(true);
    };
    $('report').onclick = async () => {
      const html = await call('GET', '/report'); if (html === null) return;
      const url = URL.createObjectURL(new Blob([html], {type: 'text/html'})); window.open(url, '_blank');
    };
    $('take').onclick = async () => { if (await call('POST', '/join', {name: $('player').value})) refresh(true); };
    // Live updates: the server's event stream (read with fetch, so the token stays in a header);
    // on any failure, poll every 2 s and try the stream again after 10 s.
    async function listen() {
      try {
        const r = await fetch('/api/exercises/' + id + '/events', {headers: H});
        if (!r.ok || !r.body) throw new Error('no stream');
        const reader = r.body.getReader(), dec = new TextDecoder(); let buf = '';
        for (;;) {
          const {value, done} = await reader.read(); if (done) break;
          buf += dec.decode(value, {stream: true});
          let i; while ((i = buf.indexOf('\n\n')) >= 0) {
            const chunk = buf.slice(0, i); buf = buf.slice(i + 2);
            const m = chunk.match(/^data: (\d+)$/m); if (m && Number(m[1]) !== version) refresh(true);
          }
        }
        listen();
      } catch (e) { const t = setInterval(refresh, 2000); setTimeout(() => { clearInterval(t); listen(); }, 10000); }
    }
    // Another seat's link in this tab changes only the fragment: load the page anew for it.
    window.onhashchange = () => location.reload();
    refresh(true); listen();
    </script></body></html>
    """#
}

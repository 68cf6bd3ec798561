/// The pages of a live exercise: plain HTML and a little script that reads the JSON API with
/// the seat's token (kept in the link's fragment, which the browser never sends to a server)
/// and polls the exercise's version for live updates. Every text a person wrote is set with
/// textContent, never parsed as HTML.
enum ExercisePages {
    static let style = """
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <style>
    body{font:15px/1.4 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:.8rem;color:#222}
    h1{font-size:1.3rem} h2{font-size:1.05rem;margin:1rem 0 .3rem} table{border-collapse:collapse;width:100%}
    td,th{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left;font-size:.9rem}
    .room{border:1px solid #ccc;border-radius:6px;padding:.4rem;margin:.4rem 0} .msg{margin:.2rem 0}
    .from{color:#555;font-size:.85rem} textarea,input,select{font:inherit;max-width:100%} .err{color:#b00}
    .muted{color:#777} code{background:#f4f4f4;padding:0 .2rem}
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

    static let seat = """
    <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backchannel — seat</title>\(style)</head><body>
    <h1 id="title">Backchannel exercise</h1>
    <p id="status" class="muted"></p><p id="error" class="err"></p>
    <div id="join" hidden><input id="player" placeholder="your name" maxlength="80"> <button id="take">Take this seat</button></div>
    <h2>The war, week by week</h2><table id="weeks"></table>
    <h2>What you know happened</h2><div id="events"></div>
    <div id="decide" hidden><h2>Your decision for this turn</h2>
    <p class="muted">The moves of a decisions-file entry as JSON, e.g. <code>{"tariff": 84}</code>, <code>{"statement": "conciliatory"}</code>,
    <code>{"offer": {"channel": "private", "cut": 0.5}}</code>, <code>{"accept": ["private"]}</code>.</p>
    <textarea id="moves" rows="3" cols="60"></textarea><br><button id="send">Decide</button> <span id="mine" class="muted"></span></div>
    <p id="aar" hidden><button id="report">After-action report</button></p>
    <h2>Rooms</h2><div id="rooms"></div>
    <h2>Exposed by leaks</h2><div id="exposed" class="muted"></div>
    <script>
    const id = location.pathname.split('/').pop(), token = location.hash.slice(1);
    const H = {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'};
    let version = -1;
    const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
    const error = (t) => document.getElementById('error').textContent = t || '';
    async function call(method, path, body) {
      const r = await fetch('/api/exercises/' + id + path, {method, headers: H, body: body === undefined ? undefined : JSON.stringify(body)});
      if (!r.ok) { let m = r.status + ''; try { m = (await r.json()).error.message; } catch (e) {} error(m); return null; }
      error(); return r.status === 204 ? {} : (r.headers.get('content-type') || '').includes('json') ? r.json() : r.text();
    }
    function render(b) {
      const x = b.exercise;
      document.getElementById('title').textContent = x.name + ' — ' + b.seat + (b.player ? ' (' + b.player + ')' : '');
      document.getElementById('status').textContent = 'week ' + x.week + ' of ' + x.horizon + ', ' + x.status + ', press ' + x.press +
        (x.deadline ? ', turn closes ' + new Date(x.deadline * 1000).toLocaleTimeString() : '') +
        '; seats: ' + b.seats.map(s => s.role + (s.taken ? '' : s.role.startsWith('leader:') ? ' (rules)' : ' (open)')).join(', ');
      document.getElementById('join').hidden = !!b.player || b.seat === 'observer';
      document.getElementById('aar').hidden = !(x.status === 'finished' || b.seat === 'umpire');
      const t = document.getElementById('weeks'); t.textContent = '';
      const head = t.insertRow(); ['week', 'date', 'phase'].concat(b.board.weeks.length ? b.board.weeks[0].sides.map(s => s.actor + ' tariff %') : []).forEach(h => head.appendChild(el('th', h)));
      for (const w of b.board.weeks.slice(-12)) {
        const r = t.insertRow(); [w.week, w.date, w.phase].concat(w.sides.map(s => s.tariff.toFixed(0) + (s.pain != null ? ' (pain ' + s.pain.toFixed(2) + ')' : ''))).forEach(v => r.insertCell().textContent = v);
      }
      const ev = document.getElementById('events'); ev.textContent = '';
      for (const e of b.board.events.slice(-40)) ev.appendChild(el('div', 'week ' + e.week + (e.learnt > e.week ? ' (learnt ' + e.learnt + ')' : '') + ': ' + e.text, 'msg'));
      document.getElementById('decide').hidden = !b.seat.startsWith('leader:') || x.status !== 'running';
      document.getElementById('mine').textContent = b.decision ? 'sent: ' + b.decision : 'not decided yet (the rules play it if the turn closes)';
      const rooms = document.getElementById('rooms'); rooms.textContent = '';
      for (const room of b.board.rooms) {
        const d = el('div', undefined, 'room'); d.appendChild(el('strong', room.room));
        for (const m of room.messages) { const p = el('div', undefined, 'msg'); p.appendChild(el('span', m.from + ', week ' + m.week + ': ', 'from')); p.appendChild(el('span', m.text)); d.appendChild(p); }
        if (room.writable) {
          const i = el('input'); i.maxLength = 2000; i.size = 50; const s = el('button', 'Post');
          s.onclick = async () => { if (await call('POST', '/messages', {room: room.room, text: i.value})) { i.value = ''; refresh(true); } };
          d.appendChild(i); d.appendChild(s);
        }
        rooms.appendChild(d);
      }
      const ex = document.getElementById('exposed'); ex.textContent = b.board.exposed.length ? '' : 'nothing';
      for (const m of b.board.exposed) ex.appendChild(el('div', m.room + ', ' + m.from + ', week ' + m.week + ': ' + m.text, 'msg'));
    }
    async function refresh(force) {
      const v = await call('GET', '/version');
      if (v === null) return;
      if (force || Number(v) !== version) { const b = await call('GET', '/board'); if (b) { version = b.exercise.version; render(b); } }
    }
    document.getElementById('send').onclick = async () => {
      let moves; try { moves = JSON.parse(document.getElementById('moves').value); } catch (e) { error('not JSON: ' + e.message); return; }
      if (await call('PUT', '/decision', moves)) refresh(true);
    };
    document.getElementById('report').onclick = async () => {
      const html = await call('GET', '/report'); if (html === null) return;
      const url = URL.createObjectURL(new Blob([html], {type: 'text/html'})); window.open(url, '_blank');
    };
    document.getElementById('take').onclick = async () => { if (await call('POST', '/join', {name: document.getElementById('player').value})) refresh(true); };
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
          let i; while ((i = buf.indexOf('\\n\\n')) >= 0) {
            const chunk = buf.slice(0, i); buf = buf.slice(i + 2);
            const m = chunk.match(/^data: (\\d+)$/m); if (m && Number(m[1]) !== version) refresh(true);
          }
        }
        listen();
      } catch (e) { const t = setInterval(refresh, 2000); setTimeout(() => { clearInterval(t); listen(); }, 10000); }
    }
    refresh(true); listen();
    </script></body></html>
    """
}

// Polls the run in progress and shows its steps and counts until it ends; the outcome's words
// come from the server (LaunchNotice), so the page and the API say the same thing.
(function () {
  'use strict';
  var root = document.getElementById('progress');
  if (!root) { return; }
  var api = root.getAttribute('data-api');
  var runsUrl = root.getAttribute('data-runs');
  var state = document.getElementById('state');
  var message = document.getElementById('message');
  var table = document.getElementById('steps');
  var body = table.querySelector('tbody');

  function cell(row, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    row.appendChild(td);
  }

  function headline(text) {
    state.textContent = '';
    var span = document.createElement('span');
    span.id = 'headline';
    span.textContent = text;
    state.appendChild(span);
  }

  function render(p) {
    var launch = p.launch;
    if (p.running) {
      root.setAttribute('data-state', 'running');
      state.className = 'notice running';
      headline('Running' + (p.runId ? ' ' + p.runId : '') + (launch ? ' (started by ' + launch.startedBy + ')' : '') + '…');
      message.textContent = '';
    } else if (launch && launch.notice) {
      root.setAttribute('data-state', 'finished');
      state.className = 'notice ' + launch.notice.tone;
      headline(launch.notice.headline);
      if (launch.notice.runLink) {
        var a = document.createElement('a');
        a.href = runsUrl + '/' + encodeURIComponent(launch.notice.runLink);
        a.id = 'finished-run';
        a.textContent = 'Open run ' + launch.notice.runLink;
        state.appendChild(a);
      }
      message.textContent = launch.notice.detail || '';
    } else {
      root.setAttribute('data-state', 'idle');
    }
    // no table without steps: an empty header says nothing
    table.hidden = !(p.steps && p.steps.length);
    body.textContent = '';
    (p.steps || []).forEach(function (s) {
      var tr = document.createElement('tr');
      cell(tr, s.name, 'mono');
      cell(tr, s.status.toLowerCase(), 'status');
      cell(tr, String(s.read), 'num');
      cell(tr, String(s.written), 'num');
      cell(tr, Object.keys(s.counters).map(function (k) { return s.counters[k] + ' ' + k; }).join(', '), 'small');
      body.appendChild(tr);
    });
  }

  function poll() {
    fetch(api, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (p) { render(p); setTimeout(poll, p.running ? 700 : 3000); })
      .catch(function () { setTimeout(poll, 5000); });
  }
  poll();
})();

// Polls the run in progress and shows its steps and counts until it ends.
(function () {
  'use strict';
  var root = document.getElementById('progress');
  if (!root) { return; }
  var api = root.getAttribute('data-api');
  var runsUrl = root.getAttribute('data-runs');
  var state = document.getElementById('state');
  var message = document.getElementById('message');
  var body = document.querySelector('#steps tbody');

  function cell(row, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    row.appendChild(td);
  }

  function render(p) {
    var launch = p.launch;
    if (p.running) {
      root.setAttribute('data-state', 'running');
      state.className = 'notice running';
      state.textContent = 'Running' + (p.runId ? ' ' + p.runId : '') + (launch ? ' (started by ' + launch.startedBy + ')' : '') + '…';
      message.textContent = '';
    } else if (launch && launch.outcome) {
      root.setAttribute('data-state', 'finished');
      var good = launch.outcome.indexOf('COMPLETED') === 0 || launch.outcome === 'UP_TO_DATE';
      state.className = 'notice ' + (good ? 'ok' : 'bad');
      state.textContent = 'Finished: ' + launch.outcome.toLowerCase().replace(/_/g, ' ') + ' ';
      if (launch.runId && launch.outcome.indexOf('COMPLETED') === 0) {
        var a = document.createElement('a');
        a.href = runsUrl + '/' + encodeURIComponent(launch.runId);
        a.id = 'finished-run';
        a.textContent = 'Open run ' + launch.runId;
        state.appendChild(a);
      }
      message.textContent = launch.message || '';
    } else {
      root.setAttribute('data-state', 'idle');
    }
    if (p.steps && p.steps.length) {
      body.textContent = '';
      p.steps.forEach(function (s) {
        var tr = document.createElement('tr');
        cell(tr, s.name, 'mono');
        cell(tr, s.status.toLowerCase(), 'status');
        cell(tr, String(s.read), 'num');
        cell(tr, String(s.written), 'num');
        cell(tr, Object.keys(s.counters).map(function (k) { return s.counters[k] + ' ' + k; }).join(', '), 'small');
        body.appendChild(tr);
      });
    }
  }

  function poll() {
    fetch(api, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (p) { render(p); setTimeout(poll, p.running ? 700 : 3000); })
      .catch(function () { setTimeout(poll, 5000); });
  }
  poll();
})();

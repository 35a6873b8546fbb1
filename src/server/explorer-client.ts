/**
 * The explorer's own browser code, served as files next to GraphiQL's (explorer.ts): the
 * page, its script and its styles. No inline script and nothing from another host, so the
 * page runs under `script-src 'self'` and works without internet access.
 *
 * The script keeps the access key (typed once, kept in localStorage) and gives GraphiQL a
 * fetcher that sends queries and mutations as JSON POSTs to the page's own URL with
 * `Authorization: Bearer <key>`, and subscriptions over graphql-ws on the same path with
 * the key in `connectionParams.authorization` (what the server's onConnect reads). Headers
 * typed in GraphiQL's headers editor go along and win over the key.
 */

/** The page; `base` is the folder of the versioned assets, ending in a slash. */
export function explorerPage(base: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ledgerhouse GraphQL explorer</title>
<link rel="icon" href="${base}favicon.ico">
<link rel="stylesheet" href="${base}graphiql.css">
<link rel="stylesheet" href="${base}explorer.css">
</head>
<body>
<form id="lh-key" autocomplete="off">
<strong>Ledgerhouse</strong>
<label for="lh-key-input">Access key</label>
<input id="lh-key-input" name="key" type="password" placeholder="lh_..." spellcheck="false" autocomplete="off">
<button type="submit" id="lh-key-use">Use key</button>
<button type="button" id="lh-key-forget">Forget key</button>
<span id="lh-key-status" role="status"></span>
</form>
<div id="lh-graphiql"><noscript>The explorer needs JavaScript.</noscript></div>
<script src="${base}graphql-ws.js"></script>
<script src="${base}explorer.js"></script>
<script src="${base}graphiql.js"></script>
</body>
</html>
`;
}

export const EXPLORER_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; }
#lh-key { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.4rem 0.75rem; font: 14px system-ui, sans-serif; border-bottom: 1px solid rgba(127, 127, 127, 0.35); }
#lh-key input { flex: 0 1 26rem; min-width: 12rem; padding: 0.25rem 0.4rem; font-family: ui-monospace, monospace; }
#lh-key-status { opacity: 0.8; }
#lh-key-status.lh-bad { color: #c62828; opacity: 1; }
#lh-graphiql { flex: 1; min-height: 0; }
#lh-graphiql > .graphiql-container { height: 100%; }
`;

const DEFAULT_QUERY = `# Ledgerhouse GraphQL explorer.
# Enter an access key above once; it is kept in this browser only.
# Run with Ctrl-Enter. Subscriptions stream over a WebSocket on the same path.

query Viewer {
  viewer {
    name
    role
    scopes
  }
}
`;

export const EXPLORER_JS = `(function () {
  'use strict';
  var STORAGE = 'ledgerhouse.explorer.accessKey';
  var base = document.currentScript.src.replace(/[^/]*$/, '');
  var endpoint = location.origin + location.pathname;
  var wsEndpoint = endpoint.replace(/^http/, 'ws');

  // Monaco (GraphiQL's editor) starts its workers from these files, served beside this one.
  var workers = { editorWorkerService: base + 'editor.worker.js', json: base + 'json.worker.js', graphql: base + 'graphql.worker.js' };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) { return workers[label] || workers.editorWorkerService; },
  };

  function storedKey() {
    try { return localStorage.getItem(STORAGE) || ''; } catch (e) { return ''; }
  }

  function headersFor(opts) {
    var headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    var key = storedKey();
    if (key) headers.authorization = 'Bearer ' + key;
    var extra = opts && opts.headers;
    if (extra && typeof extra === 'object') {
      Object.keys(extra).forEach(function (name) { headers[name.toLowerCase()] = String(extra[name]); });
    }
    return headers;
  }

  function operationType(params, opts) {
    var doc = opts && opts.documentAST;
    if (doc && doc.definitions) {
      var ops = doc.definitions.filter(function (d) { return d.kind === 'OperationDefinition'; });
      var op = params.operationName ? ops.filter(function (d) { return d.name && d.name.value === params.operationName; })[0] : ops[0];
      if (op) return op.operation;
    }
    var m = /^\\s*(query|mutation|subscription)\\b/m.exec(String(params.query || '').replace(/#[^\\n]*/g, ''));
    return m ? m[1] : 'query';
  }

  function post(params, opts) {
    return fetch(endpoint, {
      method: 'POST',
      headers: headersFor(opts),
      credentials: 'omit',
      body: JSON.stringify({ query: params.query, variables: params.variables || undefined, operationName: params.operationName || undefined }),
    }).then(function (res) {
      return res.json().catch(function () { return { errors: [{ message: 'HTTP ' + res.status + ': the answer is not JSON' }] }; });
    });
  }

  var clients = {};
  function socketFor(authorization) {
    var id = authorization || '';
    if (!clients[id]) {
      clients[id] = graphqlWs.createClient({
        url: wsEndpoint,
        lazy: true,
        retryAttempts: 0,
        connectionParams: authorization ? { authorization: authorization } : {},
      });
    }
    return clients[id];
  }

  function describeSocketError(err) {
    if (err && typeof err.code === 'number') {
      var text = 'WebSocket closed with ' + err.code + (err.reason ? ' (' + err.reason + ')' : '');
      return err.code === 4403 ? text + ': enter a valid access key above.' : text;
    }
    if (Array.isArray(err)) return err.map(function (e) { return e && e.message ? e.message : String(e); }).join('; ');
    return err && err.message ? err.message : String(err);
  }

  function subscribe(params, opts) {
    var iterator = socketFor(headersFor(opts).authorization).iterate({
      query: params.query,
      variables: params.variables || undefined,
      operationName: params.operationName || undefined,
    });
    return (async function* () {
      try {
        for await (var result of iterator) yield result;
      } catch (err) {
        yield { errors: [{ message: describeSocketError(err) }] };
      }
    })();
  }

  function fetcher(params, opts) {
    return operationType(params, opts) === 'subscription' ? subscribe(params, opts) : post(params, opts);
  }

  function showStatus(text, bad) {
    var status = document.getElementById('lh-key-status');
    status.textContent = text;
    status.className = bad ? 'lh-bad' : '';
  }

  function checkKey() {
    if (!storedKey()) return showStatus('No access key yet: enter one to run operations.', true);
    showStatus('Checking the access key...');
    post({ query: 'query ExplorerViewer { viewer { name role } }' }).then(function (res) {
      var viewer = res && res.data && res.data.viewer;
      if (viewer) showStatus('Using the key "' + viewer.name + '" (' + viewer.role + ').');
      else showStatus('The key was refused: ' + describeSocketError(res && res.errors || 'no answer'), true);
    }, function (err) { showStatus('The server did not answer: ' + describeSocketError(err), true); });
  }

  window.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('lh-key');
    var input = document.getElementById('lh-key-input');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var key = input.value.trim().replace(/^bearer\\s+/i, '');
      if (!key) return showStatus('Enter an access key first.', true);
      try { localStorage.setItem(STORAGE, key); } catch (e) { return showStatus('This browser does not keep the key (localStorage).', true); }
      // A fresh start reads the schema again, now with the key.
      location.reload();
    });
    document.getElementById('lh-key-forget').addEventListener('click', function () {
      try { localStorage.removeItem(STORAGE); } catch (e) { /* nothing kept */ }
      location.reload();
    });
    checkKey();
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById('lh-graphiql'), {
      title: 'Ledgerhouse',
      logo: ' ',
      fetcher: fetcher,
      query: ${JSON.stringify(DEFAULT_QUERY)},
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      headers: '{}',
    });
  });
})();
`;

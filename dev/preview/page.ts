/**
 * The sandbox Apps Script puts its HTML-service pages in (IFRAME mode), so the
 * sidebar and dialogs run here under the same rules — downloads allowed, top
 * navigation not: https://developers.google.com/apps-script/guides/html/restrictions
 */
export const SANDBOX = 'allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';

/**
 * Sheets does not put a dialog in a frame of its own origin: docs.google.com holds a frame from
 * another origin (script.googleusercontent.com), which holds the add-on's page in a sandboxed
 * frame. So does the preview: the page is served from 127.0.0.1, the dialog's outer frame from
 * localhost (another origin, same server), and the dialog inside it, each frame sandboxed as
 * Apps Script sandboxes its pages (https://developers.google.com/apps-script/guides/html/restrictions).
 * Anything that needs the top window — top navigation, a <base target="_top"> — fails here as in Sheets.
 * The outer frame passes the dialog's messages (changed, close) on to the page, and nothing else.
 */
export function dialogHostPage(topOrigin: string): string {
  return `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><title>dialog host</title>
<style>html, body { margin: 0; height: 100%; } iframe { border: 0; width: 100%; height: 100%; display: block; }</style>
</head>
<body>
<iframe id="userHtmlFrame" title="Shinchoku dialog" src="/report" sandbox="${SANDBOX}"></iframe>
<script>
(function () {
  var top = ${JSON.stringify(topOrigin)};
  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin) return;
    if (event.data === 'shinchoku:changed' || event.data === 'shinchoku:close') window.parent.postMessage(event.data, top);
  });
})();
</script>
</body>
</html>`;
}

/** The preview page: the workbook's sheets on the left, the add-on's sidebar (300 px, like Sheets) on the right. */
export const PREVIEW_PAGE = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>Shinchoku preview</title>
<style>
  body { margin: 0; font-family: "Noto Sans CJK JP", "Hiragino Sans", Meiryo, sans-serif; font-size: 13px; display: flex; height: 100vh; }
  #workbook { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  header { display: flex; gap: 12px; align-items: center; padding: 6px 10px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
  #tabs { display: flex; flex-wrap: wrap; gap: 2px; padding: 4px 8px; border-bottom: 1px solid #d0d7de; }
  #tabs button { font: inherit; border: 1px solid #d0d7de; background: #fff; padding: 2px 8px; cursor: pointer; }
  #tabs button[aria-selected="true"] { background: #1a56a8; color: #fff; }
  #grid { overflow: auto; flex: 1; }
  table { border-collapse: collapse; }
  td, th { border: 1px solid #e1e4e8; padding: 2px 6px; white-space: nowrap; max-width: 360px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f6f8fa; color: #57606a; font-weight: normal; }
  td.bold { font-weight: bold; }
  td.active { outline: 3px solid #f0b400; outline-offset: -2px; background: #fff8c5; }
  #side { width: 300px; border-left: 1px solid #d0d7de; display: flex; flex-direction: column; }
  #side iframe { border: 0; width: 300px; flex: 1; }
  #dialog { border: 1px solid #d0d7de; padding: 0; width: 480px; }
  #dialog iframe { border: 0; width: 460px; height: 300px; display: block; }
  #info { font-size: 12px; color: #57606a; padding: 4px 10px; border-top: 1px solid #d0d7de; max-height: 120px; overflow: auto; }
</style>
</head>
<body>
<section id="workbook" aria-label="workbook">
  <header>
    <strong>Shinchoku preview</strong>
    <label for="locale">言語 / Language</label>
    <select id="locale"><option value="ja">日本語</option><option value="en">English</option></select>
    <button type="button" id="save">.xlsx に保存 / Save .xlsx</button>
    <span id="saved" role="status"></span>
    <span>選択中 / Active: <output id="active-range"></output></span>
  </header>
  <nav id="tabs" aria-label="sheets"></nav>
  <div id="grid"></div>
  <div id="info"><div id="toasts"></div><div id="mails"></div></div>
</section>
<aside id="side" aria-label="sidebar">
  <iframe id="sidebar" title="Shinchoku sidebar" src="/sidebar" sandbox="${SANDBOX}"></iframe>
</aside>
<dialog id="dialog" aria-label="Shinchoku dialog"><iframe id="dialog-frame" title="Shinchoku dialog" sandbox="${SANDBOX}"></iframe></dialog>
<script>
(function () {
  var current = null;
  var latest = null;
  function letters(n) { var s = ''; while (n > 0) { var r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; }
  function inRange(a1, row, col) {
    var m = /^([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?$/.exec(a1);
    var rows = /^(\\d+):(\\d+)$/.exec(a1);
    if (rows) return row >= +rows[1] && row <= +rows[2];
    if (!m) return false;
    function num(l) { var n = 0; for (var i = 0; i < l.length; i++) n = n * 26 + l.charCodeAt(i) - 64; return n; }
    var r1 = +m[2], c1 = num(m[1]), r2 = m[4] ? +m[4] : r1, c2 = m[3] ? num(m[3]) : c1;
    return row >= r1 && row <= r2 && col >= c1 && col <= c2;
  }
  function render() {
    var state = latest;
    if (!state) return;
    var tabs = document.getElementById('tabs');
    tabs.replaceChildren();
    state.sheets.forEach(function (sheet) {
      if (sheet.hidden) return;
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = sheet.name;
      b.setAttribute('aria-selected', String(sheet.name === current));
      b.addEventListener('click', function () { current = sheet.name; render(); });
      tabs.append(b);
    });
    var sheet = state.sheets.find(function (s) { return s.name === current; }) || state.sheets[0];
    current = sheet.name;
    var range = state.active.range;
    document.getElementById('active-range').textContent = range ? range.sheet + '!' + range.a1 : '';
    var table = document.createElement('table');
    table.setAttribute('data-sheet', sheet.name);
    var width = sheet.rows.reduce(function (w, r) { return Math.max(w, r.length); }, 0);
    var head = document.createElement('tr');
    head.append(document.createElement('th'));
    for (var c = 1; c <= width; c++) { var th = document.createElement('th'); th.textContent = letters(c); head.append(th); }
    table.append(head);
    sheet.rows.forEach(function (row, r) {
      var tr = document.createElement('tr');
      var th = document.createElement('th'); th.textContent = String(r + 1); tr.append(th);
      for (var c = 0; c < width; c++) {
        var td = document.createElement('td');
        td.textContent = row[c] === undefined ? '' : row[c];
        td.setAttribute('data-cell', letters(c + 1) + (r + 1));
        if (sheet.bold[r] && sheet.bold[r][c]) td.className = 'bold';
        if (/^-?[\\d,]+(\\.\\d+)?%?$/.test(td.textContent)) td.style.textAlign = 'right';
        if (range && range.sheet === sheet.name && inRange(range.a1, r + 1, c + 1)) td.classList.add('active');
        tr.append(td);
      }
      table.append(tr);
    });
    document.getElementById('grid').replaceChildren(table);
    var toasts = document.getElementById('toasts');
    toasts.textContent = state.toasts.map(function (t) { return t.title + ': ' + t.message; }).join(' / ');
    document.getElementById('mails').textContent = state.mails.length ? 'Mail: ' + state.mails.map(function (m) { return m.to + ' — ' + m.subject; }).join(' / ') : '';
    var active = document.querySelector('td.active');
    if (active) active.scrollIntoView({ block: 'center', inline: 'center' });
  }
  var dialogsShown = null;
  function refresh() {
    return fetch('/api/state').then(function (r) { return r.json(); }).then(function (state) {
      // A dialog the add-on opened (showModalDialog): the report dialog, in the same sandbox as in Sheets.
      if (dialogsShown !== null && state.dialogs.length > dialogsShown) {
        document.getElementById('dialog-frame').src = dialogOrigin + '/dialog-host?top=' + encodeURIComponent(location.origin);
        document.getElementById('dialog').showModal();
      }
      dialogsShown = state.dialogs.length;
      latest = state;
      if (state.active.range && state.active.range.sheet) current = state.active.range.sheet;
      document.getElementById('locale').value = state.locale;
      render();
    });
  }
  // The dialog's frames live on the other loopback name: another origin, as in Sheets.
  var dialogOrigin = location.protocol + '//' + (location.hostname === 'localhost' ? '127.0.0.1' : 'localhost') + ':' + location.port;
  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin && event.origin !== dialogOrigin) return;
    if (event.data === 'shinchoku:changed') refresh();
    if (event.data === 'shinchoku:close') document.getElementById('dialog').close();
  });
  document.getElementById('locale').addEventListener('change', function (event) {
    fetch('/api/locale', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale: event.target.value }) })
      .then(function () { document.getElementById('sidebar').contentWindow.location.reload(); return refresh(); });
  });
  document.getElementById('save').addEventListener('click', function () {
    fetch('/api/save', { method: 'POST' }).then(function (r) { return r.json(); }).then(function (reply) { document.getElementById('saved').textContent = reply.path; });
  });
  refresh();
})();
</script>
</body>
</html>`;

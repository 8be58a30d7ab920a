/// The page's style sheet and script, inline so the file loads nothing from the network.
enum HTMLAssets {
    static let css = """
    :root { --ink: #1f2328; --muted: #59636e; --rule: #d0d7de; --paper: #ffffff; --wash: #f6f8fa; }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--wash); color: var(--ink);
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
        "WenQuanYi Micro Hei", "Hiragino Sans GB", sans-serif;
      font-size: 16px; line-height: 1.75; }
    .page { max-width: 880px; margin: 0 auto; padding: 24px 20px 48px; }
    header h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: 0.05em; }
    header p { margin: 0; color: var(--muted); }
    .chart { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 12px 12px 4px;
      margin: 20px 0 12px; overflow-x: auto; }
    .chart h2 { font-size: 15px; margin: 0 0 4px; color: var(--muted); font-weight: 600; }
    .chart svg text { font-size: 12px; fill: var(--muted); }
    .legend { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0 20px; align-items: center; }
    .legend .label { color: var(--muted); margin-right: 4px; }
    .legend button { font: inherit; font-size: 14px; border: 1px solid var(--rule); background: var(--paper);
      border-radius: 999px; padding: 2px 12px; cursor: pointer; color: var(--ink); }
    .legend button.on { border-color: var(--ink); box-shadow: inset 0 0 0 1px var(--ink); }
    .finder { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 12px; align-items: center; }
    .finder input, .finder select { font: inherit; font-size: 14px; border: 1px solid var(--rule); border-radius: 6px;
      padding: 4px 10px; background: var(--paper); color: var(--ink); }
    .finder input { flex: 1 1 260px; }
    .finder .shown { color: var(--muted); font-size: 14px; }
    .chart .gap { font-size: 11px; }
    .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px;
      vertical-align: 1px; }
    .month h2 { font-size: 20px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
    .events { position: relative; margin-left: 10px; padding-left: 22px; border-left: 2px solid var(--rule); }
    .event { position: relative; background: var(--paper); border: 1px solid var(--rule); border-left: 4px solid var(--c);
      border-radius: 6px; padding: 10px 14px; margin: 0 0 14px; }
    .event::before { content: ""; position: absolute; left: -31px; top: 16px; width: 12px; height: 12px;
      border-radius: 50%; background: var(--c); border: 2px solid var(--paper); }
    .when { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; color: var(--muted); font-size: 14px; }
    .when time { color: var(--ink); font-weight: 600; }
    .tag { font-size: 12px; border-radius: 4px; padding: 0 6px; border: 1px solid var(--rule); }
    .kind { color: #fff; background: var(--c); border-color: var(--c); }
    .approx { border-style: dashed; }
    .event h3 { font-size: 17px; margin: 2px 0 4px; }
    .meta { margin: 0; font-size: 14px; }
    .meta b { font-weight: 600; color: var(--muted); margin-right: 4px; }
    blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--rule); color: #3b4249;
      background: var(--wash); font-size: 14px; }
    .src { margin: 0; font-size: 13px; color: var(--muted); }
    .empty { color: var(--muted); }
    .nw { white-space: nowrap; }
    [hidden] { display: none !important; }
    """

    /// Filters: the legend's buttons (one kind or all), the leader menu and the search box
    /// combine; months left empty hide, and the count of events shown is said.
    static let script = """
    (function () {
      var kind = '', leader = '', query = '';
      var buttons = document.querySelectorAll('.legend button');
      var events = document.querySelectorAll('.event');
      var shown = document.querySelector('.finder .shown');
      function apply() {
        var n = 0, q = query.trim().toLowerCase();
        events.forEach(function (e) {
          var ok = (kind === '' || e.getAttribute('data-kind') === kind)
            && (leader === '' || (e.getAttribute('data-leaders') || '').split('\\u001f').indexOf(leader) >= 0)
            && (q === '' || e.textContent.toLowerCase().indexOf(q) >= 0);
          e.hidden = !ok;
          if (ok) { n += 1; }
        });
        document.querySelectorAll('.month').forEach(function (m) {
          m.hidden = !m.querySelector('.event:not([hidden])');
        });
        document.querySelectorAll('.chart rect[data-kind]').forEach(function (r) {
          r.style.opacity = kind === '' || r.getAttribute('data-kind') === kind ? '1' : '0.15';
        });
        if (shown) { shown.textContent = n === events.length ? '' : n + ' / ' + events.length; }
      }
      buttons.forEach(function (b) {
        b.addEventListener('click', function () {
          kind = b.getAttribute('data-kind');
          buttons.forEach(function (x) { x.classList.toggle('on', x === b); x.setAttribute('aria-pressed', x === b); });
          apply();
        });
      });
      var select = document.querySelector('.finder .leader');
      if (select) { select.addEventListener('change', function () { leader = select.value; apply(); }); }
      var search = document.querySelector('.finder .search');
      if (search) { search.addEventListener('input', function () { query = search.value; apply(); }); }
    })();
    """
}

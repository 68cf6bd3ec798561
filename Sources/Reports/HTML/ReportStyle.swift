/// The report's style sheet: readable on a laptop, printable (no backgrounds needed to read a
/// chart, sections kept whole on a page), system fonts only.
enum ReportStyle {
    static let css = """
    :root { --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --card: #f5f6f8; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
    main { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 19px; margin: 0 0 10px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
    h3 { font-size: 15px; margin: 14px 0 6px; }
    p.lede { color: var(--muted); margin: 0 0 6px; }
    p.meta { color: var(--muted); font-size: 13px; margin: 0; }
    section { margin: 26px 0 0; break-inside: avoid; page-break-inside: avoid; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 0 0 12px; }
    .card { background: var(--card); border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px; }
    .card .value { font-size: 24px; font-weight: 650; display: block; }
    .card .label { color: var(--muted); font-size: 13px; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
    @media (max-width: 900px) { .pair { grid-template-columns: 1fr; } }
    figure { margin: 8px 0 0; }
    figcaption { color: var(--muted); font-size: 13px; margin-top: 2px; }
    svg.chart { width: 100%; height: auto; display: block; overflow: visible; }
    svg.chart text { font-size: 12px; fill: var(--ink); }
    svg.chart .axis-title { font-size: 12.5px; fill: var(--muted); }
    svg.chart .grid line { stroke: #e4e4e4; stroke-width: 1; }
    svg.chart .axis line { stroke: #444; stroke-width: 1; }
    svg.chart rect.track { fill: #ececec; }
    table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 4px 0 8px; }
    th, td { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid #e6e6e6; vertical-align: top; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    ol.narrative { font-size: 13.5px; padding-left: 22px; margin: 6px 0; }
    ol.narrative li { margin: 1px 0; }
    details summary { cursor: pointer; color: var(--muted); font-size: 13px; }
    code { font-size: 12.5px; }
    footer { margin-top: 30px; color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--rule); padding-top: 8px; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      .pair { grid-template-columns: 1fr 1fr; }
      details { display: block; }
      a { color: inherit; text-decoration: none; }
      @page { margin: 14mm; }
    }
    """
}

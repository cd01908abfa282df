/// The reports' one style sheet, inlined in every page: system fonts only (nothing is fetched), tables with
/// right-aligned tabular figures, charts that scale to the page, and A4 print rules: no chart or table row cut
/// across pages, a new page before each major section, the audit trail expanded.
enum HTMLStyle {
    /// The print rule that opens a closed `<details>`: Chromium (131 and later), Safari (18.4) and Firefox (143)
    /// render a closed element's content in its `::details-content` part, which this makes visible. Checked in
    /// Chromium's print to PDF; no script is needed.
    static let css: Markup = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: #1a1a1a; line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .5rem; }
        h2 { font-size: 1.4rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #0072b2; }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
        h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
        p, li { max-width: 48rem; }
        .meta { color: #444; font-size: .92rem; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em; background: #f3f3f3; padding: 0 .2em; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .9rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border-bottom: 1px solid #d9d9d9; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        td, tbody th { overflow-wrap: anywhere; }
        thead th { border-bottom: 2px solid #737373; }
        .num { text-align: right; }
        td.num, td.nowrap { white-space: nowrap; }
        td.nowrap, td.words { overflow-wrap: normal; }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #737373; }
        tr.highlight th, tr.highlight td { font-weight: 700; background: #fdf0e6; }
        figure.chart { margin: 1.25rem 0 1.75rem; break-inside: avoid; page-break-inside: avoid; }
        figure.chart figcaption { font-weight: 700; margin-bottom: .35rem; }
        figure.chart.highlight { border-left: 4px solid #d55e00; padding-left: .75rem; }
        figure.chart .note { font-size: .88rem; color: #444; margin: .25rem 0 0; }
        p.note { font-size: .88rem; color: #444; }
        svg.chart { display: block; width: 100%; height: auto; max-width: 100%; max-height: 52rem; }
        svg.chart text { fill: #1a1a1a; font-family: inherit; font-size: 12px; }
        svg.chart .tick { fill: #404040; }
        svg.chart .axis-title { font-weight: 600; }
        svg.chart .value { font-size: 11px; }
        svg.chart .strong { font-weight: 700; }
        svg.chart .inverse { fill: #fff; }
        svg.chart .legend { font-size: 12px; }
        svg.chart .grid { stroke: #e3e3e3; stroke-width: 1; }
        svg.chart .axis { stroke: #595959; stroke-width: 1; }
        svg.chart .mark { stroke: #fff; stroke-width: .5; }
        svg.chart .mark.outlined { stroke: #1a1a1a; stroke-width: 2; }
        svg.chart .band { fill: rgba(0, 0, 0, .05); stroke: none; }
        svg.chart .range { stroke: #1a1a1a; stroke-width: 2; }
        svg.chart .series-line { fill: none; stroke: #d55e00; stroke-width: 2.5; }
        svg.chart .point { fill: #d55e00; stroke: #fff; stroke-width: 1.5; }
        svg.chart .legend-line { stroke-width: 3; }
        svg.chart .gap { fill: rgba(213, 94, 0, .15); stroke: #d55e00; stroke-width: 1; stroke-dasharray: 4 3; }
        svg.chart .swatch { stroke: #595959; stroke-width: .5; }
        svg.chart .hex { stroke: #fff; stroke-width: 1; }
        svg.chart .hex:hover { stroke: #1a1a1a; stroke-width: 2; }
        svg.chart .hatch { stroke: #7a7a7a; stroke-width: 2; }
        svg.chart .hex-label { font-size: 11px; }
        details.audit { margin: .75rem 0 1.5rem; border: 1px solid #d9d9d9; border-radius: 4px; padding: .5rem .75rem; }
        details.audit > summary { cursor: pointer; font-weight: 600; }
        details.audit ol { padding-left: 1.5rem; }
        details.audit li { margin: .5rem 0; }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h2 { margin-top: 0; }
          main > section.major ~ section.major { break-before: page; page-break-before: always; }
          figure.chart, tr, li { break-inside: avoid; page-break-inside: avoid; }
          h2, h3, h4, figcaption { break-after: avoid; page-break-after: avoid; }
          svg.chart { max-height: 22cm; }
          details.audit { border: none; padding: 0; }
          .audit-trail { break-before: page; page-break-before: always; }
          .table-wrap { overflow: visible; }
          details.audit::details-content { content-visibility: visible; display: block; }
          details.audit > summary { list-style: none; }
          details.audit > summary::-webkit-details-marker { display: none; }
          .screen-only { display: none; }
        }
        """
}

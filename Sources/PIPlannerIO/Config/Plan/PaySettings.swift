import Foundation
import PIPlannerModel

/// The pay scale a config costs salaries at: pay year, pay point, and per-band years for bands the year lacks.
struct PaySettings {
    var payYear: FinancialYear
    var point: String
    /// Band → the pay year to take that band from (uplifted by pay growth to `payYear`).
    var bandYears: [String: String]
    var yearSource: String

    /// The pay year's label, e.g. "2025/26".
    var year: String { payYear.label }
}

extension PlanConfigLoader {
    /// Pay year, point and per-band years from a `pay` object at `path` (plan configs: `pay`; rollout configs:
    /// `labourPerTeam.pay`), falling back to the reference defaults in `defaults`.
    func readPay(_ node: JSONNode?, path: String = "pay", _ r: FieldReader, defaults: [String: (value: String, source: String)])
        -> PaySettings
    {
        let payScale = reference.payScale
        var settings = PaySettings(
            payYear: defaults["defaultPayYear"].flatMap { FinancialYear(label: $0.value) } ?? reference.defaultPayYear,
            point: defaults["defaultPayPoint"]?.value ?? "entry", bandYears: [:], yearSource: "reference default (defaultPayYear)")
        guard let node, let f = r.object(node, path, allowed: ["year", "point", "bandYears"]) else { return settings }
        if let y = f["year"], let s = r.choice(y, join(path, "year"), from: payScale.years), let year = FinancialYear(label: s) {
            settings.payYear = year
            settings.yearSource = "config \(join(path, "year"))"
        }
        if let p = f["point"], let s = r.string(p, join(path, "point")) {
            let labels = Set(payScale.points.map { $0.point.lowercased() })
            if PayResolver.PointKind(rawValue: s.lowercased()) == nil && !labels.contains(s.lowercased()) {
                r.report(
                    p, join(path, "point"),
                    expected: "\"entry\", \"intermediate\", \"top\" or a point label from the pay scales (e.g. \"Year 2\")",
                    hint: nearestKey(to: s, in: PayResolver.PointKind.allCases.map(\.rawValue)).map(Diagnostic.Suggestion.nearest))
            } else {
                settings.point = s
            }
        }
        if let b = f["bandYears"], let members = r.members(b, join(path, "bandYears")) {
            for m in members {
                let p = "\(join(path, "bandYears")).\(m.key)"
                guard payScale.bands.contains(m.key) else {
                    r.reportUnknownKey(
                        m, p, found: "unknown band \"\(m.key)\"",
                        expected: "a band from the pay scales: " + payScale.bands.joined(separator: ", "),
                        nearestOf: payScale.bands)
                    continue
                }
                if let s = r.choice(m.value, p, from: payScale.years(havingBand: m.key)) { settings.bandYears[m.key] = s }
            }
        }
        return settings
    }
}

import Foundation
import PIPlannerModel

/// The on-cost method a plan config, a scenario or a rollout's staffing-model labour chooses (`onCosts`), with the
/// figures it supplies for the employer method. `resolveOnCosts` turns it into an area's `AreaOnCosts` once the
/// staffing model and years are known. Methodology §4.2.
struct OnCostSettings {
    /// "flat" or "employer" (`OnCostMethod.names`).
    var method: String
    /// Where the method came from: the config's field, a preset, `assumptions.onCostRate`, or the reference default.
    var methodSource: String
    /// The team's employer (employer method).
    var employerType: EmployerType
    /// The team's figures, each with its field as its source (employer method).
    var supplied = EmployerOnCostRatesRule.Supplied()
    /// The block's field path: `onCosts`, or `labourPerTeam.onCosts` in a rollout config.
    var path: String
    /// Where the team's employer type was written, else the block, else the file: problems resolving it point there.
    var location: SourceLocation?
    /// The figures the config supplied, as overrides for the report.
    var overrides: [Figure] = []

    /// Whether labour is costed at a flat rate.
    var isFlat: Bool { method == "flat" }
}

extension PlanConfigLoader {
    /// The keys an `onCosts` block allows.
    static let onCostKeys = [
        "method", "rate", "employerType", "employerPensionRate", "pensionLevyRate", "otherRate", "niRate", "niSecondaryThresholdGBP",
    ]
    /// The keys only the employer method takes.
    static let employerOnCostKeys = Array(onCostKeys.dropFirst(2))

    /// `onCosts` at `path` (`node`, nil when absent): the method (the config's; flat when the config overrides
    /// `assumptions.onCostRate`; else the preset's or the reference default `onCostMethod`), the flat `rate` into
    /// `figures["onCostRate"]`, and the employer method's type and figures, each checked by its range.
    func readOnCosts(
        _ node: JSONNode?, path: String, figures: inout [String: Figure], texts: [String: (value: String, source: String)],
        _ r: FieldReader, at location: SourceLocation?
    ) -> OnCostSettings {
        let f = node.flatMap { r.object($0, path, allowed: Self.onCostKeys) } ?? [:]
        let method = onCostMethod(f, path: path, figures: figures, texts: texts, r)
        let type = texts["employerType"].flatMap { EmployerType(rawValue: $0.value) } ?? .nhsEngland
        var settings = OnCostSettings(
            method: method.value, methodSource: method.source, employerType: type, path: path, location: node?.location ?? location)
        if settings.isFlat {
            readFlatRate(f, path: path, method: method, figures: &figures, r)
            for key in Self.employerOnCostKeys where f[key] != nil {
                r.report(
                    f[key], join(path, key), expected: "\"\(key)\" only with \"method\": \"employer\" (the flat method takes one \"rate\")")
            }
            return settings
        }
        if let rate = f["rate"] {
            r.report(
                rate, join(path, "rate"),
                expected: "\"rate\" only with \"method\": \"flat\" (the employer method costs NI and pension post by post)")
        }
        if let node = f["employerType"], let s = r.choice(node, join(path, "employerType"), from: EmployerType.allCases.map(\.rawValue)) {
            settings.employerType = EmployerType(rawValue: s)!
            settings.location = node.location
        }
        readEmployerFigures(f, into: &settings, r)
        return settings
    }

    /// The method and where it came from.
    private func onCostMethod(
        _ f: [String: JSONNode], path: String, figures: [String: Figure], texts: [String: (value: String, source: String)],
        _ r: FieldReader
    ) -> (value: String, source: String) {
        let rateGiven = figures["onCostRate"]?.override?.fieldPath.hasPrefix("assumptions") == true
        if let node = f["method"], let s = r.choice(node, join(path, "method"), from: OnCostMethod.names) {
            if s == "employer" && rateGiven {
                r.report(
                    node, join(path, "method"),
                    expected:
                        "\"flat\" when assumptions.onCostRate is set (the employer method has no single rate), or no assumptions.onCostRate"
                )
            }
            return (s, "config \(join(path, "method"))")
        }
        // A config that sets the flat rate keeps the method it was written for.
        if rateGiven, let o = figures["onCostRate"]?.override { return ("flat", "config \(o.fieldPath)") }
        return texts["onCostMethod"] ?? ("employer", "the reference default")
    }

    /// `rate` (the flat on-cost, once: here or `assumptions.onCostRate`), and the flat rate marked as this config's
    /// choice so that the overrides section lists it.
    private func readFlatRate(
        _ f: [String: JSONNode], path: String, method: (value: String, source: String), figures: inout [String: Figure], _ r: FieldReader
    ) {
        let ratePath = join(path, "rate")
        if let node = f["rate"], let parameter = reference.parameters["onCostRate"] {
            if let earlier = figures["onCostRate"]?.override?.fieldPath, earlier.hasPrefix("assumptions") {
                r.report(node, ratePath, expected: "the flat rate in one place: \"\(ratePath)\" or \"\(earlier)\", not both")
            } else if let value = r.parameterValue(node, ratePath, parameter: parameter) {
                figures["onCostRate"] = figures["onCostRate"]?.overridden(with: value, at: ratePath)
            }
        }
        guard figures["onCostRate"]?.override == nil else { return }
        let source = method.source
        let chosenAt =
            source.hasPrefix("config ")
            ? String(source.dropFirst("config ".count)) : source.hasPrefix("preset ") ? source.components(separatedBy: ":")[0] : nil
        // No single rate is the reference (the default method is per post), so none is given.
        if let chosenAt { figures["onCostRate"]?.override = Figure.Override(fieldPath: chosenAt, referenceValue: nil) }
    }

    /// The employer method's figures: pension rate, levy, other rate and NI overrides, each a proportion from 0 to 1,
    /// and a threshold in pounds below the top of the pay scales (500000, £5,000 in pence, would exempt every post).
    private func readEmployerFigures(_ f: [String: JSONNode], into settings: inout OnCostSettings, _ r: FieldReader) {
        let path = settings.path
        func rate(_ key: String, unit: String) -> Figure? {
            guard let node = f[key], let value = r.number(node, join(path, key), in: .proportion, unit: "") else { return nil }
            return supplied(join(path, key), value, unit)
        }
        settings.supplied.employerPensionRate = rate("employerPensionRate", unit: "proportion of pensionable pay")
        settings.supplied.pensionLevyRate = rate("pensionLevyRate", unit: "proportion of pensionable pay")
        settings.supplied.otherRate = rate("otherRate", unit: "proportion of pay")
        settings.supplied.niRate = rate("niRate", unit: "proportion of earnings above the secondary threshold")
        if let node = f["niSecondaryThresholdGBP"] {
            let p = join(path, "niSecondaryThresholdGBP")
            let unit = "GBP a year per employee"
            if let value = r.amountGBP(node, p, unit: unit) {
                let ceiling = reference.payScale.points.map(\.annualSalaryGBP).max() ?? .infinity
                if value >= ceiling {
                    r.report(
                        node, p,
                        expected:
                            "\(unit), below the highest salary in the pay scales (\(NumberFormat.gbp(Money(gbp: ceiling)))), or no post pays NI",
                        suggestion: "pence where pounds are meant? \(NumberFormat.plain(value / 100)) pounds")
                } else {
                    settings.supplied.niSecondaryThresholdGBP = supplied(p, value, unit)
                }
            }
        }
        let given = settings.supplied
        settings.overrides = [
            given.employerPensionRate, given.pensionLevyRate, given.otherRate, given.niRate, given.niSecondaryThresholdGBP,
        ]
        .compactMap { $0 }
    }

    /// A figure the config supplies at `path`, listed as an override with no single reference value.
    private func supplied(_ path: String, _ value: Double, _ unit: String) -> Figure {
        Figure(
            id: path, value: value, unit: unit, source: "config \(path)", basis: .config,
            override: Figure.Override(fieldPath: path, referenceValue: nil))
    }
}

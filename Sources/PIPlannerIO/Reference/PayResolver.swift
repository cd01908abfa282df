import Foundation
import PIPlannerModel

/// Chooses an Agenda for Change salary for a band, pay year and pay point, or says exactly why it cannot.
public struct PayResolver: Sendable {
    public enum PointKind: String, Sendable, CaseIterable { case entry, intermediate, top }

    public var table: PayScaleTable
    public var payGrowthRate: Figure

    public init(table: PayScaleTable, payGrowthRate: Figure) {
        self.table = table
        self.payGrowthRate = payGrowthRate
    }

    /// Which generic point a table label is: Entry/Year 1 → entry; Intermediate/Year 2 → intermediate; Top/"… +" → top.
    static func kind(of label: String) -> PointKind? {
        let l = label.lowercased().trimmingCharacters(in: .whitespaces)
        if l == "entry" || l == "year 1" { return .entry }
        if l == "intermediate" || l == "year 2" { return .intermediate }
        if l == "top" || l.hasSuffix("+") { return .top }
        return nil
    }

    public enum Failure: Error, Sendable, Equatable {
        case unknownBand(band: String, known: [String])
        case bandMissingForYear(band: String, year: String, yearsWithBand: [String])
        case pointMissing(band: String, year: String, point: String, available: [String])
    }

    /// The salary per WTE as a figure: the published pay point, uplifted by pay growth when the band comes from an earlier year named in `bandYears`.
    public func salary(band: String, payYear: String, point: String, bandYear: String?) -> Result<Figure, Failure> {
        guard table.bands.contains(band) else { return .failure(.unknownBand(band: band, known: table.bands)) }
        let year = bandYear ?? payYear
        let candidates = table.points(year: year, band: band)
        guard !candidates.isEmpty else {
            return .failure(.bandMissingForYear(band: band, year: year, yearsWithBand: table.years(havingBand: band)))
        }
        let chosen: PayPoint?
        if let wanted = PointKind(rawValue: point.lowercased()) {
            chosen = candidates.first { Self.kind(of: $0.point) == wanted }
        } else {
            chosen = candidates.first { $0.point.lowercased() == point.lowercased() }
        }
        guard let chosen else {
            return .failure(.pointMissing(band: band, year: year, point: point, available: candidates.map(\.point)))
        }
        var figure = Figure(
            id: "salary band \(band) \(chosen.point) \(chosen.payYear)", value: chosen.annualSalaryGBP,
            unit: "GBP a year per WTE, basic pay", source: chosen.citation, basis: .published)
        if let bandYear, bandYear != payYear, let from = Self.startYear(bandYear), let to = Self.startYear(payYear) {
            let years = to - from
            let uplifted = PayGrowthRule.uplifted(Money(gbp: chosen.annualSalaryGBP), payGrowthRate: payGrowthRate.value, years: years)
            figure.value = uplifted.gbp
            figure.basis = .derived
            figure.derivation =
                "Band \(band) has no \(point) point for \(payYear) in the shipped pay scales; the config names \(bandYear) (pay.bandYears). £\(formatNumberForMessage(chosen.annualSalaryGBP)) × (1 + \(formatNumberForMessage(payGrowthRate.value)))^\(years) = £\(String(format: "%.2f", uplifted.gbp))."
            figure.id += " uplifted to \(payYear)"
        }
        return .success(figure)
    }

    /// The first calendar year of a financial year label such as "2025/26"; nil if malformed.
    public static func startYear(_ label: String) -> Int? {
        let parts = label.split(separator: "/")
        // Digits only: Int() also reads a sign, which let "-001/00" and "+123/24" through as years.
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), parts[0].count == 4, parts[1].count == 2,
            let start = Int(parts[0]), let end = Int(parts[1]), (start + 1) % 100 == end
        else { return nil }
        return start
    }

    /// The financial year label `offset` years after `label`; nil when that year has no four-digit label
    /// (before 0000/01 or after 9999/00), which `startYear` would not read back.
    public static func label(after label: String, offset: Int) -> String? {
        guard let start = startYear(label) else { return nil }
        let (s, overflow) = start.addingReportingOverflow(offset)
        guard !overflow, (0...9999).contains(s) else { return nil }
        let e = (s + 1) % 100
        return String(repeating: "0", count: 4 - String(s).count) + "\(s)/\(e < 10 ? "0" : "")\(e)"
    }
}

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
        if let bandYear, bandYear != payYear, let from = FinancialYear(label: bandYear), let to = FinancialYear(label: payYear) {
            let years = FinancialYear.yearsBetween(from, to)
            let uplifted = PayGrowthRule.uplifted(Money(gbp: chosen.annualSalaryGBP), payGrowthRate: payGrowthRate.value, years: years)
            figure.value = uplifted.gbp
            figure.basis = .derived
            figure.derivation =
                "Band \(band) has no \(point) point for \(payYear) in the shipped pay scales; the config names \(bandYear) (pay.bandYears). £\(NumberFormat.plain(chosen.annualSalaryGBP)) × (1 + \(NumberFormat.plain(payGrowthRate.value)))^\(years) = £\(NumberFormat.fixed(uplifted.gbp, 2))."
            figure.id += " uplifted to \(payYear)"
        }
        return .success(figure)
    }

    /// The first calendar year of a financial year label such as "2025/26"; nil if malformed. `FinancialYear(label:)`.
    public static func startYear(_ label: String) -> Int? { FinancialYear(label: label)?.startYear }

    /// The financial year label `offset` years after `label`; nil when that year has no four-digit label
    /// (before 0000/01 or after 9999/00). `FinancialYear.offset(by:)`.
    public static func label(after label: String, offset: Int) -> String? {
        FinancialYear(label: label)?.offset(by: offset)?.label
    }
}

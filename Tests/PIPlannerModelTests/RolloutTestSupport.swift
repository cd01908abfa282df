import Foundation
import PIPlannerModel

/// Figures and schedule of the 2021 Spending Review table (002_da9a53b1ef711f3f.txt, Breakdown of spending),
/// copied from ReferenceData/parameters.json (checked against it in `RolloutModelTests`).
enum RolloutFixtures {
    static let table = "002_da9a53b1ef711f3f.txt, Breakdown of spending"
    static let labels = ["2022/23", "2023/24", "2024/25", "2025/26"]

    static let assumptions = RolloutAssumptions(
        labourPerTeamFirstYearGBP: Figure(
            id: "spendingReview2021LabourPerTeamGBP", value: 237_684.80, unit: "GBP a year per fully operating team, 2022/23 prices",
            source: table, basis: .derived),
        payGrowthRate: Figure(
            id: "payGrowthRate", value: 0.03, unit: "proportion a year", source: table + ", footnote 2", basis: .published),
        firstYearLabourFraction: Figure(
            id: "firstYearLabourFraction", value: 0.5, unit: "fraction of a year's labour", source: table + ", footnote 3",
            basis: .published),
        trainingFirstYearGBP: Figure(
            id: "trainingFirstYearGBP", value: 11_077.50, unit: "GBP per team in its first year",
            source: table + ", 'Cost of training' row", basis: .derived),
        trainingSecondYearGBP: Figure(
            id: "trainingSecondYearGBP", value: 4_987.50, unit: "GBP per team in its second year",
            source: table + ", 'Cost of training' row", basis: .derived),
        babiesSeenPerTeamPerYear: Figure(
            id: "babiesSeenPerTeamPerYear", value: 150, unit: "babies a year per fully operating team",
            source: "002_da9a53b1ef711f3f.txt, The Proposal, para 22", basis: .published),
        firstYearCapacityFraction: Figure(
            id: "firstYearCapacityFraction", value: 1.0 / 3.0, unit: "fraction of a full team's babies",
            source: table + ", 'Children seen per year' row", basis: .derived))

    /// 002's schedule: 40/80/135/202 fully operating, 40/55/67/0 coming into operation, development £0.5m/£1m/£1m/–.
    static let schedule002 = RolloutSchedule(
        years: [
            RolloutYear(label: "2022/23", teamsFullyOperating: 40, teamsComingIntoOperation: 40, developmentGBP: Money(gbp: 500_000)),
            RolloutYear(label: "2023/24", teamsFullyOperating: 80, teamsComingIntoOperation: 55, developmentGBP: Money(gbp: 1_000_000)),
            RolloutYear(label: "2024/25", teamsFullyOperating: 135, teamsComingIntoOperation: 67, developmentGBP: Money(gbp: 1_000_000)),
            RolloutYear(label: "2025/26", teamsFullyOperating: 202, teamsComingIntoOperation: 0, developmentGBP: nil),
        ], source: table, basis: .published)

    static func schedule(_ rows: [(String, Double, Double)]) -> RolloutSchedule {
        RolloutSchedule(years: rows.map { RolloutYear(label: $0.0, teamsFullyOperating: $0.1, teamsComingIntoOperation: $0.2) })
    }
}

/// Relative comparison of doubles: |a − b| ≤ tolerance × max(|a|, |b|, 1).
func rolloutIsClose(_ a: Double, _ b: Double, relativeTolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= relativeTolerance * max(abs(a), abs(b), 1)
}

/// Whether an amount is within `pounds` of a published (whole-pound) cell.
func rolloutWithin(_ amount: Money, pounds: Double, of published: Double) -> Bool {
    abs(amount.gbp - published) <= pounds
}

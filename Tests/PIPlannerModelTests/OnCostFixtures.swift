import PIPlannerModel

/// The staged employer on-cost figures (`ReferenceData/on-costs/employer_on_costs_uk.csv`) as the model sees
/// them once loaded, typed in by hand so the model's tests need no file.
enum OnCostFixtures {
    static func figure(_ item: EmployerOnCostFigure.Item, _ year: String, _ value: Double, note: String = "") -> EmployerOnCostFigure {
        EmployerOnCostFigure(
            item: item, taxYear: FinancialYear(label: year)!, value: value, unit: item.isRate ? "proportion" : "GBP a year per employee",
            publisher: "test",
            note: note)
    }

    static let years = ["2024/25", "2025/26", "2026/27"]

    /// NI 13.8% above £9,100 (2024/25), then 15% above £5,000; pension 23.7% of which 14.38% + 0.08% levy;
    /// Scotland's total 22.5% for 2024/25 only.
    static let stagedFigures: [EmployerOnCostFigure] =
        [
            figure(.niRate, "2024/25", 0.138), figure(.niRate, "2025/26", 0.15), figure(.niRate, "2026/27", 0.15),
            figure(.niSecondaryThreshold, "2024/25", 9_100), figure(.niSecondaryThreshold, "2025/26", 5_000),
            figure(.niSecondaryThreshold, "2026/27", 5_000, note: "Autumn Budget 2025: held at 5000 until April 2031"),
            figure(.pensionSchemeTotalRateScotland, "2024/25", 0.225),
        ]
        + ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"].map { figure(.pensionSchemeTotalRate, $0, 0.206) }
        + years.map { figure(.pensionSchemeTotalRate, $0, 0.237, note: "23.7% until the 2024 valuation sets a rate from 1 April 2027") }
        + (["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"] + years).flatMap {
            [figure(.pensionNHSEmployerRate, $0, 0.1438), figure(.pensionAdministrationLevyRate, $0, 0.0008)]
        }

    static let table = EmployerOnCostRulesTable(figures: stagedFigures)

    /// 2025/26 rates for an NHS employer in England: 15% NI above £5,000; 14.38% pension; 0.08% levy.
    static let nhsEngland2025 = EmployerOnCostRates(
        niRate: 0.15, niSecondaryThresholdGBP: 5_000, employerPensionRate: 0.1438, pensionLevyRate: 0.0008)
}

import Testing

@testable import PIPlannerModel

@Suite struct EmployerOnCostRulesTableTests {
    let table = OnCostFixtures.table

    @Test func yearsCovered() {
        // Pension rates go back to 2019/20 but NI only to 2024/25: the rules start when every figure is there.
        #expect(table.firstTaxYear?.label == "2024/25")
        #expect(table.lastShippedTaxYear?.label == "2026/27")
    }

    @Test func aShippedYear() {
        let lookup = table.rules(forTaxYear: "2025/26")
        guard case .shipped(let rules) = lookup else {
            Issue.record("expected shipped rules, got \(lookup)")
            return
        }
        #expect(!lookup.isCarriedForward)
        #expect(rules.niRate.value == 0.15)
        #expect(rules.niSecondaryThresholdGBP.value == 5_000)
        #expect(rules.pensionSchemeTotalRate.value == 0.237)
        #expect(rules.pensionNHSEmployerRate.value == 0.1438)
        #expect(rules.pensionAdministrationLevyRate.value == 0.0008)
        #expect(rules.carriedForward.isEmpty)
        // 2024/25: 13.8% above £9,100.
        #expect(table.rules(forTaxYear: "2024/25").rules?.niSecondaryThresholdGBP.value == 9_100)
    }

    @Test func yearsAfterTheLastAreCarriedForwardAndSaySo() {
        let lookup = table.rules(forTaxYear: "2028/29")
        guard case .carriedForward(let rules) = lookup else {
            Issue.record("expected carried-forward rules, got \(lookup)")
            return
        }
        #expect(lookup.isCarriedForward)
        #expect(rules.taxYear.label == "2028/29")
        #expect(rules.carriedForward.count == 5)
        #expect(rules.carriedForward.allSatisfy { $0.taxYear.label == "2026/27" })
        #expect(rules.niRate.value == 0.15 && rules.niSecondaryThresholdGBP.value == 5_000 && rules.pensionNHSEmployerRate.value == 0.1438)
        // The notes the caller's finding quotes: the threshold held to 2031, the pension rate awaiting the valuation.
        #expect(rules.niSecondaryThresholdGBP.note.contains("until April 2031"))
        #expect(rules.pensionSchemeTotalRate.note.contains("2024 valuation"))
    }

    @Test func onlyTheMissingFiguresAreCarried() {
        // Were 2027/28's NI published before the pension valuation, only the pension figures would be carried.
        let more = EmployerOnCostRulesTable(
            figures: OnCostFixtures.stagedFigures + [
                OnCostFixtures.figure(.niRate, "2027/28", 0.15), OnCostFixtures.figure(.niSecondaryThreshold, "2027/28", 5_000),
            ])
        let rules = more.rules(forTaxYear: "2027/28").rules
        #expect(rules?.carriedForward.map(\.item) == [.pensionSchemeTotalRate, .pensionNHSEmployerRate, .pensionAdministrationLevyRate])
        #expect(more.lastShippedTaxYear?.label == "2026/27")
    }

    @Test func yearsBeforeTheFirstAndBadLabelsAreNotCovered() {
        #expect(
            table.rules(forTaxYear: "2023/24") == .notCovered(requestedTaxYear: "2023/24", firstTaxYear: FinancialYear(label: "2024/25")))
        #expect(
            table.rules(forTaxYear: "2025-26") == .notCovered(requestedTaxYear: "2025-26", firstTaxYear: FinancialYear(label: "2024/25")))
        #expect(table.rules(forTaxYear: "2025/27").rules == nil)
        #expect(
            EmployerOnCostRulesTable(figures: []).rules(forTaxYear: "2025/26")
                == .notCovered(requestedTaxYear: "2025/26", firstTaxYear: nil))
    }

    @Test func informationalFiguresAreKeptButNotRequired() {
        // Scotland's 22.5% is staged for 2024/25 only; later years still quote it, never cost with it.
        #expect(table.rules(forTaxYear: "2025/26").rules?.figure(.pensionSchemeTotalRateScotland)?.value == 0.225)
        #expect(table.rules(forTaxYear: "2025/26").rules?.figure(.pensionSchemeTotalRateNorthernIreland) == nil)
    }
}

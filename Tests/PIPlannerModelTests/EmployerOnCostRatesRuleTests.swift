import Testing

@testable import PIPlannerModel

@Suite struct EmployerOnCostRatesRuleTests {
    let rules = OnCostFixtures.table.rules(forTaxYear: "2025/26").rules!

    @Test func nhsEnglandUsesTheShippedRates() throws {
        let resolved = try EmployerOnCostRatesRule.resolve(rules: rules, employerType: .nhsEngland).get()
        #expect(resolved.rates == OnCostFixtures.nhsEngland2025)
        #expect(resolved.figures.map(\.value) == [0.15, 5_000, 0.1438, 0.0008])
        #expect(resolved.figures.allSatisfy { $0.basis == .published })
    }

    @Test func otherEmployersNeedTheirPensionRate() {
        for type in EmployerType.allCases where type != .nhsEngland {
            guard case .failure(let needed) = EmployerOnCostRatesRule.resolve(rules: rules, employerType: type) else {
                Issue.record("\(type) resolved without a pension rate")
                continue
            }
            #expect(needed.employerType == type && needed.figure == .employerPensionRate)
            #expect(needed.expected.contains(type.rawValue))
            #expect(needed.expected.contains("proportion of pensionable pay"))
        }
        let la = EmployerType.localAuthority.neededFigure(rules: rules)
        #expect(la?.expected.contains("Local Government Pension Scheme") == true)
        // Scotland: the staged total is quoted, but who pays which part is not known, so it is still needed.
        let scotland = EmployerType.nhsScotland.neededFigure(rules: rules)
        #expect(scotland?.statedSchemeTotal?.value == 0.225)
        #expect(scotland?.expected.contains("0.225 for 2024/25") == true)
        #expect(EmployerType.nhsEngland.neededFigure(rules: rules) == nil)
    }

    @Test func suppliedFiguresAreUsed() throws {
        let supplied = EmployerOnCostRatesRule.Supplied(
            employerPensionRate: figure("onCosts.employerPensionRate", 0.2), otherRate: figure("onCosts.otherRate", 0.005))
        let la = try EmployerOnCostRatesRule.resolve(rules: rules, employerType: .localAuthority, supplied: supplied).get()
        #expect(la.rates == EmployerOnCostRates(niRate: 0.15, niSecondaryThresholdGBP: 5_000, employerPensionRate: 0.2, otherRate: 0.005))
        #expect(
            la.figures.map(\.id) == [
                "employer NI rate 2025/26", "employer NI secondary threshold 2025/26", "onCosts.employerPensionRate", "onCosts.otherRate",
            ])
        // An NHS employer's shipped rate can be replaced; its levy stays unless replaced too.
        let nhs = try EmployerOnCostRatesRule.resolve(
            rules: rules, employerType: .nhsEngland, supplied: .init(employerPensionRate: figure("p", 0.15))
        ).get()
        #expect(nhs.rates.employerPensionRate == 0.15 && nhs.rates.pensionLevyRate == 0.0008)
    }

    @Test func configNames() {
        #expect(
            EmployerType.allCases.map(\.rawValue) == [
                "nhs-england", "local-authority", "charity", "nhs-scotland", "hsc-northern-ireland", "other",
            ])
        #expect(OnCostMethod.names == ["flat", "employer"])
        #expect(OnCostMethod.flat(rate: 0.14).name == "flat" && OnCostMethod.employer(.charity).name == "employer")
    }
}

import Foundation
import PIPlannerModel

extension RolloutConfigReader {
    /// `labourPerTeam`'s fields, the reference parameter it names, and whether it builds the cost from a staffing model.
    func readLabourHeader(_ node: JSONNode?, root: JSONNode) -> (fields: [String: JSONNode]?, parameterID: String?, usesStaffing: Bool) {
        guard let node else {
            r.missing(
                "labourPerTeam",
                expected:
                    "the labour cost of one fully operating team: {\"gbp\": 237684.80, \"source\": \"…\"}, {\"parameter\": \"spendingReview2021LabourPerTeamGBP\"} or {\"staffingModel\": \"spending-review-2021\", \"pay\": {\"year\": \"2025/26\", \"point\": \"entry\"}}",
                at: root.location)
            return (nil, nil, false)
        }
        let fields = r.object(node, "labourPerTeam", allowed: RolloutConfigLoader.labourKeys)
        let parameterID = fields?["parameter"].flatMap { r.choice($0, "labourPerTeam.parameter", from: labourParameterIDs) }
        return (fields, parameterID, fields?["staffingModel"] != nil)
    }

    /// `labourPerTeam` in one of its three forms; nil (with issues) when it cannot be used. Needs readable years: a
    /// price or pay year is checked against the first rollout year.
    func readLabour(_ f: [String: JSONNode], node: JSONNode, parameterID: String?, firstYear: FinancialYear) -> RolloutLabourInput? {
        let forms = ["gbp", "parameter", "staffingModel"].filter { f[$0] != nil }
        guard forms.count == 1 else {
            r.report(
                node, "labourPerTeam",
                expected: forms.isEmpty
                    ? "one of \"gbp\" (with \"source\"), \"parameter\" or \"staffingModel\" (with \"pay\")"
                    : "only one of " + forms.map { "\"\($0)\"" }.joined(separator: ", "))
            return nil
        }
        let form = forms[0]
        if form != "gbp", let source = f["source"] {
            r.report(
                source, "labourPerTeam.source",
                expected: "\"source\" only with \"gbp\" (a parameter or staffing model carries its own source)")
        }
        if form == "staffingModel", let priceYear = f["priceYear"] {
            r.report(
                priceYear, "labourPerTeam.priceYear",
                expected: "\"priceYear\" only with \"gbp\" or \"parameter\" (a staffing model is priced by \"pay\".\"year\")")
        }
        for key in ["pay", "onCosts"] where form != "staffingModel" && f[key] != nil {
            r.report(
                f[key], "labourPerTeam.\(key)",
                expected: "\"\(key)\" only with \"staffingModel\""
                    + (key == "onCosts" ? " (a labour cost given directly already includes on-costs)" : ""))
        }
        if form == "staffingModel" { return readStaffingLabour(f, node: node, firstYear: firstYear) }

        var base: Figure
        if form == "gbp" {
            guard let amount = readLabourAmount(f, node: node) else { return nil }
            base = amount
        } else {
            guard let parameterID, let figure = figures[parameterID] else { return nil }
            base = figure
        }
        guard let priceNode = f["priceYear"] else {
            // A reference amount states its price year (parameters.json "priceYear").
            if form == "parameter", let parameterID, let stated = reference.parameters[parameterID]?.priceYear, stated != firstYear {
                findings.append(
                    Diagnostic(
                        .labourPriceYear,
                        message:
                            "\(base.id) is stated at \(stated) prices but is used as the \(firstYear) labour cost without uplift. Add \"priceYear\": \"\(stated)\" to labourPerTeam to uplift it by pay growth.",
                        fieldPath: "labourPerTeam", source: base.source))
            }
            if form == "gbp" { base.unit = "GBP a year per fully operating team, \(firstYear) prices" }
            return .figure(base, priceYear: nil)
        }
        guard let priceYear = readPriceYear(priceNode, firstYear: firstYear) else { return nil }
        return .figure(base, priceYear: priceYear)
    }

    /// `labourPerTeam.gbp` with its `source`.
    private func readLabourAmount(_ f: [String: JSONNode], node: JSONNode) -> Figure? {
        guard let given = r.amountGBP(f["gbp"]!, "labourPerTeam.gbp", unit: "GBP a year per fully operating team", allowZero: false),
            let v = r.plausible(given, f["gbp"]!, "labourPerTeam.gbp", reference.plausibility.check("labourPerTeam"), findings: &findings)
        else { return nil }
        guard let sourceNode = f["source"] else {
            r.missing(
                "labourPerTeam.source",
                expected:
                    "the source of the labour figure (document and section, e.g. \"002_da9a53b1ef711f3f.txt, Breakdown of spending\")",
                at: node.location)
            return nil
        }
        guard let source = r.string(sourceNode, "labourPerTeam.source") else { return nil }
        return Figure(
            id: "labourPerTeam", value: v, unit: "GBP a year per fully operating team", source: "config labourPerTeam.gbp: \(source)",
            basis: .config)
    }

    /// `labourPerTeam.priceYear`: a financial year not after the first rollout year.
    private func readPriceYear(_ node: JSONNode, firstYear: FinancialYear) -> RolloutLabourInput.PricedYear? {
        let path = "labourPerTeam.priceYear"
        guard let year = r.financialYear(node, path, example: "2022/23") else { return nil }
        guard RolloutLabourUpliftRule.years(from: year, to: firstYear) >= 0 else {
            r.report(node, path, expected: "a price year no later than the first rollout year \(firstYear)")
            return nil
        }
        return RolloutLabourInput.PricedYear(
            year: year, source: "config \(path)", point: nil, fieldPath: path, place: ConfigPlace(node))
    }

    /// `labourPerTeam.staffingModel` with `labourPerTeam.pay`, read as a plan config reads them; the pay year must not
    /// be after the first rollout year (pay growth is applied forward from it).
    private func readStaffingLabour(_ f: [String: JSONNode], node: JSONNode, firstYear: FinancialYear) -> RolloutLabourInput? {
        let loader = PlanConfigLoader(reference: reference)
        let pay = loader.readPay(f["pay"], path: "labourPerTeam.pay", r, defaults: loader.referenceChoices())
        var staffingFindings: [Diagnostic] = []
        guard
            let model = loader.readStaffingModel(
                f["staffingModel"], path: "labourPerTeam.staffingModel", pay: pay, growth: figures["payGrowthRate"]!,
                findings: &staffingFindings, r, at: node.location)
        else { return nil }
        findings += staffingFindings
        findings += loader.payFallbackFindings(staffing: model, pay: pay, fieldPath: "labourPerTeam.pay.bandYears")
        let payYearNode = PlanConfigLoader.member(f["pay"], "year") ?? node
        guard RolloutLabourUpliftRule.years(from: pay.payYear, to: firstYear) >= 0 else {
            r.report(
                payYearNode, "labourPerTeam.pay.year",
                expected: "a pay year no later than the first rollout year \(firstYear) (pay growth is applied forward from the pay year)")
            return nil
        }
        let settings = loader.readOnCosts(
            f["onCosts"], path: "labourPerTeam.onCosts", figures: &figures, texts: loader.referenceChoices(), r, at: node.location)
        onCostOverrides = settings.overrides
        let fields = OnCostYearFields(
            payYearPath: "labourPerTeam.pay.year", payYearNode: PlanConfigLoader.member(f["pay"], "year"), yearsPath: "years",
            yearsNode: yearList.entries.first?.node)
        guard let onCosts = loader.resolveOnCosts(settings, staffing: model, payYear: pay.payYear, years: years ?? [], fields: fields, r)
        else { return nil }
        return .staffingModel(
            model,
            pay: RolloutLabourInput.PricedYear(
                year: pay.payYear, source: pay.yearSource, point: pay.point, fieldPath: "labourPerTeam.pay.year",
                place: ConfigPlace(payYearNode)), onCosts: onCosts)
    }
}

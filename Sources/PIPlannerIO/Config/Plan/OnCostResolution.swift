import Foundation
import PIPlannerModel

/// The config fields `resolveOnCosts` reports against: where the pay year and the years costed were written.
struct OnCostYearFields {
    /// `pay.year` (plan configs) or `labourPerTeam.pay.year` (rollout configs), and its node when written.
    var payYearPath: String
    var payYearNode: JSONNode?
    /// `planYears` or `years`, and its node when written.
    var yearsPath: String
    var yearsNode: JSONNode?
}

extension PlanConfigLoader {
    /// The on-costs of a team of `staffing` under `settings`: flat, or the employer method's rates for the pay year and
    /// each of `years`. Nil with every problem reported: a year before the first with rules (named by the field that
    /// gives it), or an employer whose pension rate the config must supply (named by the field to supply it in).
    func resolveOnCosts(
        _ settings: OnCostSettings, staffing: StaffingModel, payYear: FinancialYear, years: [FinancialYear], fields: OnCostYearFields,
        _ r: FieldReader
    ) -> AreaOnCosts? {
        guard !settings.isFlat else { return .flat }
        let table = reference.employerOnCosts
        let result = EmployerOnCosts.resolve(
            table: table, employerType: settings.employerType, supplied: settings.supplied, roles: staffing.roles, payYear: payYear,
            planYears: years)
        let problems: [EmployerOnCosts.Problem]
        switch result {
        case .success(let employer): return .employer(employer)
        case .failure(let failure): problems = failure.problems
        }
        var reported = Set<String>()
        for problem in problems {
            switch problem {
            case .yearNotCovered(let year, let first, let isPayYear):
                let (path, node) = isPayYear ? (fields.payYearPath, fields.payYearNode) : (fields.yearsPath, fields.yearsNode)
                // Each area of a plan resolves the plan's settings: one message for the field is enough.
                guard reported.insert(path).inserted, !r.issues.contains(where: { $0.fieldPath == path }) else { continue }
                let firstLabel = first?.label ?? "the first shipped year"
                r.report(
                    node, path,
                    expected:
                        "\(isPayYear ? "a pay year" : "years") from \(firstLabel) under the employer on-cost method: employer NI and "
                        + "pension rules are shipped from \(firstLabel), and \(year) is earlier",
                    suggestion: "cost earlier years with \"\(settings.path)\": {\"method\": \"flat\"}",
                    location: node == nil ? settings.location : nil)
            case .figureNeeded(let index, let needed):
                let role = staffing.roles[index]
                let path = role.employerPensionRateFieldPath ?? join(settings.path, "employerPensionRate")
                guard reported.insert(path).inserted, !r.issues.contains(where: { $0.fieldPath == path }) else { continue }
                // A role's own employer was read with the staffing model, whose place is not kept: the path names it.
                let location = role.employerPensionRateFieldPath == nil ? settings.location : nil
                r.missing(path, expected: needed.expected + " (\(Self.whoNeedsIt(role, settings)))", at: location)
            }
        }
        return nil
    }

    /// Which roles need the figure: "role 'midwife'", or "employer type of onCosts.employerType".
    private static func whoNeedsIt(_ role: StaffRole, _ settings: OnCostSettings) -> String {
        role.employerPensionRateFieldPath == nil
            ? "the team's employer, \(join(settings.path, "employerType"))" : "the employer of role '\(role.id)'"
    }
}

import Foundation
import PIPlannerModel

extension PlanConfigLoader {
    /// Input sanity bound on the people in one role of a team (not a planning figure): a role of 50 WTE in posts
    /// of 0.5 WTE is 100 people.
    public static let maxRoleHeadcount = 100
}

extension StaffingModelReader {
    /// `role` with its own employer, pension rate and headcount, where the config gives them (each a node and its
    /// field path: a custom role's `employerType`, a `base` model's `employerTypes.<role>`, ...). A headcount is a
    /// whole number of people, each at most full time (`PostSplitRule.headcountProblem`).
    func withEmployer(
        _ role: StaffRole, type: (node: JSONNode?, path: String), rate: (node: JSONNode?, path: String),
        headcount: (node: JSONNode?, path: String)
    ) -> StaffRole? {
        var role = role
        if let node = type.node {
            guard let s = r.choice(node, type.path, from: EmployerType.allCases.map(\.rawValue)) else { return nil }
            role.employerType = EmployerType(rawValue: s)
            role.employerPensionRateFieldPath = rate.path
        }
        if let node = rate.node {
            guard let value = r.number(node, rate.path, in: .proportion, unit: "") else { return nil }
            role.employerPensionRate = Figure(
                id: rate.path, value: value, unit: "proportion of pensionable pay", source: "config \(rate.path)", basis: .config)
        }
        if let node = headcount.node {
            guard let people = readHeadcount(node, path: headcount.path, wte: role.wtePerTeam) else { return nil }
            role.headcount = people
        }
        return role
    }

    /// A headcount: a whole number from 1 to `maxRoleHeadcount`, with no one above full time.
    private func readHeadcount(_ node: JSONNode, path: String, wte: Double) -> Int? {
        let most = PlanConfigLoader.maxRoleHeadcount
        let expected = "a whole number of people from 1 to \(most), each at most full time (1.0 WTE)"
        guard let value = r.number(node, path, expected: expected) else { return nil }
        guard value == value.rounded(), value >= 1, value <= Double(most) else {
            r.report(node, path, expected: expected)
            return nil
        }
        let people = Int(value)
        if case .moreThanFullTime(let perPost) = PostSplitRule.headcountProblem(roleWTE: wte, headcount: people) {
            r.report(
                node, path,
                expected:
                    "at least \(Int((wte - PostSplitRule.wteTolerance).rounded(.up))) people for \(NumberFormat.trimmed(wte, 2)) WTE (\(people) would work \(NumberFormat.trimmed(perPost, 2)) WTE each, more than full time)"
            )
            return nil
        }
        return people
    }
}

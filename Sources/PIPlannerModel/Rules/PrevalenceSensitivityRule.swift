/// How the need method responds if the area's prevalence sits at either end of the published range.
///
/// `teams(P) = births × P × specialistShare / babiesSeenPerTeamPerYear` for `P` = the low and high ends of
/// the published 10–25% range of disorganised attachment in children generally; teams, and WTE = teams × team WTE.
/// It does not replace the plan's own prevalence; it shows a board how far the answer moves with it.
/// Citation: range from 001 ("around 10-25% of children") and 002; Methodology §2.2 and §3.
public enum PrevalenceSensitivityRule {
    /// Need-method teams at the low and high ends of the prevalence range.
    public struct Range: Sendable, Equatable {
        public var lowPrevalence: Double
        public var highPrevalence: Double
        public var lowTeams: Double
        public var highTeams: Double
    }

    public static func range(
        births: Double, specialistShare: Double, babiesSeenPerTeamPerYear: Double, lowPrevalence: Double, highPrevalence: Double
    ) -> Range {
        func teams(_ p: Double) -> Double {
            NeedTeamsRule.teams(
                specialistCaseload: SpecialistCaseloadRule.caseload(
                    infantsAtRisk: InfantsAtRiskRule.infantsAtRisk(births: births, prevalence: p), specialistShare: specialistShare),
                babiesSeenPerTeamPerYear: babiesSeenPerTeamPerYear)
        }
        return Range(
            lowPrevalence: lowPrevalence, highPrevalence: highPrevalence, lowTeams: teams(lowPrevalence), highTeams: teams(highPrevalence))
    }
}

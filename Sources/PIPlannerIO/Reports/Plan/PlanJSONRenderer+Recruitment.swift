import PIPlannerModel

extension PlanJSONRenderer {
    /// The recruitment keys of an area (Methodology §3.5, §3.7–§3.10): the costed workforce after rounding to posts,
    /// the phasing, posts to recruit, need not met, and any budget or target solved for.
    static func recruitment(_ p: AreaPlan) -> [(String, JSONOut)] {
        [
            ("hiringIncrementWTE", .optional(p.hiringIncrementWTE)),
            ("costedWTE", .number(p.costedWTE)),
            ("costedGapWTE", .number(p.costedGapWTE)),
            ("recruitedWTE", .number(p.recruitedWTE)),
            ("phasing", phasing(p)),
            ("posts", .array(p.posts.map(post))),
            ("shareOfCaseloadSeen", .optional(p.shareOfCaseloadSeenOverPlan)),
            ("needNotMetBabies", .number(p.totalNeedNotMet)),
            ("budget", p.budget.map { budget($0, p) } ?? .null),
            ("target", p.target.map { target($0, p) } ?? .null),
        ]
    }

    /// The keys a plan year gains: its cohort, capacity, share seen and need not met.
    static func recruitmentYear(_ y: AreaPlan.PlanYear) -> [(String, JSONOut)] {
        [
            ("newWTEStarting", .number(y.newWTEStarting)),
            ("newTeamsFullyOperating", .number(y.cohort.teamsFullyOperating)),
            ("newTeamsComingIntoOperation", .number(y.cohort.teamsComingIntoOperation)),
            ("capacityBabies", .number(y.capacityBabies)),
            ("shareOfCaseloadSeen", .optional(y.shareOfCaseloadSeen)),
            ("needNotMetBabies", .number(y.needNotMet)),
            ("spareCapacityTeams", .number(y.spareCapacityTeams)),
        ]
    }

    static func phasing(_ p: AreaPlan) -> JSONOut {
        let r = p.input.recruitment
        let form: String
        switch r.phasing {
        case .allInFirstYear: form = "allInFirstYear"
        case .spreadOverYears: form = "years"
        case .maxNewWTEPerYear: form = "maxNewWTEPerYear"
        case .maxNewTeamsPerYear: form = "maxNewTeamsPerYear"
        case .newWTEByYear: form = "newWTEByYear"
        }
        return .object([
            ("form", .string(form)), ("summary", .string(r.phasing.summary)), ("source", .string(r.phasingSource)),
            ("newWTEByYear", .array(p.years.map { .number($0.newWTEStarting) })),
        ])
    }

    static func post(_ role: PostsToRecruitRule.Role) -> JSONOut {
        .object([
            ("role", .string(role.roleID)), ("requiredWTE", .number(role.unroundedWTE)), ("roundedWTE", .number(role.requiredWTE)),
            ("inPostWTE", .number(role.inPostWTE)), ("toRecruitWTE", .number(role.toRecruitWTE)),
            ("toRecruitByYearWTE", .array(role.toRecruitByYearWTE.map { .number($0) })),
        ])
    }

    static func budget(_ b: BudgetRule.Outcome, _ p: AreaPlan) -> JSONOut {
        .object([
            ("budgetGBP", .array(b.budgetGBP.map { .money($0) })), ("source", .string(p.input.recruitment.goalSource)),
            ("affordableNewWTE", .number(b.affordableNewWTE)), ("recommendedNewWTE", .number(b.recommendedNewWTE)),
            ("shortOfRecommendedWTE", .number(b.shortOfRecommendedWTE)),
            ("buysNothing", .bool(b.buysNothing || b.existingOverBudgetYearIndex != nil)),
            ("smallestRecruitmentFirstYearGBP", .money(b.smallestRecruitmentFirstYearGBP)), ("stepWTE", .number(b.stepWTE)),
        ])
    }

    static func target(_ t: TargetRule.Outcome, _ p: AreaPlan) -> JSONOut {
        .object([
            ("shareOfCaseloadSeen", .number(t.shareOfCaseloadSeen)), ("byYear", .string(p.years[t.byYearIndex].label)),
            ("maxNewWTEPerYear", .optional(t.maxNewWTEPerYear)), ("reachable", .bool(t.reachable)),
            ("newWTEByYear", .array(t.newWTEByYear.map { .number($0) })),
            ("earliestYear", .optional(t.earliestYearIndex.map { p.years[$0].label })),
        ])
    }
}

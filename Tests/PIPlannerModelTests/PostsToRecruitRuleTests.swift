import PIPlannerModel
import Testing

/// `PostsToRecruitRule`: required WTE rounded up, in post in the team's mix, recruited by year (Methodology §3.8).
@Suite struct PostsToRecruitRuleTests {
    @Test func twoRolesByHand() {
        // A team of 1 lead + 0.5 admin (1.5 WTE), 2.1 teams: lead 2.1 → 2.1, admin 1.05 → 1.1 at 0.1.
        // Existing 1.5 WTE in the team's mix: lead 1.0, admin 0.5; to recruit 1.1 and 0.6.
        // Phased new WTE 1.0 then 0.7: lead ⌈2/3 × 1.0⌉ = 0.7 then 1.1 − 0.7 = 0.4; admin ⌈1/3 × 1.0⌉ = 0.4 then 0.2.
        let roles = PostsToRecruitRule.roles(
            ids: ["lead", "admin"], wtePerTeam: [1, 0.5], teams: 2.1, existingWTE: 1.5, newWTEByYear: [1.0, 0.7], incrementWTE: 0.1)
        #expect(isClose(roles[0].requiredWTE, 2.1) && isClose(roles[1].requiredWTE, 1.1))
        #expect(isClose(roles[0].inPostWTE, 1.0) && isClose(roles[1].inPostWTE, 0.5))
        #expect(isClose(roles[0].toRecruitWTE, 1.1) && isClose(roles[1].toRecruitWTE, 0.6))
        #expect(isClose(roles[0].toRecruitByYearWTE[0], 0.7) && isClose(roles[0].toRecruitByYearWTE[1], 0.4))
        #expect(isClose(roles[1].toRecruitByYearWTE[0], 0.4) && isClose(roles[1].toRecruitByYearWTE[1], 0.2))
    }
}

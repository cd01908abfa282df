import Testing

@testable import PIPlannerModel

@Suite struct PostSplitRuleTests {
    @Test func wholeWTEIsFullTimePosts() {
        #expect(PostSplitRule.postWTEs(roleWTE: 2.0) == [1, 1])
        #expect(PostSplitRule.postWTEs(roleWTE: 1.0) == [1])
        #expect(PostSplitRule.posts(roleWTE: 2.0) == [.init(count: 2, wte: 1)])
    }

    @Test func aFractionIsOnePartTimePost() {
        #expect(PostSplitRule.postWTEs(roleWTE: 0.33) == [0.33])
        #expect(PostSplitRule.postWTEs(roleWTE: 0.8) == [0.8])
    }

    @Test func wholeAndFractionMakeFullPostsThenAPartTimeOne() {
        #expect(PostSplitRule.postWTEs(roleWTE: 2.5) == [1, 1, 0.5])
        #expect(PostSplitRule.posts(roleWTE: 2.5) == [.init(count: 2, wte: 1), .init(count: 1, wte: 0.5)])
    }

    @Test func representationErrorMakesNoSliverOfAPost() {
        // 0.7 + 0.1 + 0.2 is 0.9999999999999999 in binary: one full post, not a part-time post of 0.99…
        #expect(PostSplitRule.postWTEs(roleWTE: 0.7 + 0.1 + 0.2) == [1])
        // 1 + 0.1 + 0.2 − 0.3 is 1.0000000000000002: one full post, not one and a post of 2e-16 WTE.
        #expect(PostSplitRule.postWTEs(roleWTE: 1 + 0.1 + 0.2 - 0.3) == [1])
    }

    @Test func noWTEIsNoPosts() {
        #expect(PostSplitRule.postWTEs(roleWTE: 0).isEmpty)
        #expect(PostSplitRule.postWTEs(roleWTE: -1).isEmpty)
        #expect(PostSplitRule.postWTEs(roleWTE: .nan).isEmpty)
        #expect(PostSplitRule.postWTEs(roleWTE: .infinity).isEmpty)
    }

    @Test func aHeadcountSpreadsTheWTEEqually() {
        // 2.0 WTE held by 3 people: three posts of 2/3 WTE; 0.8 WTE by 2: two of 0.4.
        #expect(PostSplitRule.posts(roleWTE: 2.0, headcount: 3) == [.init(count: 3, wte: 2.0 / 3)])
        #expect(PostSplitRule.postWTEs(roleWTE: 0.8, headcount: 2) == [0.4, 0.4])
        #expect(PostSplitRule.postWTEs(roleWTE: 1, headcount: 1) == [1])
    }

    @Test func aHeadcountThatCannotHoldTheWTEIsAProblem() {
        #expect(PostSplitRule.headcountProblem(roleWTE: 2.5, headcount: 2) == .moreThanFullTime(wtePerPost: 1.25))
        #expect(PostSplitRule.headcountProblem(roleWTE: 1, headcount: 0) == .notPositive(headcount: 0))
        #expect(PostSplitRule.headcountProblem(roleWTE: 2, headcount: 2) == nil)
        #expect(PostSplitRule.headcountProblem(roleWTE: 0.33, headcount: 1) == nil)
    }
}

/// What each basis of a risk share means, written once for the Markdown and HTML comparisons (Methodology §2.7).
enum ShareBasisLegend {
    /// One basis: the term shown in the basis rows and what it means.
    struct Entry {
        let term: String
        let meaning: String
    }

    static let entries: [Entry] = [
        Entry(
            term: "local",
            meaning:
                "the area's own published figure, or an exact sum of its authorities' counts (low income: children aged 0–15 in relative low income before housing costs, DWP/HMRC, FYE 2025, or IDACI 2019 under lowIncomeMeasure \"idaci-2019\"; a share of children aged 0–15 used as a share of births is an assumption)"
        ),
        Entry(
            term: "local-derived",
            meaning:
                "derived for the area by a stated model (maltreatment: England's share of births who are babies under one in need, 2022, × the authority's children-in-need rate ÷ England's at 31 March 2024, assuming the same age mix of children in need everywhere; IDACI rates derived for authorities created 2020–2023, and ICBs' births-weighted IDACI means)"
        ),
        Entry(
            term: "national",
            meaning:
                "England's babies under one in need ÷ England's live births, 2022 (riskGroups.maltreatment.nationalShare; England's figure outside England)"
        ),
        Entry(term: "config", meaning: "given by the config file without a basis"),
        Entry(term: "none", meaning: "not applied"),
    ]

    /// The closing sentence: where each share's measure, year and geography are shown.
    static let rowsNote = "Each share's measure, year and geography are in the rows after it."
}

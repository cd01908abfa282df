/// One risk group of an area as the draw loop reads it: its point share and prevalence, the figures that replace
/// them in a draw (-1 for none) and its place among the groups by id, so that ties are broken without strings.
struct DrawnRiskGroup: Sendable {
    var share: Double
    var prevalence: Double
    var shareFigure: Int
    var prevalenceFigure: Int
    /// Rank by (id, position): `RiskGroupShare`'s tie-break among equal prevalences.
    var order: Int

    /// `area`'s groups with `binding`'s risk-group slots (a later slot of the same group wins, as in `applied`).
    static func groups(_ area: AreaInput, _ binding: AreaDrawBinding) -> [DrawnRiskGroup] {
        let ids = area.riskGroups.map(\.id)
        let ranked = ids.indices.sorted { ids[$0] != ids[$1] ? ids[$0] < ids[$1] : $0 < $1 }
        var groups = area.riskGroups.map {
            DrawnRiskGroup(share: $0.share.value, prevalence: $0.prevalence.value, shareFigure: -1, prevalenceFigure: -1, order: 0)
        }
        for (rank, index) in ranked.enumerated() { groups[index].order = rank }
        for (figure, slot) in binding.slots {
            switch slot {
            case .riskPrevalence(let i): groups[i].prevalenceFigure = figure
            case .riskShare(let i): groups[i].shareFigure = figure
            default: break
            }
        }
        return groups
    }
}

/// An area's risk groups in one draw, for `AreaPrevalenceRule.combine`: the drawn value where a figure is bound,
/// else the point value.
struct DrawnRiskGroups: RiskGroupValues {
    let terms: UnsafeBufferPointer<DrawnRiskGroup>
    let values: UnsafeBufferPointer<Double>

    var count: Int { terms.count }
    @inline(__always) func share(_ index: Int) -> Double {
        let f = terms[index].shareFigure
        return f >= 0 ? values[f] : terms[index].share
    }
    @inline(__always) func prevalence(_ index: Int) -> Double {
        let f = terms[index].prevalenceFigure
        return f >= 0 ? values[f] : terms[index].prevalence
    }
    @inline(__always) func precedesAmongEqual(_ i: Int, _ j: Int) -> Bool { terms[i].order < terms[j].order }
}

/// An area's funders as the draw loop reads them: the share-of-cost funders' shares and the fixed amounts each plan
/// year (summed: contributions add in pence, so their order does not matter). The shares' split among their funders
/// does not change what they take together (`FundingRule.sharesTake`), so only their sum is kept.
struct DrawnFunding: Sendable {
    let shareSum: Double
    let fixedPence: [Int64]
    let isEmpty: Bool

    init(_ funding: [FundingInput], yearCount: Int) {
        var shares: [Double] = []
        var fixed = [Int64](repeating: 0, count: yearCount)
        for funder in funding {
            switch funder.contribution {
            case .share(let share): shares.append(share)
            case .amounts:
                for y in 0..<yearCount { fixed[y] += FundingRule.fixedAmount(funder.contribution, yearIndex: y).pence }
            }
        }
        (self.shareSum, self.fixedPence, isEmpty) = (shares.reduce(0, +), fixed, funding.isEmpty)
    }

    /// Plan year `year`'s cost `total` less every funder's contribution (`FundingRule.unfunded`).
    @inline(__always) func unfunded(year: Int, total: Money) -> Money {
        let paid = Money(pence: fixedPence[year]) + (shareSum > 0 ? FundingRule.sharesTake(total, shareSum: shareSum) : .zero)
        return total - paid
    }
}

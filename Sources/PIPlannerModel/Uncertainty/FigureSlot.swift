/// Where an uncertain figure's drawn value goes in one area's plan: one of the assumptions, or a risk group's
/// prevalence or share. `AreaDrawBinding` finds an area's slots by figure id.
public enum FigureSlot: Sendable, Equatable {
    case baselinePrevalence
    case specialistShare
    case referencePopulation
    case babiesSeenPerTeamPerYear
    case firstYearCapacityFraction
    case onCostRate
    case payGrowthRate
    case firstYearLabourFraction
    case trainingFirstYearGBP
    case trainingSecondYearGBP
    /// The prevalence of `riskGroups[index]`.
    case riskPrevalence(Int)
    /// The share of births of `riskGroups[index]`.
    case riskShare(Int)

    /// The assumption slot of a parameter id, nil for an id that is no planning assumption drawn here.
    public init?(assumptionID id: String) {
        switch id {
        case "baselinePrevalence": self = .baselinePrevalence
        case "specialistShare": self = .specialistShare
        case "referencePopulation": self = .referencePopulation
        case "babiesSeenPerTeamPerYear": self = .babiesSeenPerTeamPerYear
        case "firstYearCapacityFraction": self = .firstYearCapacityFraction
        case "onCostRate": self = .onCostRate
        case "payGrowthRate": self = .payGrowthRate
        case "firstYearLabourFraction": self = .firstYearLabourFraction
        case "trainingFirstYearGBP": self = .trainingFirstYearGBP
        case "trainingSecondYearGBP": self = .trainingSecondYearGBP
        default: return nil
        }
    }

    /// The figure this slot holds in `area` under `a`.
    public func figure(_ area: AreaInput, _ a: PlanAssumptions) -> Figure {
        switch self {
        case .baselinePrevalence: return a.baselinePrevalence
        case .specialistShare: return a.specialistShare
        case .referencePopulation: return a.referencePopulation
        case .babiesSeenPerTeamPerYear: return a.babiesSeenPerTeamPerYear
        case .firstYearCapacityFraction: return a.firstYearCapacityFraction
        case .onCostRate: return a.onCostRate
        case .payGrowthRate: return a.payGrowthRate
        case .firstYearLabourFraction: return a.firstYearLabourFraction
        case .trainingFirstYearGBP: return a.trainingFirstYearGBP
        case .trainingSecondYearGBP: return a.trainingSecondYearGBP
        case .riskPrevalence(let i): return area.riskGroups[i].prevalence
        case .riskShare(let i): return area.riskGroups[i].share
        }
    }

    /// Puts `value` in this slot.
    public func set(_ value: Double, _ area: inout AreaInput, _ a: inout PlanAssumptions) {
        switch self {
        case .baselinePrevalence: a.baselinePrevalence.value = value
        case .specialistShare: a.specialistShare.value = value
        case .referencePopulation: a.referencePopulation.value = value
        case .babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value = value
        case .firstYearCapacityFraction: a.firstYearCapacityFraction.value = value
        case .onCostRate: a.onCostRate.value = value
        case .payGrowthRate: a.payGrowthRate.value = value
        case .firstYearLabourFraction: a.firstYearLabourFraction.value = value
        case .trainingFirstYearGBP: a.trainingFirstYearGBP.value = value
        case .trainingSecondYearGBP: a.trainingSecondYearGBP.value = value
        case .riskPrevalence(let i): area.riskGroups[i].prevalence.value = value
        case .riskShare(let i): area.riskGroups[i].share.value = value
        }
    }

    /// Whether the value changes one team's labour (and so is drawn into `TeamLabourTable`).
    public var isLabour: Bool { self == .onCostRate || self == .payGrowthRate }

    /// Whether the value is a risk group's prevalence or share.
    public var isRiskGroup: Bool {
        switch self {
        case .riskPrevalence, .riskShare: return true
        default: return false
        }
    }
}

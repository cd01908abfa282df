/// Which uncertain figures an area's plan uses and where each goes (Methodology §7.2).
///
/// A figure binds to an assumption of the same id, to a risk group's prevalence (`riskGroups.<id>.prevalence`),
/// or, for `riskGroups.maltreatment.nationalShare`, to a maltreatment share applied as the national figure. A
/// figure the config (or its preset) replaced for the area is held at that value unless `drawnOverrides` names it
/// (the config gave it a distribution of its own); a `fixed` figure is never drawn.
public struct AreaDrawBinding: Sendable {
    /// Each bound figure's index in the run's figures and its slot.
    public var slots: [(figure: Int, slot: FigureSlot)]
    /// Ids of figures held at the area's own value because the config replaced them.
    public var heldIDs: [String]

    /// The id a national maltreatment share is drawn under.
    public static let nationalShareID = "riskGroups.maltreatment.nationalShare"

    public init(area: AreaInput, assumptions a: PlanAssumptions, figures: [UncertainFigure], drawnOverrides: Set<String> = []) {
        var slots: [(figure: Int, slot: FigureSlot)] = []
        var held: [String] = []
        for (index, figure) in figures.enumerated() where !figure.isFixed {
            for slot in Self.slots(for: figure.id, area) {
                let current = slot.figure(area, a)
                // A config's own share (never drawn: the distribution is of the national proxy) or a replaced figure.
                if case .riskShare = slot, current.basis == .config { continue }
                if current.override != nil, !drawnOverrides.contains(figure.id) {
                    held.append(figure.id)
                    continue
                }
                slots.append((index, slot))
            }
        }
        self.slots = slots
        self.heldIDs = held
    }

    /// The slots of figure `id` in `area`.
    static func slots(for id: String, _ area: AreaInput) -> [FigureSlot] {
        if let slot = FigureSlot(assumptionID: id) { return [slot] }
        var found: [FigureSlot] = []
        for (i, group) in area.riskGroups.enumerated() {
            if group.prevalence.id == id { found.append(.riskPrevalence(i)) }
            if id == nationalShareID, group.id == "maltreatment", group.scope == .national { found.append(.riskShare(i)) }
        }
        return found
    }

    /// `area` and `a` with this draw's `values` (in the run's figure order) in the bound slots.
    public func applied(_ values: UnsafeBufferPointer<Double>, area: AreaInput, assumptions a: PlanAssumptions) -> (
        AreaInput, PlanAssumptions
    ) {
        var (input, assumptions) = (area, a)
        for (figure, slot) in slots { slot.set(values[figure], &input, &assumptions) }
        return (input, assumptions)
    }

    /// Whether a labour figure is bound and drawn per area (a local pay growth or on-cost rate).
    func hasLocalLabour(_ figures: [UncertainFigure]) -> Bool {
        slots.contains { $0.slot.isLabour && figures[$0.figure].scope == .local }
    }
}

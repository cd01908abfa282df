extension EmployerOnCosts {
    /// The finding that plan years after the last shipped tax year are costed with the last figures carried forward,
    /// quoting what the figures' sources say of them (the NI threshold held to 2031; the pension rate from April 2027
    /// awaiting the scheme's valuation); nil when no year carries figures forward. `fieldPath` names the years.
    /// Citation: Methodology §4.2.
    public func carriedForwardFinding(fieldPath: String) -> Finding? {
        let years = carriedForwardYears
        guard let last = years.last?.rules else { return nil }
        let carried = last.carriedForward
        let from = Array(Set(carried.map(\.taxYear))).sorted().map(\.label).joined(separator: " and ")
        let values = carried.map { figure in
            "\(figure.item.label) \(figure.item.isRate ? NumberFormat.trimmed(figure.value, 4) : NumberFormat.gbp(Money(gbp: figure.value)))"
        }
        var message =
            "Employer on-cost rules are shipped to \(from); for \(years.map(\.taxYear.label).joined(separator: ", ")) they are carried "
            + "forward as an assumption: " + values.joined(separator: ", ") + "."
        let notes = [last.niSecondaryThresholdGBP, last.pensionSchemeTotalRate].filter { carried.contains($0) && !$0.note.isEmpty }
        if !notes.isEmpty { message += " Sources: " + notes.map { "\($0.item.label): \($0.note)" }.joined(separator: "; ") + "." }
        if carried.contains(where: { $0.item == .pensionNHSEmployerRate || $0.item == .pensionSchemeTotalRate }) {
            message += " The pension rate for these years is uncertain until the scheme's next valuation sets it."
        }
        let publishers = Array(Set(carried.flatMap { $0.publisher.components(separatedBy: "; ") })).sorted()
        return Finding(.onCostRulesCarriedForward, message: message, fieldPath: fieldPath, source: publishers.joined(separator: "; "))
    }
}

import PIPlannerModel

extension FieldReader {
    /// A number in `range`, or nil with the problem recorded. `unit` names a quantity or an amount in messages
    /// (e.g. "persons", "GBP a year per WTE"); a proportion names itself.
    public func number(_ node: JSONNode, _ path: String, in range: ValueRange, unit: String) -> Double? {
        switch range.kind {
        case .proportion: return proportionValue(node, path, allowZero: range.allowsZero)
        case .quantity: return quantity(node, path, unit: unit, allowZero: range.allowsZero)
        case .gbp:
            guard let d = quantity(node, path, unit: unit, allowZero: range.allowsZero) else { return nil }
            guard Money.canHold(d) else {
                report(
                    node, path,
                    expected: "\(unit) of at most \(NumberFormat.gbp(Money(gbp: Money.maxGBP))), the most piplanner holds to the penny")
                return nil
            }
            return d
        case .planYearCount:
            let most = PlanConfigLoader.maxPlanYears
            guard let d = number(node, path, expected: "a whole number of plan years from 1 to \(most)"), d == d.rounded(), d >= 1,
                d <= Double(most)
            else {
                if case .number(let d) = node.value, d.isFinite {
                    report(node, path, expected: "a whole number of plan years from 1 to \(most)")
                }
                return nil
            }
            return d
        }
    }

    /// A number greater than 0 (population, births, rates): `number(_:_:in: .positive, unit:)`.
    public func positive(_ node: JSONNode, _ path: String, unit: String) -> Double? {
        number(node, path, in: .positive, unit: unit)
    }

    /// A number zero or more (existing WTE, amounts): `number(_:_:in: .nonNegative, unit:)`.
    public func nonNegative(_ node: JSONNode, _ path: String, unit: String) -> Double? {
        number(node, path, in: .nonNegative, unit: unit)
    }

    /// An amount of money in pounds, 0 or more (greater than 0 unless `allowZero`): `number(_:_:in: .gbpOrZero, unit:)`.
    public func amountGBP(_ node: JSONNode, _ path: String, unit: String, allowZero: Bool = true) -> Double? {
        number(node, path, in: allowZero ? .gbpOrZero : .gbp, unit: unit)
    }

    /// A proportion from 0 to 1 (greater than 0 unless `allowZero`): `number(_:_:in: .proportion, unit:)`.
    public func proportion(_ node: JSONNode, _ path: String, allowZero: Bool = true) -> Double? {
        number(node, path, in: allowZero ? .proportion : .proportionAboveZero, unit: "")
    }

    private func quantity(_ node: JSONNode, _ path: String, unit: String, allowZero: Bool) -> Double? {
        let bound = allowZero ? ", 0 or more" : " greater than 0"
        guard let d = number(node, path, expected: "a finite number of \(unit)\(bound)") else { return nil }
        guard allowZero ? d >= 0 : d > 0 else {
            report(node, path, expected: "a number of \(unit)\(bound)")
            return nil
        }
        return d
    }

    /// Catches a percentage written as 15 where 0.15 is meant.
    private func proportionValue(_ node: JSONNode, _ path: String, allowZero: Bool) -> Double? {
        let expected = "a proportion between 0 and 1 (e.g. 0.15 for 15%)"
        guard let d = number(node, path, expected: expected) else { return nil }
        if d > 1 && d <= 100 {
            issues.append(
                Diagnostic(
                    file: file, location: node.location, fieldPath: path, found: node.summary, expected: expected,
                    hint: .percentage(meant: d / 100)))
            return nil
        }
        guard d >= 0, d <= 1, allowZero || d > 0 else {
            report(node, path, expected: allowZero ? expected : "a proportion greater than 0 and at most 1")
            return nil
        }
        return d
    }
}

import PIPlannerModel

/// The JSON of uncertainty (Methodology §7), shared by `plan`, `compare`, `batch` and `rollout`: a summary is
/// `{"p10", "p50", "p90", "mean"}`; money in pounds to the penny, as the CSV gives it.
enum UncertaintyJSON {
    /// `s` as `{"p10", "p50", "p90", "mean"}`; with `money`, each figure to the penny (`pounds(_:)`), otherwise as
    /// drawn; a figure that is not finite is null.
    static func summary(_ s: Summary, money: Bool) -> JSONOut {
        func figure(_ value: Double) -> JSONOut { money ? pounds(value) : .number(value) }
        return .object([("p10", figure(s.p10)), ("p50", figure(s.p50)), ("p90", figure(s.p90)), ("mean", figure(s.mean))])
    }

    /// An amount in pounds to the penny, rounded as `Money(gbp:)` rounds (half a penny away from zero) and printed
    /// with two decimals; null when not finite (a draw too costly for `Money`, or no babies seen); an amount finite
    /// but beyond what `Money` holds (whose doubles are coarser than a penny) as it is.
    static func pounds(_ gbp: Double) -> JSONOut {
        guard gbp.isFinite else { return .null }
        return Money.canHold(gbp) ? .money(Money(gbp: gbp)) : .number(gbp)
    }

    /// The run's settings: draws, seed, and the distributions drawn with their sources.
    static func settings(_ run: UncertaintyRun) -> JSONOut { settings(run.request, run.entries) }

    /// The settings of `request` with the distributions `entries`.
    static func settings(_ request: UncertaintyRequest, _ entries: [UncertaintyTable.Entry]) -> JSONOut {
        .object([
            ("draws", .number(Double(request.drawCount))),
            ("seed", .number(Double(request.seed))),
            ("percentiles", .string("Hyndman & Fan type 7 over the draws; P10-P90 is the 80% interval")),
            ("distributions", .array(entries.map(distribution))),
        ])
    }

    static func distribution(_ entry: UncertaintyTable.Entry) -> JSONOut {
        let spec = entry.spec
        var members: [(String, JSONOut)] = [("id", .string(spec.id)), ("family", .string(spec.family.rawValue))]
        for parameter in spec.parameters.given { members.append((parameter.rawValue, .number(spec.parameters[parameter]!))) }
        members += [
            ("scope", .string(spec.scope.rawValue)), ("basis", .string(spec.basis.rawValue)), ("source", .string(spec.citation.text)),
            ("reason", .optional(spec.reason)), ("file", .string(entry.file)),
        ]
        return .object(members)
    }

    /// An area's (or a set's) intervals, keyed as the point figures are, and its probabilities.
    static func area(_ u: AreaUncertainty, years: [String], hasFunding: Bool) -> JSONOut {
        var members: [(String, JSONOut)] = UncertaintyFigures.rows(years: years, point: { _ in 0 })
            .filter { !$0.key.hasPrefix("annualCostGBP[") }
            .map { ($0.key, summary(u.summaries[$0.output], money: $0.style == .gbp)) }
        members.append(("annualCostGBP", .array(years.indices.map { summary(u.yearCost($0), money: true) })))
        members.append(("babiesSeenByYear", .array(years.indices.map { summary(u.yearBabies($0), money: false) })))
        members.append(("probabilityWorkforceCoversNeed", .number(u.workforceCoversProbability)))
        if hasFunding {
            members.append(("probabilityFundingCoversCost", .array(years.indices.map { .number(u.fundingCoversProbability($0)) })))
        }
        if !u.heldIDs.isEmpty { members.append(("heldAtConfigValue", .array(Array(Set(u.heldIDs)).sorted().map { .string($0) }))) }
        return .object(members)
    }

    /// The tornado rows, ranked; costs to the penny, and the input's P10 and P90 too when it is money, as the CSV
    /// gives them.
    static func tornado(_ rows: [OneWaySensitivity.Row]) -> JSONOut {
        .array(
            rows.map {
                row -> JSONOut in
                let inputIsMoney = UncertaintyFigures.isMoney(row.id)
                func input(_ value: Double) -> JSONOut { inputIsMoney ? pounds(value) : .number(value) }
                return .object([
                    ("id", .string(row.id)), ("p10", input(row.low)), ("p90", input(row.high)),
                    ("needTeamsAtP10", .number(row.teamsAtLow)), ("needTeamsAtP90", .number(row.teamsAtHigh)),
                    ("totalCostGBPAtP10", pounds(row.costAtLowGBP)), ("totalCostGBPAtP90", pounds(row.costAtHighGBP)),
                    ("costSwingGBP", pounds(row.costSwingGBP)),
                ])
            })
    }
}

import PIPlannerModel

/// The JSON of uncertainty (Methodology §7), shared by `plan`, `compare`, `batch` and `rollout`: a summary is
/// `{"p10", "p50", "p90", "mean"}`; money in pounds.
enum UncertaintyJSON {
    static func summary(_ s: Summary) -> JSONOut {
        .object([("p10", .number(s.p10)), ("p50", .number(s.p50)), ("p90", .number(s.p90)), ("mean", .number(s.mean))])
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
            .map { ($0.key, summary(u.summaries[$0.output])) }
        members.append(("annualCostGBP", .array(years.indices.map { summary(u.yearCost($0)) })))
        members.append(("babiesSeenByYear", .array(years.indices.map { summary(u.yearBabies($0)) })))
        members.append(("probabilityWorkforceCoversNeed", .number(u.workforceCoversProbability)))
        if hasFunding {
            members.append(("probabilityFundingCoversCost", .array(years.indices.map { .number(u.fundingCoversProbability($0)) })))
        }
        if !u.heldIDs.isEmpty { members.append(("heldAtConfigValue", .array(Array(Set(u.heldIDs)).sorted().map { .string($0) }))) }
        return .object(members)
    }

    /// The tornado rows, ranked.
    static func tornado(_ rows: [OneWaySensitivity.Row]) -> JSONOut {
        .array(
            rows.map {
                .object([
                    ("id", .string($0.id)), ("p10", .number($0.low)), ("p90", .number($0.high)),
                    ("needTeamsAtP10", .number($0.teamsAtLow)), ("needTeamsAtP90", .number($0.teamsAtHigh)),
                    ("totalCostGBPAtP10", .number($0.costAtLowGBP)), ("totalCostGBPAtP90", .number($0.costAtHighGBP)),
                    ("costSwingGBP", .number($0.costSwingGBP)),
                ])
            })
    }
}

/// Derives a rollout schedule from a target, never starting more than `maxTeamsStartingPerYear` teams a year.
///
/// Strategy — *as many as the cap allows, earliest first*. With target `T` teams fully operating from year
/// index `Y`, cap `C` and `F_0 = alreadyFullyOperating` (teams, all counts in teams):
/// - for y < Y: `coming_y = min(C, max(0, T − F_y))`, `F_{y+1} = F_y + coming_y`;
/// - for y ≥ Y: `coming_y = 0`, `F_{y+1} = F_y` (the target, once met, is held).
/// So `F_Y = min(max(T, F_0), F_0 + Y × C)`: the target is reachable only if `F_0 + Y × C ≥ T`, otherwise
/// `targetUnreachable` is thrown. Front-loading reaches the target soonest and leaves later years' capacity
/// spare; it also brings forward cost. No development amounts are set (set `years[i].developmentGBP` after).
/// Citation: Methodology §4; the timing (coming into operation in y, fully operating from 1 April of y + 1) follows
/// 002_da9a53b1ef711f3f.txt, Breakdown of spending (40 + 40 = 80, 80 + 55 = 135, 135 + 67 = 202). The strategy is
/// a modelling choice (basis `.derived`).
extension RolloutSchedule {
    public static func derived(
        labels: [String],
        target: RolloutTarget,
        maxTeamsStartingPerYear cap: Double,
        alreadyFullyOperating: Double = 0
    ) throws(RolloutValidationFailure) -> RolloutSchedule {
        var errors: [RolloutValidationError] = []
        let y = target.fullyOperatingFromYearIndex
        let targetLabel: String? = labels.indices.contains(y) ? labels[y] : nil
        if labels.isEmpty { errors.append(.noYears(yearLabel: nil, field: "labels")) }
        errors += RolloutValidator.duplicateLabelErrors(labels)
        errors += RolloutValidator.countErrors(target.teams, yearLabel: targetLabel, field: "target.teams")
        errors += RolloutValidator.countErrors(cap, yearLabel: nil, field: "maxTeamsStartingPerYear")
        errors += RolloutValidator.countErrors(alreadyFullyOperating, yearLabel: labels.first, field: "alreadyFullyOperating")
        if !labels.isEmpty && targetLabel == nil {
            errors.append(
                .targetYearOutOfRange(yearLabel: nil, field: "target.fullyOperatingFromYearIndex", yearIndex: y, yearCount: labels.count))
        }
        guard errors.isEmpty, let targetLabel else { throw RolloutValidationFailure(errors: errors) }

        let reachable = alreadyFullyOperating + Double(y) * cap
        if RolloutValidator.exceeds(target.teams, reachable) {
            throw RolloutValidationFailure(errors: [
                .targetUnreachable(yearLabel: targetLabel, field: "target.teams", target: target.teams, reachable: reachable)
            ])
        }

        var years: [RolloutYear] = []
        var fullyOperating = alreadyFullyOperating
        for (index, label) in labels.enumerated() {
            var coming = 0.0
            if index < y {
                let remaining = target.teams - fullyOperating
                coming = RolloutValidator.exceeds(remaining, 0) ? min(cap, remaining) : 0
            }
            years.append(RolloutYear(label: label, teamsFullyOperating: fullyOperating, teamsComingIntoOperation: coming))
            fullyOperating += coming
        }
        let source =
            "derived: \(NumberFormat.fixed(target.teams, 2)) teams fully operating from \(targetLabel), at most \(NumberFormat.fixed(cap, 2)) starting a year, \(NumberFormat.fixed(alreadyFullyOperating, 2)) already fully operating in \(labels[0]); as many as the cap allows, earliest first"
        return RolloutSchedule(years: years, source: source, basis: .derived)
    }
}

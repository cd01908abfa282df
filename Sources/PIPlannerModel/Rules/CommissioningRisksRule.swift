/// The commissioning risks 001 names, as findings.
///
/// - no lead accountable commissioner (001, Recommendation 5);
/// - reliance on a single funder (004, 001: teams are ideally jointly funded);
/// - CAMHS not accepting referrals under age 2 (42% of CCG areas, 001), or not known;
/// - an unfunded gap or over-funding in any plan year (Methodology §5).
public enum CommissioningRisksRule {
    public static func findings(area: AreaInput, unfundedGBP: [Money], planYears: [String], camhsNoUnder2Share: Figure) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let path = area.fieldPath
        if (area.leadCommissioner ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            findings.append(
                Diagnostic(
                    .noLeadCommissioner,
                    message:
                        "No lead accountable commissioner is named. Rare Jewels found teams without one struggle to secure and keep funding; name one (field leadCommissioner).",
                    fieldPath: "\(path).leadCommissioner", source: "001_fe3a1e9a27dae258.txt, Recommendation 5"))
        }
        let funderIDs = Set(area.funding.map(\.funderID))
        if area.funding.isEmpty {
            findings.append(
                Diagnostic(.noFunding, message: "No funding is given; the whole cost is unfunded.", fieldPath: "\(path).funding"))
        } else if funderIDs.count == 1 {
            findings.append(
                Diagnostic(
                    .singleFunder,
                    message:
                        "The team relies on a single funder (\(area.funding[0].name)). Joint funding spreads risk and ties the team to each funder's outcomes; losing this one funder ends the service.",
                    fieldPath: "\(path).funding",
                    source: "004_79b4b68fe49cbc7d.txt, Funding and commissioning; 001_fe3a1e9a27dae258.txt, core-funding survey"))
        }
        switch area.camhsAcceptsUnder2 {
        case .some(false):
            findings.append(
                Diagnostic(
                    .camhsNoUnder2,
                    message:
                        "CAMHS in this area does not accept referrals for children under 2, so the parent-infant team has no specialist mental-health service to step up to or share care with.",
                    fieldPath: "\(path).camhsAcceptsUnder2", source: camhsNoUnder2Share.source))
        case .none:
            findings.append(
                Diagnostic(
                    .camhsUnder2Unknown, .note,
                    message:
                        "The config does not say whether CAMHS accepts referrals under age 2 (in \(Int((camhsNoUnder2Share.value * 100).rounded()))% of CCG areas it did not). Set camhsAcceptsUnder2.",
                    fieldPath: "\(path).camhsAcceptsUnder2", source: camhsNoUnder2Share.source))
        case .some(true):
            break
        }
        if !area.funding.isEmpty { findings += balanceFindings(unfundedGBP: unfundedGBP, planYears: planYears, path: path) }
        return findings
    }

    /// An unfunded gap, or contributions above the cost, in any plan year of a funded area.
    private static func balanceFindings(unfundedGBP: [Money], planYears: [String], path: String) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let gaps = zip(planYears, unfundedGBP).filter { $0.1 > .zero }
        if !gaps.isEmpty {
            findings.append(
                Diagnostic(
                    .unfundedGap, message: "Unfunded in " + gaps.map { "\($0.0): \(amount($0.1))" }.joined(separator: "; ") + ".",
                    fieldPath: "\(path).funding"))
        }
        let over = zip(planYears, unfundedGBP).filter { $0.1 < .zero }
        if !over.isEmpty {
            findings.append(
                Diagnostic(
                    .overFunded,
                    message: "Contributions exceed the cost in "
                        + over.map { "\($0.0) by \(amount(-$0.1))" }.joined(separator: "; ")
                        + ".", fieldPath: "\(path).funding"))
        }
        return findings
    }

    /// A gap in whole pounds, or in pence below £1, so that a gap of a few pence never reads "£0".
    static func amount(_ gap: Money) -> String { abs(gap.pence) < 100 ? NumberFormat.gbpPence(gap) : NumberFormat.gbp(gap) }
}

/// Required and missing workforce.
///
/// `requiredWTE = teams × teamWTE`; `gapWTE = max(0, requiredWTE − existingWTE)`;
/// `newTeams = gapWTE / teamWTE` (team-equivalents to recruit). Units: WTE, teams.
/// Citation: Methodology §3 (the gap is the required WTE less the existing WTE, never below zero).
public enum WorkforceRule {
    public static func requiredWTE(teams: Double, teamWTE: Double) -> Double {
        teams * teamWTE
    }

    public static func gapWTE(requiredWTE: Double, existingWTE: Double) -> Double {
        max(0, requiredWTE - existingWTE)
    }

    /// Team-equivalents represented by a number of WTE.
    public static func teamEquivalents(wte: Double, teamWTE: Double) -> Double {
        wte / teamWTE
    }
}

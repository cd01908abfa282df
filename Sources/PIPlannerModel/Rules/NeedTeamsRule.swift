/// Teams by the need method: specialist caseload over what one team sees a year.
///
/// `needTeams = specialistCaseload / babiesSeenPerTeamPerYear`; babies a year / babies a team a year → teams.
/// England: 600,000 births × 10% × 1.0 = 60,000 babies; 60,000 / 150 = 400 teams.
/// Citation: 003_46a2959b4147c371.txt ("We need 400 not 40!"); 150 a team from 002 para 22; Methodology §3.
public enum NeedTeamsRule {
    public static func teams(specialistCaseload: Double, babiesSeenPerTeamPerYear: Double) -> Double {
        specialistCaseload / babiesSeenPerTeamPerYear
    }
}

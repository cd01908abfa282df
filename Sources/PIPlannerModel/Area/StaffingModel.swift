/// A team template with salaries resolved.
public struct StaffingModel: Sendable, Equatable {
    public var id: String
    public var name: String
    public var source: String
    public var roles: [StaffRole]
    public init(id: String, name: String, source: String, roles: [StaffRole]) {
        self.id = id
        self.name = name
        self.source = source
        self.roles = roles
    }
    /// WTE of one team: the sum of its roles' WTE.
    public var teamWTE: Double { roles.reduce(0) { $0 + $1.wtePerTeam } }
}

import Foundation
import PIPlannerModel

/// An area's population and births from the data, with their provenance and any boundary note.
struct AreaPeople {
    var population: Figure
    var births: Figure
    /// `county`, `unitary`, ...; `icb`; or the health board type.
    var tier: String
    /// The local-authority row, for authorities.
    var record: AreaRecord?
    var findings: [Finding] = []
}

extension DataAreaBuilder {
    /// Population and births of an authority (published, summed or apportioned births), an ICB or a health board.
    func people(_ area: PlanningArea, path: String) -> Result<AreaPeople, DataAreaFailure> {
        switch area.kind {
        case .localAuthority:
            guard let la = catalog.localAuthority(code: area.code) else {
                return .failure(DataAreaFailure(code: area.code, name: area.name, reason: "not in \(AreaFileSchema.localAuthoritiesFile)"))
            }
            return .success(people(of: la, path: path))
        case .icb:
            guard let icb = catalog.icb(code: area.code) else {
                return .failure(DataAreaFailure(code: area.code, name: area.name, reason: "not in \(AreaFileSchema.icbsFile)"))
            }
            return .success(people(of: icb, path: path))
        case .healthBoard:
            guard let board = catalog.healthBoard(code: area.code) else {
                return .failure(DataAreaFailure(code: area.code, name: area.name, reason: "not in \(AreaFileSchema.healthBoardsFile)"))
            }
            let row = "\(AreaFileSchema.healthBoardsFile) line \(board.line)"
            return .success(
                AreaPeople(
                    population: Figure(
                        id: "population", value: Double(board.populationMid2022), unit: "persons",
                        source: "\(Self.populationSource), summed over the board's authorities, \(row)", basis: .derived,
                        derivation: board.note),
                    births: Figure(
                        id: "births", value: Double(board.birthsCount), unit: "live births a year",
                        source: "\(Self.birthsSource), summed over the board's authorities, \(row)", basis: .derived,
                        derivation: board.note),
                    tier: board.boardType))
        }
    }

    private func people(of la: AreaRecord, path: String) -> AreaPeople {
        let row = "\(AreaFileSchema.localAuthoritiesFile) line \(la.line)"
        let population = Figure(
            id: "population", value: Double(la.populationMid2022), unit: "persons", source: "\(Self.populationSource), \(row)",
            basis: .published)
        let births: Figure
        switch la.birthsBasis {
        case .published:
            births = Figure(
                id: "births", value: Double(la.birthsCount), unit: "live births a year", source: "\(Self.birthsSource), \(row)",
                basis: .published)
        case .summed, .apportioned:
            births = Figure(
                id: "births", value: Double(la.birthsCount), unit: "live births a year",
                source: "\(Self.birthsSource), \(la.birthsBasis.rawValue) for April 2023 boundaries, \(row)", basis: .derived,
                derivation: la.birthsNote)
        }
        var people = AreaPeople(population: population, births: births, tier: la.tier.rawValue, record: la)
        if la.birthsBasis == .apportioned {
            people.findings.append(
                Finding(
                    .boundaryApproximation, .note,
                    message:
                        "\(la.name)'s births are apportioned, not published: \(la.birthsNote). See ReferenceData/areas/README.md, Boundary changes.",
                    fieldPath: "\(path).births", source: Self.birthsSource))
        }
        return people
    }

    private func people(of icb: ICBRecord, path: String) -> AreaPeople {
        let row = "\(AreaFileSchema.icbsFile) line \(icb.line)"
        var people = AreaPeople(
            population: Figure(
                id: "population", value: Double(icb.populationMid2022), unit: "persons",
                source: "\(Self.populationSource), summed over the ICB's lower-tier authorities, \(row)", basis: .derived,
                derivation: icb.note),
            births: Figure(
                id: "births", value: Double(icb.birthsCount), unit: "live births a year",
                source: "\(Self.birthsSource), summed over the ICB's lower-tier authorities, \(row)", basis: .derived,
                derivation: icb.note),
            tier: "icb")
        if icb.basis == .approximate {
            people.findings.append(
                Finding(
                    .boundaryApproximation, .note,
                    message:
                        "\(icb.name) includes part of an authority split between ICBs (\(icb.apportionedLAParts.joined(separator: "; "))); its population, births and children counts for that part are apportioned by LSOA count, not population. See ReferenceData/areas/README.md, ICBs.",
                    fieldPath: "\(path).population", source: "ONS LSOA (2011) to ICB (July 2022) lookup"))
        }
        return people
    }
}

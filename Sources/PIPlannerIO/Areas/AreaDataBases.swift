import Foundation
import PIPlannerModel

/// How an authority's 2022 births were obtained (`births_basis`).
public enum BirthsBasis: String, Sendable, CaseIterable, Codable {
    /// Copied from the ONS births table under the same code.
    case published
    /// Sum of the published births of the districts the authority replaced in April 2023.
    case summed
    /// Share of a combined published figure (Cornwall and Isles of Scilly).
    case apportioned
}

/// How an authority's IDACI 2019 rate was obtained (`idaci2019_basis`).
public enum IDACIBasis: String, Sendable, CaseIterable, Codable {
    /// Copied from IoD2019 File 11 under the same code.
    case published
    /// Computed or carried over from 2019 areas as stated in `idaci2019_note`.
    case derived
    /// No rate shipped (lower-tier district, or outside England).
    case none
}

/// Whether a roll-up is an exact sum of whole authorities (`basis` of icbs.csv / health-boards.csv).
public enum RollUpBasis: String, Sendable, CaseIterable, Codable {
    case exactSum = "exact-sum"
    /// Includes authorities split between bodies, apportioned as stated.
    case approximate
}

/// How an area's children-in-low-income-families figures (DWP/HMRC, FYE 2025) were obtained (`cilif_fye2025_basis`).
public enum CILIFBasis: String, Sendable, CaseIterable, Codable {
    /// Copied from the DWP/HMRC table under the same code (every council).
    case published
    /// Counts and denominators summed over whole authorities (English counties, exact ICBs, health boards).
    case summed
    /// Summed, with an authority split between ICBs apportioned by its LSOA11 count (approximate).
    case apportioned
    /// No figure shipped.
    case none
}

/// How an authority's children-in-need rate at 31 March 2024 (DfE) was obtained (`cin_2024_basis`).
public enum ChildrenInNeedBasis: String, Sendable, CaseIterable, Codable {
    /// Copied from DfE's local-authority row under the same code.
    case published
    /// DfE's row gives no rate (a suppression or quality marker such as `u`); the note says which.
    case unavailable
    /// Not an English upper-tier authority: DfE publishes no rate for it.
    case none
}

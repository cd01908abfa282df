import Foundation

/// A hex map in Open Innovations' HexJSON format: one hexagon per area, keyed by the area's code, placed at
/// column `q` and row `r` of an offset grid. Rows count upwards (north is the highest `r`), as Open
/// Innovations draw them.
public struct HexMap: Sendable {
    /// The shipped map of every UK local authority district (April 2023 codes), under `ReferenceData/`.
    public static let ukLocalAuthorityDistricts2023File = "hexmaps/openinnovations_hexmap_uk_lad23.hexjson"
    /// The shipped map of the 42 ICBs in England, keyed by ICB ODS code.
    public static let nhsICB2022File = "hexmaps/openinnovations_hexmap_nhs_icb22.hexjson"

    /// Pointy-topped rows, every odd (`odd-r`) or even (`even-r`) row pushed half a hex to the right.
    public enum Layout: String, Sendable {
        case oddR = "odd-r"
        case evenR = "even-r"
    }

    public struct Hex: Sendable, Equatable {
        public var code: String
        /// The map's own name for the area (`n`).
        public var name: String
        public var q: Int
        public var r: Int
    }

    /// A hex's centre in SVG units.
    public struct Placed: Sendable, Equatable {
        public var hex: Hex
        public var x: Double
        public var y: Double
    }

    public var layout: Layout
    /// Sorted by code, so that drawing order (and the output) never depends on the file's key order.
    public var hexes: [Hex]

    public init(layout: Layout, hexes: [Hex]) {
        self.layout = layout
        self.hexes = hexes.sorted { $0.code < $1.code }
    }

    /// Reads HexJSON text. `file` names the file in messages.
    public static func parse(_ text: String, file: String) throws(PlannerError) -> HexMap {
        let root: JSONNode
        do {
            root = try JSONParser.parse(text)
        } catch {
            throw .syntax(file: file, error)
        }
        guard case .object(let members) = root.value else { throw .referenceData(file: file, message: "expected a HexJSON object") }
        guard case .string(let layoutName)? = members.first(where: { $0.key == "layout" })?.value.value else {
            throw .referenceData(file: file, message: "missing \"layout\"")
        }
        guard let layout = Layout(rawValue: layoutName) else {
            throw .referenceData(file: file, message: "layout \"\(layoutName)\" is not supported; expected \"odd-r\" or \"even-r\"")
        }
        guard case .object(let hexMembers)? = members.first(where: { $0.key == "hexes" })?.value.value else {
            throw .referenceData(file: file, message: "missing \"hexes\" object")
        }
        var hexes: [Hex] = []
        for member in hexMembers {
            guard case .object(let fields) = member.value.value else {
                throw .referenceData(file: file, message: "hex \"\(member.key)\" is not an object")
            }
            func number(_ key: String) -> Int? {
                guard case .number(let d)? = fields.first(where: { $0.key == key })?.value.value, d == d.rounded(), abs(d) < 1e6 else {
                    return nil
                }
                return Int(d)
            }
            guard let q = number("q"), let r = number("r") else {
                throw .referenceData(file: file, message: "hex \"\(member.key)\" needs whole-number \"q\" and \"r\"")
            }
            var name = member.key
            if case .string(let n)? = fields.first(where: { $0.key == "n" })?.value.value { name = n }
            hexes.append(Hex(code: member.key, name: name, q: q, r: r))
        }
        return HexMap(layout: layout, hexes: hexes)
    }

    /// The map shipped as `file` in the reference data (e.g. ``ukLocalAuthorityDistricts2023File``).
    public static func load(_ file: String, from reference: ReferenceData) throws(PlannerError) -> HexMap {
        guard let text = reference.files[file] else { throw .referenceData(file: file, message: "missing from \(reference.origin)") }
        return try parse(text, file: file)
    }

    /// Whether row `r` is pushed half a hex right. `r & 1` is 1 for odd rows, negative ones included.
    func isShifted(row r: Int) -> Bool { layout == .oddR ? r & 1 == 1 : r & 1 == 0 }

    /// Width of a pointy-topped hex of circumradius `radius`.
    static func hexWidth(radius: Double) -> Double { radius * 3.0.squareRoot() }

    /// Every hex's centre for hexes of circumradius `radius`, with the map's top-left corner at (0, 0).
    public func placed(radius: Double) -> [Placed] {
        guard let qMin = hexes.map(\.q).min(), let rMax = hexes.map(\.r).max() else { return [] }
        let width = Self.hexWidth(radius: radius)
        return hexes.map { hex in
            let x = (Double(hex.q - qMin) + (isShifted(row: hex.r) ? 1 : 0.5)) * width
            let y = Double(rMax - hex.r) * radius * 1.5 + radius
            return Placed(hex: hex, x: x, y: y)
        }
    }

    /// Width and height of the whole map at `radius`.
    public func size(radius: Double) -> (width: Double, height: Double) {
        guard let qMin = hexes.map(\.q).min(), let qMax = hexes.map(\.q).max(), let rMin = hexes.map(\.r).min(),
            let rMax = hexes.map(\.r).max()
        else { return (0, 0) }
        let columns = Double(qMax - qMin) + (hexes.contains { isShifted(row: $0.r) } ? 1.5 : 1)
        return (columns * Self.hexWidth(radius: radius), Double(rMax - rMin) * radius * 1.5 + 2 * radius)
    }

    /// The largest hex radius at which the map fits `width` × `height`.
    public func radius(fittingWidth width: Double, height: Double) -> Double {
        let unit = size(radius: 1)
        guard unit.width > 0, unit.height > 0 else { return 1 }
        return min(width / unit.width, height / unit.height)
    }

    /// The six corners of a pointy-topped hex centred on (`x`, `y`), starting at the top and going clockwise.
    public static func corners(x: Double, y: Double, radius: Double) -> [(x: Double, y: Double)] {
        (0..<6).map { i in
            let angle = Double.pi / 3 * Double(i) - Double.pi / 2
            return (x + radius * cos(angle), y + radius * sin(angle))
        }
    }
}

import PIPlannerIO
import PIPlannerModel

/// `--draws N` and `--seed S`, declared once for `plan`, `compare`, `batch` and `rollout` (Methodology §7).
enum UncertaintyOptions {
    static let specs: [OptionSpec] = [
        .value(
            "draws", "N",
            help: """
                Monte Carlo draws of the uncertain figures, 1 to maxDraws: P10/P50/P90 and mean beside the point plan, \
                probabilities, and (plan) a one-way tornado. Intervals are computed only with --draws or a config's \
                "uncertainty" block (which alone gives defaultDraws). maxDraws and defaultDraws are in \
                ReferenceData/uncertainty.json\(shippedDraws)
                """),
        .value(
            "seed", "S",
            help: """
                Seed of the draws, a whole number from 0 to \(UInt32.max) (default: defaultSeed in \
                ReferenceData/uncertainty.json\(shippedSeed)); the same seed and inputs give the same intervals on any number \
                of threads
                """),
    ]

    /// The shipped draw settings as help quotes them, from the embedded `uncertainty.json`: help is printed before any
    /// `--reference-data` is read, so it names the keys and gives the shipped values beside them ("" if unreadable).
    static let shippedDraws =
        shipped.map { " (shipped: \(NumberFormat.number(Double($0.maxDraws))) and \(NumberFormat.number(Double($0.defaultDraws))))" }
        ?? ""
    static let shippedSeed = shipped.map { ", shipped: \($0.defaultSeed)" } ?? ""
    private static let shipped = try? ReferenceData.embedded().uncertainty

    /// The draws and seed given, checked: a usage error (exit 2) naming the allowed range otherwise.
    static func parse(_ args: ParsedArguments, reference: ReferenceData) throws(PlannerError) -> (draws: Int?, seed: UInt64?) {
        let maxDraws = reference.uncertainty.maxDraws
        var draws: Int? = nil
        if let text = args.options["draws"] {
            guard let n = Int(text), n >= 1, n <= maxDraws else {
                throw .usage("--draws must be a whole number from 1 to \(NumberFormat.number(Double(maxDraws))); got '\(text)'")
            }
            draws = n
        }
        var seed: UInt64? = nil
        if let text = args.options["seed"] {
            guard let s = UInt64(text), s <= UInt64(UInt32.max) else {
                throw .usage("--seed must be a whole number from 0 to \(UInt32.max); got '\(text)'")
            }
            seed = s
        }
        return (draws, seed)
    }

    /// The request for these arguments and a config's settings; nil when no draws are asked for.
    /// `--seed` alone, with no `--draws` and no config block to ask for draws, would be silently ignored: a usage
    /// error instead.
    static func request(_ given: (draws: Int?, seed: UInt64?), settings: UncertaintySettings) throws(PlannerError)
        -> UncertaintyRequest?
    {
        if given.seed != nil && given.draws == nil && !settings.isGiven {
            throw .usage("--seed chooses the seed of the draws; give --draws N too (or an uncertainty block in the config)")
        }
        return UncertaintyRequest.resolve(draws: given.draws, seed: given.seed, settings: settings)
    }
}

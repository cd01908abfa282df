/// One-way sensitivity (a tornado, Methodology §7.4): each drawn figure at its P10 and at its P90 with every other
/// at its point value, need teams and total cost worked out by the full core, rows ranked by the swing in cost.
public enum OneWaySensitivity {
    /// One figure's row.
    public struct Row: Sendable, Equatable {
        public var id: String
        /// The figure's P10 and P90.
        public var low: Double
        public var high: Double
        public var teamsAtLow: Double
        public var teamsAtHigh: Double
        public var costAtLowGBP: Double
        public var costAtHighGBP: Double
        /// |cost at P90 − cost at P10|, GBP.
        public var costSwingGBP: Double { abs(costAtHighGBP - costAtLowGBP) }
        /// |teams at P90 − teams at P10|.
        public var teamsSwing: Double { abs(teamsAtHigh - teamsAtLow) }
    }

    /// The rows for `model`'s area, each bound figure once, ranked by cost swing, then teams swing, then id.
    public static func rows(_ model: AreaDrawModel, figures: [UncertainFigure]) -> [Row] {
        let outputCount = model.outputCount
        var point = [Double](repeating: .nan, count: figures.count)
        for (figure, slot) in model.binding.slots where point[figure].isNaN {
            point[figure] = slot.figure(model.input, model.assumptions).value
        }
        var out = [Double](repeating: 0, count: outputCount)
        func outputs(_ values: [Double]) -> (teams: Double, cost: Double) {
            values.withUnsafeBufferPointer { v in out.withUnsafeMutableBufferPointer { model.evaluateFull(v, into: $0) } }
            return (out[DrawOutput.needTeams.rawValue], out[DrawOutput.totalCostGBP.rawValue])
        }
        var rows: [Row] = []
        for index in Set(model.binding.slots.map(\.figure)).sorted() {
            let figure = figures[index]
            let (low, high) = (figure.distribution.p10, figure.distribution.p90)
            var values = point
            values[index] = low
            let atLow = outputs(values)
            values[index] = high
            let atHigh = outputs(values)
            rows.append(
                Row(
                    id: figure.id, low: low, high: high, teamsAtLow: atLow.teams, teamsAtHigh: atHigh.teams, costAtLowGBP: atLow.cost,
                    costAtHighGBP: atHigh.cost))
        }
        return rows.sorted {
            if $0.costSwingGBP != $1.costSwingGBP { return $0.costSwingGBP > $1.costSwingGBP }
            if $0.teamsSwing != $1.teamsSwing { return $0.teamsSwing > $1.teamsSwing }
            return $0.id < $1.id
        }
    }
}

/// How often each area keeps its rank across draws (for `compare`).
public enum RankStability {
    /// For areas whose values in each draw are `values[area][draw]`, ranked highest first with ties by index, the
    /// share of draws in which each area holds the rank `pointRanks[area]` (0 = first) it has at the point values.
    public static func probabilities(values: [ArraySlice<Double>], pointRanks: [Int], drawCount: Int) -> [Double] {
        var held = [Int](repeating: 0, count: values.count)
        var order = Array(values.indices)
        for d in 0..<drawCount {
            order.sort { a, b in
                let (x, y) = (values[a][values[a].startIndex + d], values[b][values[b].startIndex + d])
                return x != y ? x > y : a < b
            }
            for (rank, area) in order.enumerated() where pointRanks[area] == rank { held[area] += 1 }
        }
        return held.map { Double($0) / Double(drawCount) }
    }
}

import PIPlannerModel

/// The old name of `NumberFormat`, still called by code outside Reports.
public enum Format {
    // Forwarding shim: callers outside Reports move to NumberFormat at merge.
    public static func number(_ value: Double, _ decimals: Int = 0) -> String { NumberFormat.number(value, decimals) }
    // Forwarding shim: callers outside Reports move to NumberFormat at merge.
    public static func gbp(_ money: Money) -> String { NumberFormat.gbp(money) }
    // Forwarding shim: callers outside Reports move to NumberFormat at merge.
    public static func gbpPence(_ money: Money) -> String { NumberFormat.gbpPence(money) }
    // Forwarding shim: callers outside Reports move to NumberFormat at merge.
    public static func percent(_ proportion: Double, _ decimals: Int = 1) -> String { NumberFormat.percent(proportion, decimals) }
    // Forwarding shim: callers outside Reports move to NumberFormat at merge (the old form was empty when not finite).
    public static func plain(_ value: Double) -> String { value.isFinite ? NumberFormat.plain(value) : "" }
    // Forwarding shim: callers outside Reports move to NumberFormat at merge.
    public static func plainGBP(_ money: Money) -> String { NumberFormat.plainGBP(money) }
    // Forwarding shim: callers outside Reports move to NumberFormat at merge.
    public static func approximate(_ value: Double) -> String { NumberFormat.approximate(value) }
    // Forwarding shim: callers outside Reports move to NumberFormat at merge.
    public static func trimmed(_ value: Double, _ decimals: Int) -> String { NumberFormat.trimmed(value, decimals) }
}

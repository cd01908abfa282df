extension Diagnostic {
    /// Where a diagnostic points: a file, a line and column in it, and the field, each optional. A finding has a field
    /// path only; a command-line mistake has none of them. In a CSV file the field path is the column's name.
    public struct Location: Sendable, Equatable {
        /// The file as the user named it (or a description such as `command line`).
        public var file: String?
        /// 1-based line.
        public var line: Int?
        /// 1-based column (in characters).
        public var column: Int?
        /// Field path, e.g. `areas[2].riskGroups.lowIncome.share`; `""` is the whole file.
        public var fieldPath: String?

        /// A location with as much as is known.
        public init(file: String? = nil, line: Int? = nil, column: Int? = nil, fieldPath: String? = nil) {
            self.file = file
            self.line = line
            self.column = column
            self.fieldPath = fieldPath
        }
    }
}

import Foundation
import PIPlannerDataDerivation

// Re-derives ReferenceData/areas/*.csv from ReferenceData/areas/sources/; `--check` only compares.
exit(DeriveAreaDataCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

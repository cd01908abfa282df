import Foundation
import PIPlannerCLI

exit(PIPlannerCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

import PIPlannerCLI
import Foundation

exit(PIPlannerCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

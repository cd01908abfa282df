import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner reference [--format markdown|json]`.
struct ReferenceCommand: PlannerCommand {
    let name = "reference"
    let abstract = "List every reference figure with its value, unit, basis and source"
    let usage = ""
    let discussion = """
        Lists every reference figure (value, unit, basis, source and derivation), the staffing models,
        the funders and their outcomes, and the pay scales with their source quality.
        """
    let options: [OptionSpec] = [
        .choice("format", ["markdown", "json"], default: "markdown", help: "Markdown for reading; JSON for scripts")
    ]

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard args.positional.isEmpty else { throw .usage("reference takes no arguments") }
        let format = args.choice("format")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        io.out(format == "json" ? ReferenceRenderer.json(reference) : ReferenceRenderer.markdown(reference))
        return 0
    }
}

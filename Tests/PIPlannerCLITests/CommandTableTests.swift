import Foundation
import Testing

@testable import PIPlannerCLI

/// The command table: each command and option is declared once, and parsing and help both come from it.
@Suite struct CommandTableTests {
    static let names = PIPlannerCommand.commands.map(\.name)

    /// Help with its wrapping undone, so a phrase broken across lines is still found.
    func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func command(_ name: String) throws -> any PlannerCommand {
        try #require(PIPlannerCommand.command(named: name))
    }

    @Test(arguments: names) func helpListsEveryDeclaredOption(_ name: String) throws {
        let command = try command(name)
        let result = runCLI([name, "--help"])
        #expect(result.code == 0)
        let help = flattened(result.stdout)
        #expect(help.hasPrefix("USAGE: piplanner \(name)"))
        for option in command.allOptions {
            #expect(help.contains(option.synopsis), "\(name) --help lacks \(option.synopsis)")
            #expect(help.contains(flattened(option.help)), "\(name) --help lacks the help of --\(option.name)")
            for value in option.allowedValues { #expect(help.contains(value), "\(name) --help lacks --\(option.name) \(value)") }
            if let value = option.defaultValue { #expect(help.contains("(default: \(value))"), "\(name): --\(option.name)") }
        }
        #expect(help.contains("--reference-data DIR") && help.contains("PIPLANNER_REFERENCE_DATA"))
    }

    @Test func overviewListsEveryCommandAndTheGlobalOptions() {
        let overview = runCLI(["--help"])
        #expect(overview.code == 0)
        let lines = overview.stdout.components(separatedBy: "\n")
        for command in PIPlannerCommand.commands {
            #expect(
                lines.contains { $0.hasPrefix("  \(command.name)") && $0.hasSuffix(command.abstract) }, "overview lacks \(command.name)")
        }
        #expect(overview.stdout.contains("batch --areas SET|CODES") && overview.stdout.contains("init --area CODE"))
        #expect(overview.stdout.contains("--reference-data DIR") && overview.stdout.contains("--version"))
        #expect(overview.stdout.contains("EXIT CODES: 0 ok; 1 invalid input (or a partial batch); 2 usage error."))
    }

    @Test(arguments: names) func helpCommandEqualsCommandHelp(_ name: String) {
        let help = runCLI([name, "--help"])
        #expect(help.code == 0 && !help.stdout.isEmpty)
        for spelling in [["help", name], [name, "-h"], ["--help", name], ["-h", name], [name, "x", "--help"]] {
            let other = runCLI(spelling)
            #expect(other.code == 0 && other.stdout == help.stdout, "\(spelling)")
        }
    }

    /// Every option of every command, mistyped by dropping its last letter, is refused with that option suggested.
    @Test(arguments: names) func mistypedOptionSuggestsTheNearest(_ name: String) throws {
        for option in try command(name).allOptions {
            let typo = "--" + option.name.dropLast()
            let result = runCLI([name, typo, "value"])
            #expect(result.code == 2, "\(name) \(typo)")
            #expect(
                result.stderr
                    == "error: unknown option '\(typo)'\n  note: did you mean '--\(option.name)'?\n  note: run 'piplanner \(name) --help' for usage\n",
                "\(name): \(result.stderr)")
        }
    }

    @Test func anotherCommandsOptionIsAUsageError() {
        let result = runCLI(["plan", "c.json", "--area-data", "data"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("unknown option '--area-data'"), "\(result.stderr)")
        #expect(runCLI(["init", "--area", "E08000035", "--forse"]).stderr.contains("did you mean '--force'?"))
    }

    @Test func unknownCommandAndGlobalOptionSuggestTheNearest() {
        let command = runCLI(["rolout", "x.json"])
        #expect(command.code == 2 && command.stderr.contains("error: unknown command 'rolout'\n  note: did you mean 'rollout'?\n"))
        let global = runCLI(["--refrence-data", "dir", "plan", "x.json"])
        #expect(global.code == 2 && global.stderr.contains("did you mean '--reference-data'?"), "\(global.stderr)")
        #expect(global.stderr.contains("note: run 'piplanner --help' for usage"))
        #expect(runCLI(["--version"]).stdout == "piplanner \(PIPlannerCommand.version)\n")
        #expect(runCLI(["--reference-data", "dir"]).code == 2)
    }

    @Test func globalOptionBeforeTheCommandIsUsed() {
        let missing = "/nonexistent/piplanner-reference"
        let example = CLI.example("leeds-joint-funded.json")
        for arguments in [["--reference-data", missing, "plan", example], ["--reference-data=\(missing)", "plan", example]] {
            let result = runCLI(arguments)
            #expect(result.code == 1 && result.stderr.contains(missing), "\(arguments): \(result.stderr)")
        }
        let directory = packageRoot.appendingPathComponent("ReferenceData").path
        let before = runCLI(["--reference-data", directory, "reference", "--format", "json"])
        let after = runCLI(["reference", "--format", "json", "--reference-data", directory])
        #expect(before.code == 0 && !before.stdout.isEmpty, "\(before.stderr)")
        #expect(before.stdout == after.stdout)
        // Given again after the command, the later one counts.
        #expect(runCLI(["--reference-data", missing, "reference", "--reference-data", directory]).code == 0)
    }

    @Test func choiceValuesAreCheckedFromTheDeclaration() {
        let format = runCLI(["plan", "c.json", "--format", "pdf"])
        #expect(
            format.code == 2 && format.stderr.contains("--format must be one of markdown, json, html, csv; got 'pdf'"), "\(format.stderr)")
        let rank = runCLI(["compare", "E08000035", "E08000003", "--rank-by", "prevalance"])
        #expect(rank.code == 2 && rank.stderr.contains("--rank-by must be a numeric column: population_persons, "), "\(rank.stderr)")
        // Help is still given when another argument is wrong.
        #expect(runCLI(["plan", "--format", "pdf", "--help"]).code == 0)
    }

    @Test func repeatableOptionKeepsEveryValue() throws {
        let parser = ArgumentParser(specs: [.value("draw", "N", help: "A draw", repeatable: true), .help])
        let (parsed, _) = try parser.parse(["--draw", "1", "x", "--draw=2"])
        #expect(parsed.values("draw") == ["1", "2"])
        #expect(parsed.options["draw"] == "2" && parsed.positional == ["x"])
        #expect(parsed.values("absent").isEmpty && parsed.value("absent") == nil)
    }
}

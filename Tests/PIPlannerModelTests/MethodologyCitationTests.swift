import Foundation
import Testing

/// Every "Methodology §N.M" that code, reference data, examples or the README cite must be a section of the
/// methodology article, so a report never points a reader at a section that does not exist.
@Suite struct MethodologyCitationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let article = "Sources/PIPlannerModel/PIPlannerModel.docc/Methodology.md"
    /// Where citations are written; area source CSVs are data, not text, and are left out by extension.
    static let scanned = ["Sources", "ReferenceData", "Examples", "README.md"]
    static let textExtensions: Set<String> = ["swift", "json", "md"]

    /// Section numbers of the article's headings: `## 2. From…` → "2", `### 2.6 Specialist share` → "2.6",
    /// `### A.1 …` → "A.1" (and "A" for the appendix itself).
    static func sectionNumbers(in text: String) -> Set<String> {
        var numbers: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("## ") || line.hasPrefix("### ") {
            let title = line.drop { $0 == "#" }.drop { $0 == " " }
            let number = title.prefix { $0.isNumber || $0 == "." || $0 == "A" }
            let trimmed = number.hasSuffix(".") ? String(number.dropLast()) : String(number)
            guard !trimmed.isEmpty, trimmed.first!.isNumber || trimmed.hasPrefix("A.") else { continue }
            numbers.insert(trimmed)
            if trimmed.hasPrefix("A.") { numbers.insert("A") }
        }
        return numbers
    }

    /// Section numbers cited with `§`: `§2.6`, `§2–§4`, and the end of a range such as `§2.3–2.4`.
    static func citedNumbers(in text: String) -> [String] {
        var cited: [String] = []
        var rest = Substring(text)
        while let mark = rest.firstIndex(of: "§") {
            rest = rest[rest.index(after: mark)...]
            var numbers = [Self.leadingNumber(rest)]
            if let first = numbers.first, !first.isEmpty {
                let after = rest.dropFirst(first.count)
                if after.hasPrefix("–"), case let end = Self.leadingNumber(after.dropFirst()), !end.isEmpty { numbers.append(end) }
            }
            cited += numbers.filter { !$0.isEmpty }
        }
        return cited
    }

    /// "2.6" from "2.6 Specialist share", "A.1" from "A.1)", "" from "N.M" (the placeholder in explanations).
    static func leadingNumber(_ text: Substring) -> String {
        var number = String(text.prefix { $0.isNumber || $0 == "." || $0 == "A" })
        while number.hasSuffix(".") { number.removeLast() }
        guard let first = number.first, first.isNumber || number == "A" || number.hasPrefix("A.") else { return "" }
        return number
    }

    static func scannedFiles() throws -> [URL] {
        var files: [URL] = []
        for entry in scanned {
            let url = packageRoot.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                files.append(url)
                continue
            }
            let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
            while let file = enumerator?.nextObject() as? URL {
                if textExtensions.contains(file.pathExtension) { files.append(file) }
            }
        }
        return files.filter { !$0.path.hasSuffix(article) }
    }

    @Test func headingsAreNumbered() throws {
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(Self.article), encoding: .utf8)
        let numbers = Self.sectionNumbers(in: text)
        for expected in ["1", "2", "2.1", "2.6", "2.7", "3", "4", "5", "6", "7", "A", "A.1"] {
            #expect(numbers.contains(expected), "Methodology has no section \(expected)")
        }
    }

    @Test func everyCitedSectionExists() throws {
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(Self.article), encoding: .utf8)
        let numbers = Self.sectionNumbers(in: text)
        let files = try Self.scannedFiles()
        #expect(files.count > 20, "found only \(files.count) files to scan under \(Self.packageRoot.path)")
        var citations = 0
        for file in files {
            let content = try String(contentsOf: file, encoding: .utf8)
            for number in Self.citedNumbers(in: content) {
                citations += 1
                let known = numbers.contains(number)
                #expect(known, "\(file.path) cites §\(number), which is not a section of \(Self.article)")
            }
        }
        #expect(citations > 0)
    }

    @Test func citationParsing() {
        #expect(Self.citedNumbers(in: "Methodology §2.3–2.4; and §3.") == ["2.3", "2.4", "3"])
        #expect(Self.citedNumbers(in: "Methodology §2–§4, §A.2 and \"Methodology §N.M\"") == ["2", "4", "A.2"])
    }
}

import Foundation

/// A headless Chromium for the browser tests: found on `PATH`, run with a fresh profile, its background
/// services off and every host name unresolvable, so that nothing can leave the machine, while its net log still
/// records any request a page tries to make.
struct Chromium {
    /// Names tried on `PATH`, in order (`PIPLANNER_CHROMIUM` may name the binary instead).
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// Set to 1 (CI does) to fail, instead of skip, when the browser or python3 is missing.
    static let requireVariable = "PIPLANNER_REQUIRE_BROWSER"
    /// A page that takes longer than this to render is a failure, not a hang.
    static let timeoutSeconds = 120.0

    let executable: URL

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var isRequired: Bool { environment[requireVariable] == "1" }

    /// The first executable called `name` on `PATH`.
    static func onPath(_ name: String) -> URL? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static func find() -> Chromium? {
        let candidates = (environment["PIPLANNER_CHROMIUM"].map { [$0] } ?? []) + names
        return candidates.lazy.compactMap(onPath).first.map(Chromium.init(executable:))
    }

    static let python = onPath("python3")

    /// Why the browser tests cannot run here, or nil when they can.
    static var missing: String? {
        if find() == nil {
            return "no Chromium on PATH (tried \(names.joined(separator: ", "))); install it with `apt-get install -y chromium`"
        }
        if python == nil { return "no python3 on PATH (the tests decode the screenshot and parse the DOM with it)" }
        return nil
    }

    /// Whether the browser tests run: when everything is there, or when they are required (then they fail).
    /// Decided once, so the reason for a skip is printed once.
    static let shouldRun: Bool = {
        if let reason = missing, !isRequired {
            print("◇ Browser tests skipped: \(reason). Set \(requireVariable)=1 to make this a failure.")
            return false
        }
        return true
    }()

    /// What one headless run produced.
    struct Run {
        var status: Int32
        var dom: String
        var stderr: String
    }

    /// Loads `page` in a window of `width` × `height` and returns the DOM after the load event; optionally takes
    /// a screenshot and writes the net log.
    func render(page: URL, width: Int, height: Int, screenshot: URL? = nil, netLog: URL? = nil, workDirectory: URL) throws -> Run {
        let profile = workDirectory.appendingPathComponent("profile-\(UUID().uuidString)")
        var arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--user-data-dir=\(profile.path)",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-default-apps", "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=\(width),\(height)",
            "--dump-dom",
        ]
        if let screenshot { arguments.append("--screenshot=\(screenshot.path)") }
        if let netLog { arguments.append("--log-net-log=\(netLog.path)") }
        arguments.append(page.absoluteString)
        let result = try Self.execute(executable, arguments, workDirectory: workDirectory, timeout: Self.timeoutSeconds)
        return Run(status: result.status, dom: result.stdout, stderr: result.stderr)
    }

    /// Runs a program with its output in files (a pipe could fill and block), killing it after `timeout` seconds.
    static func execute(_ executable: URL, _ arguments: [String], workDirectory: URL, timeout: Double) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let id = UUID().uuidString
        let outURL = workDirectory.appendingPathComponent("stdout-\(id)")
        let errURL = workDirectory.appendingPathComponent("stderr-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try out.close()
        try err.close()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (process.terminationReason == .uncaughtSignal ? -1 : process.terminationStatus, stdout, stderr)
    }
}

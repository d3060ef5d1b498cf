import Foundation

/// Where the commands write: results on stdout, errors and warnings on stderr, and progress lines
/// only when stderr is a terminal (so logs and pipes stay clean).
public struct Console: Sendable {
    public let showsProgress: Bool
    /// `RELANCE_TIMINGS=1` prints the duration of each step (for benchmarks).
    public let showsTimings: Bool

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        showsProgress = isatty(STDERR_FILENO) == 1
        showsTimings = environment["RELANCE_TIMINGS"] == "1"
    }

    func timing(_ step: String, _ duration: Duration) {
        guard showsTimings else { return }
        let ms = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        FileHandle.standardError.write(Data("temps \(step) : \(ms) ms\n".utf8))
    }

    func out(_ line: String, terminator: String = "\n") { print(line, terminator: terminator) }

    func progress(_ line: String) {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("→ \(line)\n".utf8))
    }

    func warning(_ line: String) { FileHandle.standardError.write(Data("attention : \(line)\n".utf8)) }

    func error(_ line: String) { FileHandle.standardError.write(Data("erreur : \(line)\n".utf8)) }
}

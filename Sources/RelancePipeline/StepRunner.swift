import RelanceBook

/// Runs the steps of a command: announces each, times it (`RELANCE_TIMINGS=1`), and turns its
/// failure into one printed report and the exit status that goes with it (`ExitStatus.of`).
struct StepRunner {
    let console: Console
    private let clock = ContinuousClock()

    init(console: Console) { self.console = console }

    /// Runs a step: its progress line, its duration, its failure.
    func run<Value>(_ step: BuildStep, _ announce: String? = nil, _ body: () throws -> Value) throws(BuildFailure) -> Value {
        console.progress(announce ?? step.label.capitalized)
        let start = clock.now
        let value = try attempt(step, body)
        console.timing(step.label, clock.now - start)
        return value
    }

    /// Runs the preparation of a step (locating a tool, opening the output): only its failure is reported.
    func attempt<Value>(_ step: BuildStep, _ body: () throws -> Value) throws(BuildFailure) -> Value {
        do {
            return try body()
        } catch {
            throw report(error, in: step)
        }
    }

    /// The parts of a long step, each announced and timed under its own name.
    func parts() -> StepParts { StepParts(console: console) }

    /// Prints the error (every one, for a book's) and says which status the command exits with.
    func report(_ error: any Error, in step: BuildStep) -> BuildFailure {
        if let failure = error as? BuildFailure { return failure }
        if let book = error as? BookErrors {
            for error in book.errors { console.error(error.description) }
            console.error("\(book.errors.count) erreur\(book.errors.count > 1 ? "s" : "") dans le book : rien n'a été écrit.")
        } else {
            console.error("\(error)")
        }
        return BuildFailure(step: step, status: ExitStatus.of(error))
    }
}

/// A command that stopped: its errors are printed, the previous output is as it was.
public struct BuildFailure: Error, Sendable {
    public let step: BuildStep
    public let status: ExitStatus
}

/// Times the consecutive parts of a step (summary.json, the dashboard, the case files, the letters).
final class StepParts {
    private let console: Console
    private let clock = ContinuousClock()
    private var current: (name: String, start: ContinuousClock.Instant)?

    init(console: Console) { self.console = console }

    /// Ends the running part and starts `name`.
    func next(_ name: String) {
        finish()
        console.progress("Écriture : \(name)")
        current = (name, clock.now)
    }

    func finish() {
        if let current { console.timing(current.name, clock.now - current.start) }
        current = nil
    }
}

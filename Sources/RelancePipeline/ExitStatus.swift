import RelanceLayout
import RelancePublish
import RelanceBook
import RelanceCore
import RelanceSite

/// What the exit status says (sysexits.h, as swift-argument-parser uses 64 for a usage error), and
/// the one place that decides it from an error.
public enum ExitStatus: Int32, Sendable {
    case built = 0
    /// `--keep-going`: built without the book's rows that have errors, each listed.
    case builtWithRejectedRows = 2
    /// The book has errors: all printed, nothing written.
    case bookErrors = 1
    /// A bad option or an unsafe `--out` (EX_USAGE).
    case usage = 64
    /// `relance record` refused: the book changed since the build, the letter is already in the
    /// log, no build to record (EX_DATAERR). Nothing was written.
    case refused = 65
    /// A computation, audit or rendering that fails on a valid book: a bug (EX_SOFTWARE).
    case internalError = 70
    /// The output folder cannot be written (EX_CANTCREAT).
    case cannotCreateOutput = 73
    /// Another build is writing the same output right now (EX_TEMPFAIL): try again later.
    case outputBusy = 75
    /// An installation or configuration problem: layouts/ and assets/ not found, or a layout the
    /// user edited that is not valid (EX_CONFIG); the message says how to fix it.
    case configuration = 78

    public static func of(_ error: any Error) -> ExitStatus {
        switch error {
        case let failure as BuildFailure: return failure.status
        case is BookErrors: return .bookErrors
        case is OutputSafetyError, is UsageError: return .usage
        case let publish as PublishError: return publish.isBusy ? .outputBusy : .cannotCreateOutput
        case is ResourceLocatorError, is LayoutError: return .configuration
        default: return .internalError
        }
    }
}

/// An option the command line accepted but the build cannot use (a `--chromium` that is no browser).
public struct UsageError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

import RelanceBook

/// Why `relance record` wrote nothing. Each case says what to do; the command maps it to its exit
/// status.
public enum RecordFailure: Error, CustomStringConvertible, Sendable {
    /// The book, or a file given with it (the deposit list), has errors: every one located.
    case input(BookErrors)
    /// An option names what does not exist: an unknown reference, a date before the letter's.
    case usage(String)
    /// Writing would log something false or twice: the book changed since the build, the letter
    /// is already recorded, no build to record.
    case refused(String)
    /// The book cannot be written (permissions, a full disk); nothing was changed.
    case cannotWrite(String)
    /// A computation that fails on a valid book: a bug.
    case internalError(String)

    public var description: String {
        switch self {
        case .input(let errors): errors.description
        case .usage(let message), .refused(let message), .cannotWrite(let message), .internalError(let message): message
        }
    }
}

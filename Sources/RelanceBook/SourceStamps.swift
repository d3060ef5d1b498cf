import RelanceCore
import Synchronization

/// The stamps of the book's files as the reader reads them, for `Book.sourceStamps`.
final class SourceStamps: Sendable {
    private let stamps = Mutex<[String: SourceStamp]>([:])

    func note(_ fileName: String, _ stamp: SourceStamp) {
        stamps.withLock { $0[fileName] = stamp }
    }

    var all: [String: SourceStamp] { stamps.withLock { $0 } }
}

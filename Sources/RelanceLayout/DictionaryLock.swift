import Synchronization

/// Serialises the copies of a parsed layout whose names live in a libxml2 name dictionary: a copy
/// writes to the dictionary it shares with the template (`OwnedDocument.hasDictionary`).
final class DictionaryLock: Sendable {
    private let mutex = Mutex(())

    /// Runs `body` holding `lock`, or directly when there is none.
    static func holding<Value, Failure: Error>(_ lock: DictionaryLock?, _ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        guard let lock else { return try body() }
        return try lock.mutex.withLock { _ throws(Failure) -> Value in try body() }
    }
}

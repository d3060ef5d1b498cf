import Synchronization

/// Collects the print jobs of bundled case files from the worker threads, and hands them back in
/// debtor order (the order of `Receivables.debtors`), whatever order the workers finished in.
public final class CaseFilePrintQueue: Sendable {
    private let jobs = Mutex<[(position: Int, job: CaseFilePrintJob)]>([])

    public init() {}

    public func add(_ job: CaseFilePrintJob?, position: Int) {
        guard let job else { return }
        jobs.withLock { $0.append((position, job)) }
    }

    public var inOrder: [CaseFilePrintJob] {
        jobs.withLock { $0.sorted { $0.position < $1.position }.map(\.job) }
    }
}

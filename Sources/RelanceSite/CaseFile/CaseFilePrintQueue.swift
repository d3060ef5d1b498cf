import Foundation

/// Collects the print jobs of bundled case files from the worker threads, and hands them back in
/// debtor order (the order of `Receivables.debtors`), whatever order the workers finished in.
public final class CaseFilePrintQueue: @unchecked Sendable {
    // @unchecked: `jobs` is only touched under `lock`.
    private let lock = NSLock()
    private var jobs: [(Int, CaseFilePrintJob)] = []

    public init() {}

    public func add(_ job: CaseFilePrintJob?, position: Int) {
        guard let job else { return }
        lock.withLock { jobs.append((position, job)) }
    }

    public var inOrder: [CaseFilePrintJob] {
        lock.withLock { jobs.sorted { $0.0 < $1.0 }.map(\.1) }
    }
}

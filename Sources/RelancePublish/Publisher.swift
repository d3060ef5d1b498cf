import Foundation
import Synchronization

/// The one place that writes output files. Everything goes into a staging folder `<out>.partial`
/// beside the output; `commit()` swaps it into place atomically, `abandon()` throws it away, so a
/// failed build leaves the previous output as it was. Nothing is written outside these two folders.
///
/// `write` and `copy` may be called from many threads at once; call `commit()` or `abandon()`
/// once every write has returned.
public final class Publisher: Sendable {
    private enum Phase { case open, committed, abandoned }

    private struct State {
        var phase = Phase.open
        var written = 0
        var unchanged = 0
        /// Folders already created in staging, so that deep trees cost one mkdir per folder.
        var folders: Set<String> = []
        /// Holds the `StagingLock` while the staging folder is ours; -1 once released.
        var lock: Int32 = -1
    }

    private let location: OutputLocation
    /// The previous output, when there is one to hard-link unchanged files from.
    private let previous: String?
    private let state = Mutex(State())

    /// The output folder, canonical (symlinks resolved).
    public var outputFolder: URL { URL(fileURLWithPath: location.out, isDirectory: true) }
    /// The staging folder beside it.
    public var stagingFolder: URL { URL(fileURLWithPath: location.staging, isDirectory: true) }

    /// Validates `out` (see `OutputSafetyError.Rule`), repairs what an interrupted build left,
    /// and creates a fresh staging folder `<out>.partial`.
    public convenience init(out: URL, book: URL) throws {
        try self.init(out: out, book: book, home: ProcessInfo.processInfo.environment["HOME"])
    }

    init(out: URL, book: URL, home: String?) throws {
        let location = try OutputLocation.validate(out: out, book: book, home: home)

        // Validation checked that a leftover staging folder is relance's (empty or marked); the
        // lock tells a stale one from one that another build is filling right now.
        let stale = try StagingLock.acquire(location.staging)
        defer { stale.map(StagingLock.release) }
        try InterruptedSwap.repair(location)
        try PublishFS.removeTree(location.staging)

        guard try PublishFS.makeFolder(location.staging), let lock = try StagingLock.acquire(location.staging) else {
            throw PublishError("create the staging folder", path: location.staging, reason: StagingLock.busy)
        }
        self.location = location
        let marked = PublishFS.kind(location.out + "/" + PublishNames.marker) == .file
        previous = marked ? location.out : nil
        state.withLock { $0.lock = lock }
        // Marked from the start, so that if this build is interrupted the next one recognises the
        // stale staging folder as relance's and may remove it.
        try PublishFS.createFile(location.staging + "/" + PublishNames.marker) { fd in
            try FileContent.bytes(Array(PublishNames.markerText.utf8)).write(to: fd, path: PublishNames.marker)
        }
    }

    deinit {
        // A publisher dropped without commit (an error was thrown) must not leave its staging behind.
        abandon()
    }

    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        try place(.bytes(bytes), at: relativePath)
    }

    public func copy(from source: URL, to relativePath: String) throws {
        try place(.file(source.path(percentEncoded: false)), at: relativePath)
    }

    /// Written straight into the staging folder, then hard-linked to the previous output's file
    /// instead when that holds the same bytes, as `write` does.
    public func write(to relativePath: String, pieces produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        let target = try stagedPath(relativePath)
        try PublishFS.createFile(target) { fd in
            try produce { piece in try piece.withUnsafeBytes { buf in try PublishFS.writeAll(fd, buf, path: target) } }
        }
        if let previous, try reuse(previous + "/" + relativePath, replacingStaged: target) {
            state.withLock { $0.unchanged += 1 }
        } else {
            state.withLock { $0.written += 1 }
        }
    }

    private func place(_ content: FileContent, at relativePath: String) throws {
        let target = try stagedPath(relativePath)
        if let previous, try reuse(previous + "/" + relativePath, for: content, at: target) {
            state.withLock { $0.unchanged += 1 }
            return
        }
        try PublishFS.createFile(target) { fd in try content.write(to: fd, path: target) }
        state.withLock { $0.written += 1 }
    }

    /// Where a file of the output goes in the staging folder, its folders created: the path checked,
    /// and the publisher still open.
    private func stagedPath(_ relativePath: String) throws -> String {
        let components = try OutputRelativePath.validate(relativePath)
        guard state.withLock({ $0.phase == .open }) else {
            throw PublishError("write", path: relativePath, reason: "the publisher was already committed or abandoned")
        }
        try makeParentFolders(components.dropLast())
        return location.staging + "/" + relativePath
    }

    /// The bytes of a file of the previous output, when there is a previous output and it has one.
    public func previousBytes(_ relativePath: String) -> [UInt8]? {
        guard let previous, (try? OutputRelativePath.validate(relativePath)) != nil else { return nil }
        return FileManager.default.contents(atPath: previous + "/" + relativePath).map { [UInt8]($0) }
    }

    /// Every file under folders of the previous output (a file alone when a path names one), in the
    /// order given, as paths relative to the output; nil when a path is missing, or a folder holds
    /// anything but folders and files.
    public func previousFiles(under relativePaths: [String]) -> [String]? {
        guard let previous else { return nil }
        return Self.files(under: relativePaths, in: previous)
    }

    /// The digest of files of the previous output (`FolderDigest`), nil when one cannot be read.
    public func previousDigest(of relativePaths: [String]) -> String? {
        guard let previous else { return nil }
        return FolderDigest.of(relativePaths, under: previous)
    }

    /// The digest of every file this build has written under folders, or of the files the paths
    /// name (`FolderDigest`), listed as `previousFiles(under:)` lists them.
    public func stagedDigest(under relativePaths: [String]) -> String? {
        guard state.withLock({ $0.phase == .open }),
              let files = Self.files(under: relativePaths, in: location.staging) else { return nil }
        return FolderDigest.of(files, under: location.staging)
    }

    private static func files(under relativePaths: [String], in root: String) -> [String]? {
        var found: [String] = []
        for path in relativePaths {
            guard let files = files(under: path, in: root) else { return nil }
            found += files
        }
        return found
    }

    /// A file is its own only file (a debtor's one page is carried over as its folder would be).
    private static func files(under relativeFolder: String, in root: String) -> [String]? {
        guard (try? OutputRelativePath.validate(relativeFolder)) != nil else { return nil }
        if PublishFS.kind(root + "/" + relativeFolder) == .file { return [relativeFolder] }
        var found: [String] = []
        func walk(_ relative: String) -> Bool {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative) else { return false }
            for name in names.sorted() {
                let path = relative + "/" + name
                switch PublishFS.kind(root + "/" + path) {
                case .file: found.append(path)
                case .folder: guard walk(path) else { return false }
                default: return false
                }
            }
            return true
        }
        return walk(relativeFolder) ? found : nil
    }

    /// Carries files of the previous output over unchanged, by hard link, without rendering them
    /// again: all of them, or none (false) when one is missing, is not a plain 0644 file, or cannot be
    /// linked. The caller vouches that they are what this build would write (see `DebtorFingerprints`).
    public func carryOver(_ relativePaths: [String]) throws -> Bool {
        guard let previous, state.withLock({ $0.phase == .open }) else { return false }
        var sources: [(old: String, target: String)] = []
        for relativePath in relativePaths {
            let components = try OutputRelativePath.validate(relativePath)
            let old = previous + "/" + relativePath
            var info = stat()
            guard lstat(old, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o7777 == 0o644 else { return false }
            try makeParentFolders(components.dropLast())
            sources.append((old, location.staging + "/" + relativePath))
        }
        for (done, source) in sources.enumerated() where link(source.old, source.target) != 0 {
            for undo in sources[..<done] { unlink(undo.target) }
            return false
        }
        state.withLock { $0.unchanged += sources.count }
        return true
    }

    /// Hard-links the previous output's file when it has the same bytes (and the mode a fresh file
    /// would get), so that an unchanged file keeps its inode and mtime across builds. Any doubt —
    /// different size, unreadable, link refused — means "write it anew".
    private func reuse(_ old: String, for content: FileContent, at target: String) throws -> Bool {
        var info = stat()
        guard lstat(old, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o7777 == 0o644 else { return false }
        guard try Int(info.st_size) == content.size(), (try? content.matches(old)) == true else { return false }
        return link(old, target) == 0
    }

    /// A file already staged that holds the previous output's bytes becomes a link to it; moved
    /// aside first, so that it is never lost if the link fails.
    private func reuse(_ old: String, replacingStaged target: String) throws -> Bool {
        let spare = target + ".relance-staged"
        guard rename(target, spare) == 0 else { return false }
        if try reuse(old, for: .file(spare), at: target) {
            unlink(spare)
            return true
        }
        guard rename(spare, target) == 0 else { throw PublishError.posix("rename", path: target) }
        return false
    }

    private func makeParentFolders(_ folders: ArraySlice<Substring>) throws {
        var path = ""
        for folder in folders {
            path += path.isEmpty ? String(folder) : "/" + folder
            if state.withLock({ $0.folders.contains(path) }) { continue }
            try PublishFS.makeFolder(location.staging + "/" + path)
            _ = state.withLock { $0.folders.insert(path) }
        }
    }

    /// Flushes the staging folder to disk, swaps it into place atomically, then removes the
    /// previous output. After this, the publisher accepts no more writes.
    public func commit() throws -> PublishReport {
        let report = try state.withLock { state throws -> PublishReport in
            guard state.phase == .open else {
                throw PublishError("commit", path: location.out, reason: "the publisher was already committed or abandoned")
            }
            return PublishReport(written: state.written, unchanged: state.unchanged)
        }
        // Without the flush, a power cut after the rename could show the new names with empty files.
        PublishFS.syncFileSystem(containing: location.staging)
        try AtomicSwap.install(staging: location.staging, at: location.out)
        state.withLock { $0.phase = .committed }
        PublishFS.syncFolder(CanonicalPath.split(location.out).parent)
        // The staging path now holds the previous output. If removing it fails, the new output is
        // still complete and in place; the next build removes the stale folder.
        try? PublishFS.removeTree(location.staging)
        releaseLock()
        return report
    }

    /// Removes the staging folder; the previous output stays as it was. Safe to call twice.
    public func abandon() {
        let owned = state.withLock { state -> Bool in
            defer { if state.phase == .open { state.phase = .abandoned } }
            return state.phase == .open && state.lock >= 0
        }
        // Without the lock the staging folder may be another build's: leave it alone.
        guard owned else { return }
        // A commit that failed halfway through the fallback swap may have parked the previous output.
        try? InterruptedSwap.repair(location)
        try? PublishFS.removeTree(location.staging)
        releaseLock()
    }

    private func releaseLock() {
        let lock = state.withLock { state -> Int32 in
            defer { state.lock = -1 }
            return state.lock
        }
        if lock >= 0 { StagingLock.release(lock) }
    }
}

import Foundation
import Glibc

/// The temporary folders of the PDF step — Chromium's profile, the printed batches and their pages —
/// named after the process that made them, so that a later build removes what a killed one left
/// behind (a SIGKILL runs no cleanup).
package enum ScratchFolder {
    package enum Kind: String, CaseIterable {
        case chromium = "relance-chromium-"
        case printing = "relance-print-"
    }

    /// A fresh folder `<prefix><pid>-XXXXXX` in the temporary folder, after removing the leftovers
    /// of dead processes. The caller removes it when done.
    package static func make(_ kind: Kind) throws(PDFPrintError) -> URL {
        removeFoldersOfDeadProcesses()
        let template = FileManager.default.temporaryDirectory.appending(path: "\(kind.rawValue)\(getpid())-XXXXXX").path(percentEncoded: false)
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw PDFPrintError(document: nil, reason: "cannot create a temporary folder: " + String(cString: strerror(errno)))
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    /// Removes the folders whose process no longer exists. A folder whose process is alive, or
    /// whose name has no process id, is left alone.
    package static func removeFoldersOfDeadProcesses(in folder: URL = FileManager.default.temporaryDirectory) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false)) else { return }
        for name in names {
            guard let kind = Kind.allCases.first(where: { name.hasPrefix($0.rawValue) }) else { continue }
            let rest = name.dropFirst(kind.rawValue.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { continue }
            // ESRCH: no such process. EPERM means it exists under another user: not ours to judge.
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appending(path: name))
            }
        }
    }
}

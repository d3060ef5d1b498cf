import Foundation

/// The CII XML a Factur-X PDF carries (also its older names, ZUGFeRD and XRechnung), taken out with
/// qpdf — already what prints the case files — rather than a PDF parser of our own.
enum FacturX {
    static let attachmentNames = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"]

    /// `RELANCE_QPDF`, else `qpdf` on `PATH`; nil when there is none.
    static func qpdf(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["RELANCE_QPDF"], FileManager.default.isExecutableFile(atPath: explicit) { return explicit }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where folder.hasPrefix("/") {
            let candidate = "\(folder)/qpdf"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    enum Outcome {
        case xml([UInt8])
        /// A readable PDF without embedded invoice data.
        case none
        /// qpdf could not read it: why.
        case unreadable(String)
    }

    static func embeddedXML(pdf path: String, qpdf: String) -> Outcome {
        guard case .success(let listing) = run(qpdf, ["--list-attachments", path]) else {
            return .unreadable("qpdf cannot read it as a PDF")
        }
        let names = String(decoding: listing, as: UTF8.self).split(separator: "\n")
            .compactMap { $0.components(separatedBy: " -> ").first?.trimmingCharacters(in: .whitespaces) }
        guard let name = names.first(where: { attachmentNames.contains($0.lowercased()) }) else { return .none }
        switch run(qpdf, ["--show-attachment=\(name)", path]) {
        case .success(let bytes): return .xml(bytes)
        case .failure: return .unreadable("qpdf cannot extract its \(name)")
        }
    }

    private struct Failed: Error {}

    /// stdout of a qpdf run; exit status 3 (warnings) counts as done.
    private static func run(_ qpdf: String, _ arguments: [String]) -> Result<[UInt8], Failed> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: qpdf)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(Failed()) }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 || process.terminationStatus == 3 ? .success(Array(data)) : .failure(Failed())
    }
}

import RelancePDF
import Foundation
import RelanceCore
import RelanceSite

/// The print step's tools: Chromium for every PDF, qpdf to assemble them. Both are optional — the
/// HTML is always written — and when one is missing the build says how to get it.
struct PDFTools {
    let letters: LetterPDFs
    var merger: PDFMerger? { letters.merger }

    /// nil when PDFs are not asked for or no browser is found; a `chromium` that is not a browser
    /// is a usage error.
    static func prepare(_ request: PDFRequest) throws(UsageError) -> PDFTools? {
        guard request.enabled else { return nil }
        let browser: URL?
        do {
            browser = try ChromiumLocator.locate(explicit: request.chromium.map { URL(fileURLWithPath: $0) })
        } catch {
            throw UsageError(description: "\(error)")
        }
        guard let browser else { return nil }
        let merger = try? PDFMerger.locate()
        return PDFTools(letters: LetterPDFs(chromium: browser, merger: merger ?? nil))
    }

    /// Why there are no letter PDFs, for the letters index and the console.
    static func note(disabled: Bool) -> String {
        disabled ? "PDF non demandés (--no-pdf) : imprimez les fichiers HTML depuis le navigateur."
            : "PDF non produits : aucun navigateur Chromium trouvé. Installez-le (\(ChromiumLocator.installAdvice)) "
                + "ou indiquez son chemin avec --chromium ; les fichiers HTML s'impriment aussi depuis le navigateur."
    }
}

/// Whether the build prints PDFs, and with which browser (`--no-pdf`, `--chromium`).
public struct PDFRequest: Sendable {
    public var enabled: Bool
    /// A browser given on the command line; otherwise `RELANCE_CHROMIUM`, then the `PATH`.
    public var chromium: String?

    public init(enabled: Bool, chromium: String?) {
        self.enabled = enabled
        self.chromium = chromium
    }

    /// Checks a `--chromium` before the book is read: one that is not a browser is a usage error.
    public func validate() throws(UsageError) {
        guard enabled, let chromium else { return }
        do {
            _ = try ChromiumLocator.locate(explicit: URL(fileURLWithPath: chromium))
        } catch {
            throw UsageError(description: "\(error)")
        }
    }
}

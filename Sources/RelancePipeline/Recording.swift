import Foundation
import RelanceBook
import RelanceCore
import RelancePublish
import RelanceRecord

/// What `relance record` is asked: the letters of the last build of `out`, logged in `book`.
public struct RecordLettersRequest: Sendable {
    public var book: String?
    public var out: String
    public var resources: String?
    public var only: [String]
    public var exclude: [String]
    public var sentOn: Day?
    public var deposit: String?
    public var withoutTracking: Bool
    public var dryRun: Bool

    public init(book: String?, out: String, resources: String?, only: [String], exclude: [String], sentOn: Day?,
                deposit: String?, withoutTracking: Bool, dryRun: Bool) {
        self.book = book; self.out = out; self.resources = resources; self.only = only; self.exclude = exclude
        self.sentOn = sentOn; self.deposit = deposit; self.withoutTracking = withoutTracking; self.dryRun = dryRun
    }
}

extension Pipeline {
    /// Logs the letters of the last build as sent; prints each line added, or, on a dry run, the
    /// lines it would add. Returns the exit status.
    public func record(_ request: RecordLettersRequest) -> ExitStatus {
        let resources: Resources
        let shipped: RateTable
        do {
            resources = try ResourceLocator.locate(
                explicit: request.resources.map { URL(fileURLWithPath: $0) },
                environment: ProcessInfo.processInfo.environment, executable: ResourceLocator.currentExecutable)
            shipped = try RateTableReader.read(file: resources.assets.appendingPathComponent("rates/rates.csv"))
        } catch {
            console.error("\(error)")
            return ExitStatus.of(error)
        }
        let book = request.book.map { URL(fileURLWithPath: $0) } ?? resources.assets.appendingPathComponent("sample-book")
        var letters = LetterRecorder.Request(book: book, out: URL(fileURLWithPath: request.out))
        letters.only = request.only
        letters.exclude = request.exclude
        letters.sentOn = request.sentOn
        letters.deposit = request.deposit.map { URL(fileURLWithPath: $0) }
        letters.withoutTracking = request.withoutTracking
        letters.dryRun = request.dryRun
        do {
            let report = try LetterRecorder(shippedRates: shipped).run(letters)
            for note in report.notes { console.warning(note) }
            if !report.alreadyRecorded.isEmpty {
                console.out("Déjà enregistrés, laissés de côté : \(report.alreadyRecorded.joined(separator: ", "))")
            }
            if request.dryRun {
                console.out("Essai (--dry-run) : rien n'a été écrit. Lignes qui seraient ajoutées à interactions.csv :")
                console.out(report.text, terminator: "")
            }
            for letter in report.recorded {
                let tracking = letter.tracking.map { ", recommandé n° \($0)" } ?? ""
                console.out("interactions.csv:\(letter.line) : \(letter.reference) (\(letter.kind)\(tracking)) ; "
                            + "original : " + letter.originals.map { "attachments/\($0)" }.joined(separator: ", "))
            }
            if !request.dryRun {
                console.out("\(report.recorded.count) courrier\(report.recorded.count > 1 ? "s" : "") enregistré\(report.recorded.count > 1 ? "s" : "") dans \(book.path).")
            }
            return .built
        } catch {
            console.error(error.description)
            switch error {
            case .input: return .bookErrors
            case .usage: return .usage
            case .refused: return .refused
            case .cannotWrite: return .cannotCreateOutput
            }
        }
    }
}

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

/// What `relance record delivery` is asked: the avis de réception of a letter already logged.
public struct RecordDeliveryRequest: Sendable {
    public var book: String?
    public var resources: String?
    public var letter: String
    public var on: Day
    public var proof: String?
    public var dryRun: Bool

    public init(book: String?, resources: String?, letter: String, on: Day, proof: String?, dryRun: Bool) {
        self.book = book; self.resources = resources; self.letter = letter; self.on = on; self.proof = proof; self.dryRun = dryRun
    }
}

extension Pipeline {
    /// The book to write in (the shipped sample by default) and the installed rate table.
    private func recordingContext(book: String?, resources: String?) throws -> (book: URL, rates: RateTable) {
        let found = try ResourceLocator.locate(
            explicit: resources.map { URL(fileURLWithPath: $0) },
            environment: ProcessInfo.processInfo.environment, executable: ResourceLocator.currentExecutable)
        let rates = try RateTableReader.read(file: found.assets.appendingPathComponent("rates/rates.csv"))
        return (book.map { URL(fileURLWithPath: $0) } ?? found.assets.appendingPathComponent("sample-book"), rates)
    }

    /// Why a record wrote nothing, told, and its exit status.
    private func failed(_ error: any Error) -> ExitStatus {
        guard let failure = error as? RecordFailure else {
            console.error("\(error)")
            return ExitStatus.of(error)
        }
        console.error(failure.description)
        switch failure {
        case .input: return .bookErrors
        case .usage: return .usage
        case .refused: return .refused
        case .cannotWrite: return .cannotCreateOutput
        case .internalError: return .internalError
        }
    }

    /// Logs the avis de réception of a registered letter; prints the line added, or would add.
    public func recordDelivery(_ request: RecordDeliveryRequest) -> ExitStatus {
        do {
            let context = try recordingContext(book: request.book, resources: request.resources)
            var delivery = DeliveryRecorder.Request(book: context.book, letter: request.letter, on: request.on, today: Self.today())
            delivery.proof = request.proof.map { URL(fileURLWithPath: $0) }
            delivery.dryRun = request.dryRun
            let report = try DeliveryRecorder(shippedRates: context.rates).run(delivery)
            if request.dryRun {
                console.out("Essai (--dry-run) : rien n'a été écrit. Ligne qui serait ajoutée à interactions.csv :")
                console.out(report.text, terminator: "")
            }
            let scan = report.proof.map { " ; avis de réception : attachments/\($0)" } ?? ""
            console.out("interactions.csv:\(report.line) : distribution de \(report.reference) le \(request.on.iso) "
                        + "(courrier \(report.letter.row))\(scan)")
            return .built
        } catch {
            return failed(error)
        }
    }

    /// Logs the letters of the last build as sent; prints each line added, or, on a dry run, the
    /// lines it would add. Returns the exit status.
    public func record(_ request: RecordLettersRequest) -> ExitStatus {
        do {
            let context = try recordingContext(book: request.book, resources: request.resources)
            let book = context.book
            var letters = LetterRecorder.Request(book: book, out: URL(fileURLWithPath: request.out))
            letters.only = request.only
            letters.exclude = request.exclude
            letters.sentOn = request.sentOn
            letters.deposit = request.deposit.map { URL(fileURLWithPath: $0) }
            letters.withoutTracking = request.withoutTracking
            letters.dryRun = request.dryRun
            let report = try LetterRecorder(shippedRates: context.rates).run(letters)
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
            return failed(error)
        }
    }
}

/// What `relance record promise | plan | dispute | reply | call` is asked: one line for the log.
public struct RecordEntryRequest: Sendable {
    public var book: String?
    public var resources: String?
    public var entry: LogEntry
    public var dryRun: Bool

    public init(book: String?, resources: String?, entry: LogEntry, dryRun: Bool) {
        self.book = book; self.resources = resources; self.entry = entry; self.dryRun = dryRun
    }
}

extension Pipeline {
    /// Logs one promise, plan, dispute, reply or call; prints the line added, or would add.
    public func recordEntry(_ request: RecordEntryRequest) -> ExitStatus {
        do {
            let context = try recordingContext(book: request.book, resources: request.resources)
            let report = try LogEntryRecorder(shippedRates: context.rates)
                .run(request.entry, book: context.book, today: Self.today(), dryRun: request.dryRun)
            // A hand-over typed in the log already only gets its list: no line is added.
            if !report.text.isEmpty {
                console.out(request.dryRun ? "Essai (--dry-run) : rien n'a été écrit. Ligne qui serait ajoutée à interactions.csv :"
                                           : "interactions.csv:\(report.line) :")
                console.out(report.text, terminator: "")
            } else if request.dryRun {
                console.out("Essai (--dry-run) : rien n'a été écrit.")
            }
            if let proof = report.proof, !request.dryRun { console.out("document gardé : attachments/\(proof)") }
            if let frozen = report.frozenList {
                console.out((request.dryRun ? "serait figée : " : "numérotation figée : ")
                            + "attachments/\(frozen.file) (\(frozen.exhibits) pièce\(frozen.exhibits > 1 ? "s" : "")) ; "
                            + "les pièces ajoutées ensuite seront numérotées à la suite.")
            }
            return .built
        } catch {
            return failed(error)
        }
    }
}

import Foundation
import RelanceCore

/// The everyday lines of the log `relance record` writes from the command line — a promise, a
/// payment plan, a dispute, a reply, a call — with what each one needs said.
public struct LogEntry: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case promise, plan, dispute, reply, call, handover

        /// The log's kind for it.
        var interactionKind: Interaction.Kind {
            switch self {
            case .promise: .promise
            case .plan: .paymentPlan
            case .dispute: .dispute
            case .reply: .reply
            case .call: .call
            case .handover: .handover
            }
        }

        /// Whether it concerns money still owed, so that its invoices must be open on its date.
        var needsOpenInvoices: Bool { self == .promise || self == .plan || self == .dispute || self == .handover }
    }

    public var kind: Kind
    public var debtor: String
    /// The day it happened.
    public var on: Day
    /// Invoice references; empty: every invoice of the debtor open that day.
    public var invoices: [String] = []
    public var channel: Interaction.Channel?
    /// `out` or `in`, when not the kind's default.
    public var direction: Interaction.Direction?
    public var summary: String?
    /// A promise's amount, typed as the user writes it (`1 200,50`).
    public var amount: String?
    /// A promise's date.
    public var due: Day?
    /// A plan's instalments, each `YYYY-MM-DD:amount`.
    public var schedule: [String] = []
    /// A file kept with the line (the debtor's letter, an e-mail, notes), copied into the book.
    public var proof: URL?

    public init(kind: Kind, debtor: String, on: Day) {
        self.kind = kind
        self.debtor = debtor
        self.on = on
    }
}

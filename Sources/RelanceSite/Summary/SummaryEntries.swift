import RelanceCore

extension SummaryDocument {
    /// The debtors of summary.json, each entry made when it is read. At 100k debtors, their open
    /// invoices' entries held at once were some 180 MB at the build's peak of memory; the build
    /// reads each entry once, to write it, and its audit adds up the entries as they are written.
    struct DebtorEntries: RandomAccessCollection, Encodable {
        let states: [DebtorState]
        let currency: Currency

        var startIndex: Int { states.startIndex }
        var endIndex: Int { states.endIndex }
        subscript(position: Int) -> Debtor { Debtor(states[position], currency: currency) }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            for entry in self { try container.encode(entry) }
        }
    }
}

extension SummaryDocument.Debtor {
    init(_ d: DebtorState, currency: Currency) {
        func amount(_ m: Money) -> String { m.plainDecimal(currency) }
        self.init(
            id: d.id, name: d.debtor.name, slug: Slug.make(for: d.id), type: d.debtor.kind.rawValue,
            outstanding: amount(d.outstanding), overdue: amount(d.overdue), unallocatedCredit: amount(d.unallocatedTotal),
            penalties: amount(d.penalties), indemnities: amount(d.indemnities), stage: d.stage.code, paused: d.paused.rawValue,
            nextAction: d.nextAction.map { SummaryDocument.NextAction(kind: $0.kind.rawValue, on: $0.on.iso, channel: $0.channel.rawValue) },
            invoices: d.openInvoices.map { i in
                SummaryDocument.Invoice(
                    reference: i.reference, dueDate: i.dueDate.iso, outstanding: amount(i.outstanding),
                    daysPastDue: i.daysPastDue, bucket: i.bucket.name, disputed: i.disputed,
                    penalties: amount(i.penalties.total), indemnity: amount(i.indemnity), prescription: i.prescription.iso,
                    prescriptionStatus: i.prescriptionStatus.rawValue, stage: i.stage.code,
                    penaltiesComputedThrough: i.penalties.computedThrough.iso, timeBarred: i.isTimeBarred)
            },
            settledLate: d.settledLate.map { i in
                SummaryDocument.SettledLate(
                    reference: i.reference, dueDate: i.dueDate.iso, settledOn: i.settledOn.iso, daysLate: i.daysLate,
                    penalties: amount(i.penalties.total), indemnity: amount(i.indemnity))
            })
    }
}

extension SummaryDocument {
    /// The actions of summary.json, each row made when it is read, like `DebtorEntries`.
    struct ActionEntries: RandomAccessCollection, Encodable {
        let actions: [Action]
        let queue: WorkQueue
        let letters: LetterLookup
        let currency: Currency

        var startIndex: Int { actions.startIndex }
        var endIndex: Int { actions.endIndex }
        subscript(i: Int) -> ActionRow {
            let action = actions[i], priority = queue.priorities[i]
            return ActionRow(
                debtor: action.debtorID, kind: action.kind.rawValue, on: action.on.iso, channel: action.channel.rawValue,
                invoices: action.invoices, priority: queue.rank[i], amount: priority.amount.plainDecimal(currency),
                daysLate: priority.daysLate, actBefore: priority.actBefore?.iso,
                letter: letters.letter(action).map(SitePaths.Letters.html),
                letterBlocked: letters.blocked(action)?.reason.rawValue)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            for row in self { try container.encode(row) }
        }
    }
}

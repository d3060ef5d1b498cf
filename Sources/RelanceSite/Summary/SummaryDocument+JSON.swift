import RelancePublish

/// summary.json written field by field, keys in sorted order within each object.
extension SummaryDocument {
    /// The whole document in memory (tests, small books).
    func json() -> [UInt8] {
        var j = PrettyJSON(capacity: 512 + debtors.count * 700 + actions.count * 200)
        write(&j)
        return j.finish()
    }

    /// Writes summary.json to `output` in pieces of a megabyte: on a million-invoice book the
    /// document is some 240 MB, which held whole (and grown by doubling) was the build's peak of
    /// memory.
    /// `eachDebtor` sees every debtor's entry as it is written.
    func write(into output: any SiteOutput, at relativePath: String, pieceSize: Int = 1 << 20,
               eachDebtor: (Debtor) -> Void = { _ in }) throws {
        try PrettyJSON.write(into: output, at: relativePath, pieceSize: pieceSize) { j in write(&j, eachDebtor: eachDebtor) }
    }

    private func write(_ j: inout PrettyJSON, eachDebtor: (Debtor) -> Void = { _ in }) {
        j.object { j in
            j.key("actions"); j.array { j in for action in actions { action.write(&j) } }
            j.key("aging"); j.array { j in
                for bucket in aging { j.object { j in j.key("amount"); j.string(bucket.amount); j.key("bucket"); j.string(bucket.bucket) } }
            }
            j.key("as_of"); j.string(asOf)
            j.key("currency"); j.string(currency)
            j.key("debtors"); j.array { j in
                for debtor in debtors {
                    debtor.write(&j)
                    eachDebtor(debtor)
                }
            }
            j.key("dso_days"); if let dsoDays { j.int(dsoDays) } else { j.null() }
            j.key("history"); j.array { j in for row in history { row.write(&j) } }
            j.key("letters"); letters.write(&j)
            j.key("reconciliation"); reconciliation.write(&j)
            j.key("rejected_rows"); j.array { j in
                for row in rejectedRows {
                    j.object { j in
                        j.key("debtor"); if let debtor = row.debtor { j.string(debtor) } else { j.null() }
                        j.key("file"); j.string(row.file)
                        j.key("line"); j.int(row.line)
                        j.key("reasons"); j.array { j in for reason in row.reasons { j.string(reason) } }
                    }
                }
            }
            j.key("totals"); totals.write(&j)
        }
    }
}

extension SummaryDocument.HistoryRow {
    func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("as_of"); j.string(asOf)
            j.key("collected"); j.string(collected)
            j.key("disputes_new"); j.int(disputesNew)
            j.key("dso"); if let dso { j.int(dso) } else { j.null() }
            j.key("dso_countback"); j.string(dsoCountback)
            j.key("outstanding"); j.string(outstanding)
            j.key("over_90"); j.string(over90)
            j.key("overdue"); j.string(overdue)
            j.key("promises_broken"); j.int(promisesBroken)
            j.key("promises_due"); j.int(promisesDue)
        }
    }
}

extension SummaryDocument.ActionRow {
    func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("act_before"); if let actBefore { j.string(actBefore) } else { j.null() }
            j.key("amount"); j.string(amount)
            j.key("channel"); j.string(channel)
            j.key("days_late"); j.int(daysLate)
            j.key("debtor"); j.string(debtor)
            j.key("invoices"); j.array { j in for invoice in invoices { j.string(invoice) } }
            j.key("kind"); j.string(kind)
            if let letter { j.key("letter"); j.string(letter) }
            if let letterBlocked { j.key("letter_blocked"); j.string(letterBlocked) }
            j.key("on"); j.string(on)
            j.key("priority"); j.int(priority)
        }
    }
}

extension SummaryDocument.Debtor {
    func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("id"); j.string(id)
            j.key("indemnities"); j.string(indemnities)
            j.key("invoices"); j.array { j in for invoice in invoices { invoice.write(&j) } }
            j.key("name"); j.string(name)
            j.key("next_action")
            if let nextAction {
                j.object { j in
                    j.key("channel"); j.string(nextAction.channel)
                    j.key("kind"); j.string(nextAction.kind)
                    j.key("on"); j.string(nextAction.on)
                }
            } else {
                j.null()
            }
            j.key("outstanding"); j.string(outstanding)
            j.key("overdue"); j.string(overdue)
            j.key("paused"); j.string(paused)
            j.key("penalties"); j.string(penalties)
            j.key("settled_late"); j.array { j in for invoice in settledLate { invoice.write(&j) } }
            j.key("slug"); j.string(slug)
            j.key("stage"); j.string(stage)
            j.key("type"); j.string(type)
            j.key("unallocated_credit"); j.string(unallocatedCredit)
        }
    }
}

extension SummaryDocument.SettledLate {
    func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("days_late"); j.int(daysLate)
            j.key("due_date"); j.string(dueDate)
            j.key("indemnity"); j.string(indemnity)
            j.key("penalties"); j.string(penalties)
            j.key("reference"); j.string(reference)
            j.key("settled_on"); j.string(settledOn)
        }
    }
}

extension SummaryDocument.Invoice {
    func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("bucket"); j.string(bucket)
            j.key("days_past_due"); j.int(daysPastDue)
            j.key("disputed"); j.bool(disputed)
            j.key("due_date"); j.string(dueDate)
            j.key("indemnity"); j.string(indemnity)
            j.key("outstanding"); j.string(outstanding)
            j.key("penalties"); j.string(penalties)
            j.key("penalties_computed_through"); j.string(penaltiesComputedThrough)
            j.key("prescription"); j.string(prescription)
            j.key("prescription_status"); j.string(prescriptionStatus)
            j.key("reference"); j.string(reference)
            j.key("stage"); j.string(stage)
            j.key("time_barred"); j.bool(timeBarred)
        }
    }
}

extension SummaryDocument.Letters {
    func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("blocked"); j.array { j in
                for item in blocked {
                    j.object { j in
                        j.key("debtor"); j.string(item.debtor)
                        j.key("level"); j.string(item.level)
                        j.key("reason"); j.string(item.reason)
                    }
                }
            }
            j.key("by_level"); j.object { j in
                for (level, count) in byLevel.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                    j.key(level); j.int(count)
                }
            }
            j.key("total"); j.int(total)
        }
    }
}

extension SummaryDocument.Reconciliation {
    func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("balance"); j.string(balance)
            j.key("credit_applied_to_later_invoices"); j.string(creditAppliedToLaterInvoices)
            j.key("credited"); j.string(credited)
            j.key("interactions_ignored"); j.int(interactionsIgnored)
            j.key("interactions_read"); j.int(interactionsRead)
            j.key("invoiced"); j.string(invoiced)
            j.key("ledger_entries_ignored"); j.int(ledgerEntriesIgnored)
            j.key("ledger_entries_read"); j.int(ledgerEntriesRead)
            j.key("outstanding"); j.string(outstanding)
            j.key("paid"); j.string(paid)
            j.key("rejected"); j.int(rejected)
            j.key("unallocated_credit"); j.string(unallocatedCredit)
        }
    }
}

extension SummaryDocument.Totals {
    func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("disputed"); j.string(disputed)
            j.key("indemnities"); j.string(indemnities)
            j.key("not_due"); j.string(notDue)
            j.key("outstanding"); j.string(outstanding)
            j.key("overdue"); j.string(overdue)
            j.key("penalties"); j.string(penalties)
            j.key("settled_indemnities"); j.string(settledIndemnities)
            j.key("settled_penalties"); j.string(settledPenalties)
            j.key("time_barred"); j.string(timeBarred)
            j.key("unallocated_credit"); j.string(unallocatedCredit)
        }
    }
}

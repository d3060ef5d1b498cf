import RelanceCore

/// CAMT.053 (camt.053.001.02 to .001.08) bank-to-customer statements: the booked credits
/// (`CdtDbtInd` CRDT, status BOOK), by local names so that every version reads alike. Streamed one
/// entry (`Ntry`) at a time: a year of statements in one file reads in bounded memory.
enum CAMTReader {
    struct Statement {
        var credits: [BankCredit] = []
        /// Every entry read, credits or not.
        var entries = 0
        /// Debits, and entries not booked (pending, information): not payments.
        var notCredits = 0
        /// Credits with a located error.
        var withErrors = 0
    }

    static func read(_ bytes: [UInt8], fileName: String, log: ErrorLog) -> Statement {
        read(fileName: fileName, log: log) { each throws(XMLProblem) in
            try XMLElementStream.read(bytes, name: fileName, element: "Ntry", root: checkRoot, each: each)
        }
    }

    /// Reads an open file as it streams from the disk.
    static func read(descriptor: Int32, fileName: String, log: ErrorLog) -> Statement {
        read(fileName: fileName, log: log) { each throws(XMLProblem) in
            try XMLElementStream.read(descriptor: descriptor, name: fileName, element: "Ntry", root: checkRoot, each: each)
        }
    }

    private static func read(fileName: String, log: ErrorLog,
                             _ stream: ((XMLElement) -> Void) throws(XMLProblem) -> Void) -> Statement {
        var statement = Statement()
        do {
            try stream { entry in read(entry, fileName: fileName, log: log, into: &statement) }
        } catch {
            log.add(fileName, line: error.line, column: 1, nil, message(error))
        }
        return statement
    }

    private static let expectedRoot = "expected a CAMT.053 statement (Document in urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx)"

    private static func checkRoot(_ root: XMLElementStream.Root) -> String? {
        root.name == "Document" && root.namespace?.hasPrefix("urn:iso:std:iso:20022:tech:xsd:camt.053.") == true
            ? nil : "\(expectedRoot), found \(quoted(root.name))"
    }

    private static func message(_ problem: XMLProblem) -> String {
        problem.message.hasPrefix(expectedRoot) ? problem.message : "not well-formed XML: \(problem.message)"
    }

    private static func read(_ entry: XMLElement, fileName: String, log: ErrorLog, into statement: inout Statement) {
        statement.entries += 1
        guard entry.child("CdtDbtInd")?.text == "CRDT", (entry.child("Sts")?.text ?? "BOOK") == "BOOK" else {
            statement.notCredits += 1
            return
        }
        let line = entry.line
        let amountElement = entry.child("Amt")
        let amountText = amountElement?.text
        let currency = amountElement?.attribute("Ccy") ?? "EUR"
        guard currency.uppercased() == "EUR" else {
            log.add(fileName, line: line, column: 1, "Amt", "expected EUR: Relance claims in euros only, found \(quoted(currency))")
            statement.withErrors += 1
            return
        }
        let amount = amountText.flatMap { text in Array(text.utf8).withUnsafeBufferPointer { FECValues.amount($0) } }
        let dateText = entry.path("BookgDt", "Dt")?.text
            ?? entry.path("BookgDt", "DtTm")?.text.map { String($0.prefix(10)) }
            ?? entry.path("ValDt", "Dt")?.text
        let day = dateText.flatMap { text in Array(text.utf8).withUnsafeBufferPointer { FECValues.day($0) } }
        guard let amount, amount > 0, let day else {
            log.add(fileName, line: line, column: 1, "Ntry",
                    "expected a booked credit with an amount such as 1234.56 and a booking date, found \(quoted(amountText ?? "")) on \(quoted(dateText ?? ""))")
            statement.withErrors += 1
            return
        }
        let details = entry.descendant("TxDtls")
        let payer = details?.descendant("Dbtr")?.descendant("Nm")?.text
        let iban = details?.descendant("DbtrAcct")?.descendant("IBAN")?.text?.filter { $0 != " " }.uppercased()
        let unstructured = details?.descendant("Ustrd")?.text ?? entry.child("AddtlNtryInf")?.text
        let structured = details?.descendant("CdtrRefInf")?.child("Ref")?.text
        let text = [unstructured, structured].compactMap { $0 }.joined(separator: " ")
        let reference = entry.child("AcctSvcrRef")?.text ?? entry.child("NtryRef")?.text
        let key = reference.map { "ref:\($0)" } ?? "\(day.iso)|\(amount)|\(text)"
        statement.credits.append(BankCredit(
            location: SourceLocation(file: fileName, line: line), day: day, amount: Money(minorUnits: amount), payer: payer,
            iban: iban, text: text.isEmpty ? nil : text, key: key, reference: reference))
    }
}

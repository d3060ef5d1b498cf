import RelanceCore

/// CAMT.053 (camt.053.001.02 to .001.08) bank-to-customer statements: the booked credits
/// (`CdtDbtInd` CRDT, status BOOK), by local names so that every version reads alike.
enum CAMTReader {
    private static func name(_ local: String) -> String { "*[local-name()='\(local)']" }

    static func read(_ bytes: [UInt8], fileName: String, log: ErrorLog) -> [BankCredit] {
        let document: XMLDocument
        do {
            document = try XMLDocument(bytes, name: fileName, namespaces: [:])
        } catch {
            log.add(fileName, line: error.line, column: 1, nil, "not well-formed XML: \(error.message)")
            return []
        }
        let root = document.root
        guard root.name == "Document", root.namespace?.hasPrefix("urn:iso:std:iso:20022:tech:xsd:camt.053.") == true else {
            log.add(fileName, line: 1, column: 1, nil,
                    "expected a CAMT.053 statement (Document in urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx), found \(quoted(root.name))")
            return []
        }
        let entries = "//\(name("Stmt"))/\(name("Ntry"))"
        var credits: [BankCredit] = []
        for index in 1..<(document.count(entries) + 1) {
            let entry = "(\(entries))[\(index)]"
            guard document.string("\(entry)/\(name("CdtDbtInd"))") == "CRDT",
                  (document.string("\(entry)/\(name("Sts"))") ?? "BOOK") == "BOOK" else { continue }
            let line = document.line(entry)
            let amountText = document.string("\(entry)/\(name("Amt"))")
            let currency = document.string("\(entry)/\(name("Amt"))/@Ccy") ?? "EUR"
            guard currency.uppercased() == "EUR" else {
                log.add(fileName, line: line, column: 1, "Amt", "expected EUR: Relance claims in euros only, found \(quoted(currency))")
                continue
            }
            let amount = amountText.flatMap { text in Array(text.utf8).withUnsafeBufferPointer { FECValues.amount($0) } }
            let dateText = document.string("\(entry)/\(name("BookgDt"))/\(name("Dt"))")
                ?? document.string("\(entry)/\(name("BookgDt"))/\(name("DtTm"))").map { String($0.prefix(10)) }
                ?? document.string("\(entry)/\(name("ValDt"))/\(name("Dt"))")
            let day = dateText.flatMap { text in Array(text.utf8).withUnsafeBufferPointer { FECValues.day($0) } }
            guard let amount, amount > 0, let day else {
                log.add(fileName, line: line, column: 1, "Ntry",
                        "expected a booked credit with an amount such as 1234.56 and a booking date, found \(quoted(amountText ?? "")) on \(quoted(dateText ?? ""))")
                continue
            }
            let details = "\(entry)//\(name("TxDtls"))[1]"
            let payer = document.string("\(details)//\(name("Dbtr"))//\(name("Nm"))")
            let iban = document.string("\(details)//\(name("DbtrAcct"))//\(name("IBAN"))")?.filter { $0 != " " }.uppercased()
            let unstructured = document.string("\(details)//\(name("Ustrd"))") ?? document.string("\(entry)/\(name("AddtlNtryInf"))")
            let structured = document.string("\(details)//\(name("CdtrRefInf"))/\(name("Ref"))")
            let text = [unstructured, structured].compactMap { $0 }.joined(separator: " ")
            let reference = document.string("\(entry)/\(name("AcctSvcrRef"))") ?? document.string("\(entry)/\(name("NtryRef"))")
            let key = reference.map { "ref:\($0)" } ?? "\(day.iso)|\(amount)|\(text)"
            credits.append(BankCredit(
                location: SourceLocation(file: fileName, line: line), day: day, amount: Money(minorUnits: amount), payer: payer,
                iban: iban, text: text.isEmpty ? nil : text, key: key, reference: reference))
        }
        return credits
    }
}

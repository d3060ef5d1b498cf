import RelanceCore

/// A CAMT.053 (camt.053.001.08) statement of the creditor's account, as a bank would send it: one
/// `Ntry` per movement, booked, with its bank reference (`AcctSvcrRef`), the payer's name and IBAN
/// and the remittance text. It serves the sample FEC book and the bank-statement benchmark.
public enum CAMTWriter {
    public struct Movement: Sendable {
        public var day: Day
        public var amount: Money
        /// True for money in (CRDT), false for money out (DBIT).
        public var credit: Bool
        public var bankReference: String
        public var party: String?
        public var iban: String?
        public var text: String?

        public init(day: Day, amount: Money, credit: Bool = true, bankReference: String, party: String? = nil,
                    iban: String? = nil, text: String? = nil) {
            self.day = day; self.amount = amount; self.credit = credit; self.bankReference = bankReference
            self.party = party; self.iban = iban; self.text = text
        }
    }

    public static func statement(id: String, account iban: String, from: Day, to: Day, movements: [Movement]) -> String {
        let e = EInvoiceWriter.escaped
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>\(e(id))</MsgId><CreDtTm>\(to.iso)T20:00:00</CreDtTm></GrpHdr>
                <Stmt>
                  <Id>\(e(id))</Id>
                  <FrToDt><FrDtTm>\(from.iso)T00:00:00</FrDtTm><ToDtTm>\(to.iso)T23:59:59</ToDtTm></FrToDt>
                  <Acct><Id><IBAN>\(e(iban.filter { $0 != " " }))</IBAN></Id><Ccy>EUR</Ccy></Acct>

            """
        for movement in movements {
            let side = movement.credit ? "Dbtr" : "Cdtr"
            out += """
                      <Ntry>
                        <Amt Ccy="EUR">\(movement.amount.plainDecimal())</Amt>
                        <CdtDbtInd>\(movement.credit ? "CRDT" : "DBIT")</CdtDbtInd>
                        <Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>\(movement.day.iso)</Dt></BookgDt>
                        <ValDt><Dt>\(movement.day.iso)</Dt></ValDt>
                        <AcctSvcrRef>\(e(movement.bankReference))</AcctSvcrRef>
                        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>\(movement.credit ? "RCDT" : "ICDT")</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                        <NtryDtls><TxDtls>

                """
            if movement.party != nil || movement.iban != nil {
                out += "            <RltdPties>"
                if let party = movement.party { out += "<\(side)><Pty><Nm>\(e(party))</Nm></Pty></\(side)>" }
                if let account = movement.iban { out += "<\(side)Acct><Id><IBAN>\(e(account))</IBAN></Id></\(side)Acct>" }
                out += "</RltdPties>\n"
            }
            if let text = movement.text { out += "            <RmtInf><Ustrd>\(e(text))</Ustrd></RmtInf>\n" }
            out += "          </TxDtls></NtryDtls>\n        </Ntry>\n"
        }
        out += "    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n"
        return out
    }
}

import Foundation
import RelanceTestSupport
import Testing

/// Hostile books (issue 5, item 6): each is rejected with every error located
/// (`file:line:column: column: expected …`, exit 1, the previous output untouched, no staging left)
/// or, where the contract allows it, built correctly; never a crash, a hang or a partial output.
/// Small books are fixtures (`Fixtures/hostile/<case>/`, laid over BookFixture.mini); large ones are
/// generated here at run time.
@Suite struct HostileBookTests {
    // MARK: Bytes

    @Test func invalidUTF8IsRejectedAtItsFirstBadByte() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "invalid-utf8")
        try bench.expectRejected(bench.build(), [
            "ledger.csv:3:21: expected UTF-8 text, found the byte 0xFF that is not UTF-8 (for a windows-1252 export",
        ])
    }

    @Test func theSameBytesReadAsWindows1252Build() throws {
        var base = BookFixture.mini
        base.toml += "[input]\nencoding = \"windows-1252\"\n"
        let bench = try HostileBench(base)
        try bench.lay(fixture: "invalid-utf8")
        let summary = try bench.expectBuilt(bench.build())
        #expect(summary.openInvoices == ["F1": "1000.00", "F\u{FF}2": "10.00"])
    }

    @Test func nulBytesAreRejectedInCSVAndInRelanceToml() throws {
        let csv = try HostileBench()
        try csv.lay(fixture: "nul-byte")
        try csv.expectRejected(csv.build(), ["ledger.csv:3:31: expected text, found a NUL byte (0x00)"])

        // toml++ reads a C string: before the fix, everything after the NUL (here a bad value) was ignored.
        let toml = try HostileBench()
        try toml.lay(fixture: "nul-byte-toml")
        try toml.expectRejected(toml.build(), ["relance.toml:3:1: expected text, found a NUL byte (0x00)"])
    }

    // MARK: Size

    /// A 10 MB multi-line quoted field keeps every later line number right; a 10 MB amount and a
    /// 10 MB unterminated field are reported with a shortened excerpt.
    @Test func tenMegabyteFieldsAreLocatedAndShortened() throws {
        let bench = try HostileBench()
        let ten = 10_000_000
        var ledger = Array("date,kind,reference,debtor,amount,due_date,label\n2026-01-10,invoice,F1,D1,1000.00,2026-02-09,\n".utf8)
        ledger += Array("2026-01-11,invoice,F2,D1,10.00,2026-02-10,\"".utf8)
        let chunk = Array("0123456789 ; , \"\" \n".utf8)  // 1,000 line breaks and escaped quotes in 10 MB
        for _ in 0..<1_000 { ledger += chunk + [UInt8](repeating: UInt8(ascii: "x"), count: ten / 1_000 - chunk.count) }
        ledger += Array("\"\n2026-01-12,invoice,F3,D1,".utf8) + [UInt8](repeating: UInt8(ascii: "1"), count: ten)
        ledger += Array(",2026-02-11,\n2026-01-13,invoice,F4,D1,5.00,2026-02-12,\"".utf8)
        ledger += [UInt8](repeating: UInt8(ascii: "y"), count: ten)
        try bench.write("ledger.csv", ledger)
        let run = try bench.build()
        try bench.expectRejected(run, [
            "ledger.csv:1004:26: amount: expected at most 13 digits before the decimals, found \"\(String(repeating: "1", count: 60))…\"",
            "ledger.csv:1005:42: this quote is never closed",
        ])
        #expect(run.stderr.utf8.count < 2_000, "messages must not carry the 10 MB values")
    }

    @Test func aTenMegabyteLabelBuilds() throws {
        let bench = try HostileBench()
        let label = String(repeating: "é", count: 5_000_000)  // 10 MB of UTF-8
        try bench.write("ledger.csv", "date,kind,reference,debtor,amount,due_date,label\n2026-01-10,invoice,F1,D1,1000.00,2026-02-09,\(label)\n")
        let summary = try bench.expectBuilt(bench.build())
        #expect(summary.openInvoices == ["F1": "1000.00"])
    }

    @Test func aLineWithAHundredThousandSeparators() throws {
        let bench = try HostileBench()
        let separators = String(repeating: ",", count: 100_000)
        try bench.write("ledger.csv", "date,kind,reference,debtor,amount,due_date,applies_to\n2026-01-10,invoice,F1,D1,1000.00,2026-02-09,\n"
                        + "2026-01-11,invoice,F2,D1,10.00,2026-02-10,\(separators)\n")
        try bench.expectRejected(bench.build(), [
            "ledger.csv:3:44: expected 7 fields as in the header, found 100007 (is a separator inside a value that should be quoted?)",
        ])
    }

    @Test func aHeaderWithAHundredThousandEmptyColumnsBuilds() throws {
        let bench = try HostileBench()
        let separators = String(repeating: ",", count: 100_000)
        try bench.write("ledger.csv", "date,kind,reference,debtor,amount,due_date,applies_to\(separators)\n"
                        + "2026-01-10,invoice,F1,D1,1000.00,2026-02-09,\(separators)\n")
        let summary = try bench.expectBuilt(bench.build())
        #expect(summary.openInvoices == ["F1": "1000.00"])
    }

    // MARK: Quotes and line breaks

    @Test func anUnterminatedQuoteIsReportedWhereItOpens() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "unterminated-quote")
        try bench.expectRejected(bench.build(), [
            "ledger.csv:3:20: this quote is never closed: expected a closing \" before the end of the file",
        ])
    }

    /// CRLF, LF and lone CR in one file, a CRLF inside a quoted value, blank lines, no final break.
    @Test func mixedLineBreaksBuildAndKeepLineNumbers() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "mixed-line-breaks")
        let summary = try bench.expectBuilt(bench.build())
        #expect(summary.openInvoices == ["F1": "1000.00", "F2\r\nbis": "10.00", "F3": "10.00", "F4": "10.00", "F5": "10.00"])

        let error = try HostileBench()
        try error.lay(fixture: "mixed-line-breaks-error")
        try error.expectRejected(error.build(), ["ledger.csv:6:26: amount: expected an amount such as 1234.56, found \"ten\""])
    }

    // MARK: Values

    /// Payment references may repeat (a bank's own numbering); invoices, credit notes and debtor ids may not.
    @Test func duplicateReferencesAndIds() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "duplicates")
        try bench.expectRejected(bench.build(), [
            "debtors.csv:3:1: id: the id \"D1\" is already used on line 2: ids must be unique",
            "ledger.csv:3:24: reference: the reference \"F1\" is already used on line 2: invoice and credit-note references must be unique",
        ])
    }

    @Test func zeroNegativeAndThreeDecimalAmounts() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "bad-amounts")
        try bench.expectRejected(bench.build(), [
            "ledger.csv:2:26: amount: expected a strictly positive amount, found \"0.00\"",
            "ledger.csv:3:26: amount: expected a strictly positive amount, found \"-5.00\"",
            "ledger.csv:4:26: amount: expected at most 2 decimals (cents of EUR), found \"1.234\"",
            "ledger.csv:5:26: amount: expected a strictly positive amount, found \"0\"",
            "ledger.csv:6:30: amount: expected a strictly positive amount, found \"-0.01\"",
        ])
    }

    @Test func datesOutOfTheCalendar() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "bad-dates")
        try bench.expectRejected(bench.build(), [
            "ledger.csv:2:1: date: expected a date, found \"2026-02-30\", which is not a day of the calendar",
            "ledger.csv:3:1: date: expected a date, found \"0000-01-10\", which is not a day of the calendar",
            "ledger.csv:4:32: due_date: expected a date, found \"31/02/2026\", which is not a day of the calendar",
            "ledger.csv:5:1: date: expected a date, found \"2026-13-01\", which is not a day of the calendar",
            "ledger.csv:6:1: date: expected a date such as 2026-03-31 or 31/03/2026, found \"10000-01-01\"",
        ])
    }

    /// Years 1 and 9999 are days of the calendar: they build. A due date in 9999 used to crash the
    /// prescription (9999 + 5 years), and so did the day arithmetic near it.
    @Test func theFirstAndLastYearsOfTheCalendarBuild() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "far-dates")
        let now = try bench.expectBuilt(bench.build())
        #expect(now.openInvoices == ["F1": "10.00"])  // F9, dated 9999, is after the build date
        // Five years from the invoice date.
        #expect(prescriptions(now) == ["F1": "0006-01-01"])

        let later = try bench.expectBuilt(bench.build(asOf: "9999-12-31"))
        #expect(later.openInvoices == ["F1": "10.00", "F9": "10.00"])
        #expect(prescriptions(later) == ["F1": "0006-01-01", "F9": "10004-12-01"])
    }

    /// The sums that used to overflow Int64 and crash: ten thousand invoices of the largest amount,
    /// and a payment plan of ten thousand such instalments. Both are located errors now.
    @Test func amountsAddingUpBeyondWhatABookHoldsAreErrors() throws {
        let bench = try HostileBench()
        var ledger = "date,kind,reference,debtor,amount,due_date,applies_to\n"
        for index in 0..<10_000 { ledger += "2026-01-10,invoice,F\(index),D1,9999999999999.99,2026-02-09,\n" }
        try bench.write("ledger.csv", ledger)
        let plan = Array(repeating: "2026-07-01:9999999999999.99", count: 10_000).joined(separator: "|")
        try bench.write("interactions.csv", "date,debtor,invoices,kind,schedule\n2026-03-01,D1,F0,payment_plan,\(plan)\n")
        try bench.expectRejected(bench.build(), [
            "interactions.csv:2:31: schedule: expected instalments adding up to at most 1000000000000.00",
            "ledger.csv:2:1: amount: expected the invoices of the ledger to add up to at most 1000000000000.00",
        ])

        // Just below the bound, the same book builds.
        let fits = try HostileBench()
        var many = "date,kind,reference,debtor,amount,due_date,applies_to\n"
        for index in 0..<1_000 { many += "2026-01-10,invoice,F\(index),D1,999999999.99,2026-02-09,\n" }
        try fits.write("ledger.csv", many)
        #expect(try fits.expectBuilt(fits.build()).outstandingTotal == "999999999990.00")
        let over = try HostileBench()
        try over.write("ledger.csv", many + "2026-01-10,invoice,LAST,D1,10.01,2026-02-09,\n")
        try over.expectRejected(over.build(), [
            "ledger.csv:1002:1: amount: expected the invoices of the ledger to add up to at most 1000000000000.00, but they pass it at this line (1000000000000.01)",
        ])
    }

    // MARK: Names

    /// References such as F/2026/001, or written to climb out of a folder, are legal values: the
    /// book builds, and every output name stays inside the output.
    @Test func referencesWithSlashesAndDotsBuildWithSafeOutputNames() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "slashes-and-dots")
        let summary = try bench.expectBuilt(bench.build())
        #expect(summary.openInvoices == ["F/2026/001": "1000.00", "../../etc/passwd": "5.00", "..": "10.00"])
        let files = try snapshot(bench.out).keys.sorted()
        for path in files {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }, "\(path)")
        }
        // The invoices' own PDFs (`/` written `_`) travel with the letter, under safe names.
        #expect(files.contains { $0.hasPrefix("letters/") && $0.hasSuffix("/F_2026_001.pdf") }, "\(files)")
        #expect(files.contains { $0.hasPrefix("letters/") && $0.hasSuffix("/.._.._etc_passwd.pdf") }, "\(files)")
    }

    /// A proof (or an invoice PDF) that is a link leading outside attachments/, directly or through
    /// a linked folder, is an error; so are absolute paths and `..`.
    @Test func proofsThatLeadOutsideAttachmentsAreErrors() throws {
        let bench = try HostileBench()
        let outside = try TemporaryFolder()
        let secret = outside.file("secret.txt")
        try Data("TOP-SECRET-CONTENT".utf8).write(to: secret)
        let attachments = bench.book.appendingPathComponent("attachments")
        try FileManager.default.createDirectory(at: attachments.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: attachments.appendingPathComponent("invoices"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: attachments.appendingPathComponent("ar.pdf"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: attachments.appendingPathComponent("sub/up"), withDestinationURL: outside.url)
        try FileManager.default.createSymbolicLink(at: attachments.appendingPathComponent("invoices/F1.pdf"), withDestinationURL: secret)
        try Data("ok".utf8).write(to: attachments.appendingPathComponent("real.pdf"))
        try bench.write("interactions.csv", """
            date,debtor,invoices,kind,channel,proof
            2026-03-01,D1,F1,call,phone,ar.pdf
            2026-03-02,D1,F1,call,phone,sub/up/secret.txt|real.pdf
            2026-03-03,D1,,note,,/etc/passwd
            2026-03-04,D1,,note,,../relance.toml

            """)
        let run = try bench.build()
        try bench.expectRejected(run, [
            "interactions.csv:2:29: proof: \"ar.pdf\" leads outside attachments/ through a link",
            "interactions.csv:3:29: proof: \"sub/up/secret.txt\" leads outside attachments/ through a link",
            "interactions.csv:4:22: proof: expected a path relative to attachments/, found the absolute path \"/etc/passwd\"",
            "interactions.csv:5:22: proof: expected a path inside attachments/, found \"../relance.toml\", which climbs out with \"..\"",
            "ledger.csv:2:1: reference: invoice file: \"attachments/invoices/F1.pdf\" leads outside attachments/ through a link",
        ])
        #expect(!run.stdout.contains("TOP-SECRET") && !run.stderr.contains("TOP-SECRET"))
    }

    @Test func anInteractionForAnUnknownDebtorAndAPaymentOnAnotherDebtorsInvoice() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "cross-debtor")
        try bench.expectRejected(bench.build(), [
            "interactions.csv:2:12: debtor: unknown debtor \"NOBODY\": no such id in debtors.csv",
            "interactions.csv:3:15: invoices: the invoice \"F1\" (ledger.csv line 2) belongs to debtor \"D1\", not to \"D2\"",
            "ledger.csv:3:32: applies_to: the invoice \"F1\" (line 2) belongs to debtor \"D1\", not to \"D2\"",
            "ledger.csv:4:36: applies_to: the invoice \"F1\" (line 2) belongs to debtor \"D1\", not to \"D2\"",
        ])
    }

    // MARK: Volume

    /// One debtor with a hundred thousand exchanges: the case file lists them all, in a bounded time
    /// (a debug build takes 15 to 60 s here, depending on the load; the bound is for hangs, not a benchmark).
    @Test func aHundredThousandInteractionsForOneDebtorBuild() throws {
        let bench = try HostileBench()
        let kinds = ["call", "email", "note", "reply", "meeting"]
        var log = "date,debtor,invoices,kind,channel,summary\n"
        log.reserveCapacity(6_000_000)
        // 1 March to 31 May 2026, with times of day: plain text, no calendar arithmetic needed.
        let days = (1...31).map { "2026-03-\(pad($0))" } + (1...30).map { "2026-04-\(pad($0))" } + (1...31).map { "2026-05-\(pad($0))" }
        for index in 0..<100_000 {
            let day = days[index % days.count]
            log += "\(day)T\(pad((index / days.count) % 24)):\(pad(index % 60)),D1,F1,\(kinds[index % 5]),,échange n° \(index)\n"
        }
        try bench.write("interactions.csv", log)
        let run = try bench.build(timeout: 600)
        let summary = try bench.expectBuilt(run)
        #expect(summary.openInvoices == ["F1": "1000.00"])
        #expect(run.stdout.contains("100\u{202F}000 interactions"), "\(run.stdout)")
        // Every exchange is in the debtor's one page (not bundled: it is at the first reminder).
        let slug = try #require((summary["debtors"] as? [[String: Any]])?.first?["slug"] as? String)
        let page = try String(contentsOf: bench.out.appendingPathComponent("debtors/\(slug).html"), encoding: .utf8)
        #expect(page.contains("échange n° 0<") && page.contains("échange n° 99999<"))
    }

    @Test func thousandsOfRemindersForOneDebtorGiveACaseFileInSeconds() throws {
        // Each reminder logged without a proof gets a reconstruction in the case file's annexes:
        // 2 000 of them over 100 days. Computing the past once per reminder, and recalling every earlier
        // step in every copy, made this grow with the square of the log (hours at 14 000).
        let bench = try HostileBench()
        let kinds = ["reminder_1", "reminder_2", "reminder_3", "formal_notice"]
        var log = "date,debtor,invoices,kind,channel,summary\n"
        let days = (10...28).map { "2026-02-\(pad($0))" } + (1...31).map { "2026-03-\(pad($0))" }
            + (1...30).map { "2026-04-\(pad($0))" } + (1...20).map { "2026-05-\(pad($0))" }
        for index in 0..<2_000 {
            log += "\(days[index % days.count]),D1,F1,\(kinds[index % 4]),letter,relance n° \(index)\n"
        }
        try bench.write("interactions.csv", log)
        let run = try bench.build(timeout: 300)
        let summary = try bench.expectBuilt(run)
        let slug = try #require((summary["debtors"] as? [[String: Any]])?.first?["slug"] as? String)
        let annexes = bench.out.appendingPathComponent("debtors/\(slug)/annexes")
        let files = try FileManager.default.contentsOfDirectory(atPath: annexes.path)
        #expect(files.filter { $0.hasSuffix(".html") }.count == 2_000)
        // The last line of the log: `...-ligne-2001.html`.
        let number = { (name: String) in Int(name.dropLast(5).split(separator: "-").last ?? "") ?? 0 }
        let last = try #require(files.filter { $0.hasSuffix(".html") }.max { number($0) < number($1) })
        #expect(number(last) == 2_001)
        let page = try String(contentsOf: annexes.appendingPathComponent(last), encoding: .utf8)
        #expect(page.contains("Nos démarches ont commencé le <span>10 février 2026</span>"), "\(page.prefix(3000))")
        #expect(page.components(separatedBy: "<li>le ").count - 1 <= 11)
    }

    // MARK: Empty and missing

    @Test func aBookOfHeadersOnlyBuildsAnEmptySite() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "header-only")
        let summary = try bench.expectBuilt(bench.build())
        #expect(summary.outstandingTotal == "0.00")
        #expect((summary["debtors"] as? [Any])?.isEmpty == true)
        #expect(FileManager.default.fileExists(atPath: bench.out.appendingPathComponent("index.html").path))
    }

    @Test func emptyFilesAreErrors() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "zero-byte")
        try bench.expectRejected(bench.build(), [
            "debtors.csv:1:1: expected a header line naming the columns, found an empty file",
            "interactions.csv:1:1: expected a header line naming the columns, found an empty file",
            "ledger.csv:1:1: expected a header line naming the columns, found an empty file",
        ])
    }

    /// interactions.csv is optional (a new book has no log yet); the other files are not.
    @Test func missingFiles() throws {
        let optional = try HostileBench()
        try FileManager.default.removeItem(at: optional.book.appendingPathComponent("interactions.csv"))
        #expect(try optional.expectBuilt(optional.build()).openInvoices == ["F1": "1000.00"])

        let bench = try HostileBench()
        for name in ["relance.toml", "debtors.csv", "ledger.csv", "interactions.csv"] {
            try FileManager.default.removeItem(at: bench.book.appendingPathComponent(name))
        }
        try bench.expectRejected(bench.build(), [
            "debtors.csv: file not found: a book must have debtors.csv",
            "ledger.csv: file not found: a book must have ledger.csv",
            "relance.toml: file not found: a book must have relance.toml",
        ])
    }

    // MARK: relance.toml

    /// Every wrong type and unknown key is named with its line, in one run; an integer rate too large
    /// for the computation used to crash the reader (overflow).
    @Test func relanceTomlWithWrongTypesAndUnknownKeys() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "toml-types")
        try bench.expectRejected(bench.build(), [
            "relance.toml:2:1: creditor.name: expected a string in quotes, found an integer",
            "relance.toml:4:1: creditor.address: expected an array of strings",
            "relance.toml:5:1: creditor.colour: unknown key \"colour\" in [creditor]",
            "relance.toml:8:1: policy.reminder_1: expected a whole number of days, found a string",
            "relance.toml:9:1: policy.reminder1: unknown key \"reminder1\" in [policy]",
            "relance.toml:10:1: policy.aging: expected an array of whole numbers, found a string in it",
            "relance.toml:11:1: policy.promise_grace: expected a number of days from 0 to 10000, found -1",
            "relance.toml:14:1: penalties.rate: expected an annual rate from 0 to 100 percent, found 9223372036854775807",
            "relance.toml:15:1: penalties.indemnity: expected an amount in euros below 1000000.00, written as a string such as \"40.00\", found a bool",
            "relance.toml:18:1: build.as_of: expected a date, found \"2026-02-30\", which is not a day of the calendar",
            "relance.toml:20:1: extra: unknown section or key \"extra\"",
        ])
    }

    @Test func relanceTomlSyntaxErrorIsLocated() throws {
        let bench = try HostileBench()
        try bench.lay(fixture: "toml-syntax")
        try bench.expectRejected(bench.build(), ["relance.toml:3:8: not valid TOML: Error while parsing table header"])
    }

    private func prescriptions(_ summary: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        for debtor in summary["debtors"] as? [[String: Any]] ?? [] {
            for invoice in debtor["invoices"] as? [[String: Any]] ?? [] {
                result[invoice["reference"] as? String ?? "?"] = invoice["prescription"] as? String
            }
        }
        return result
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

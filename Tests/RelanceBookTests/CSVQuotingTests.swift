import Testing
@testable import RelanceBook

@Suite("CSV quoting and line breaks")
struct CSVQuotingTests {
    @Test func quotedSeparatorsAndDoubledQuotes() {
        let csv = ScannedCSV("a;b\n\"x;y\";\"say \"\"hi\"\"\"\n")
        #expect(csv.records[1] == ["x;y", "say \"hi\""])
        #expect(csv.errors.isEmpty)
    }

    @Test func lineBreaksInsideQuotesKeepLineNumbers() {
        let csv = ScannedCSV("a;b;c\n1;\"two\nlines\r\nthree\";x\n2;y;z\n")
        #expect(csv.records[1] == ["1", "two\nlines\r\nthree", "x"])
        #expect(csv.lines == [1, 2, 5])
        // The field after the multi-line one starts on line 4, column 8 (after `three";`).
        #expect(csv.fieldLines[1] == [2, 2, 4])
        #expect(csv.fieldColumns[1] == [1, 3, 8])
        #expect(csv.records[2] == ["2", "y", "z"])
    }

    @Test func unterminatedQuoteIsReportedAtTheOpeningQuote() {
        let csv = ScannedCSV("a;b\n1;2\n3;\"never closed\n4;5\n")
        #expect(csv.records.count == 2)
        #expect(csv.errors.count == 1)
        #expect(csv.errors[0].location.line == 3)
        #expect(csv.errors[0].location.column == 3)
        #expect(csv.errors[0].message.contains("never closed"))
    }

    @Test func textAfterClosingQuoteIsAnError() {
        let csv = ScannedCSV("a;b\n\"x\"y;2\n3;4\n")
        #expect(csv.records == [["a", "b"], ["3", "4"]])
        #expect(csv.errors.count == 1)
        #expect(csv.errors[0].location.line == 2)
        #expect(csv.errors[0].location.column == 4)
    }

    @Test func spacesAroundValuesAreTrimmedButNotInsideQuotes() {
        let csv = ScannedCSV("a ; b\n  x  ; \" y \" \n")
        #expect(csv.records == [["a", "b"], ["x", " y "]])
        #expect(csv.fieldColumns[1] == [3, 8])
    }

    @Test func crlfLfAndMixedLineBreaks() {
        let lf = ScannedCSV("a;b\n1;2\n3;4\n")
        let crlf = ScannedCSV("a;b\r\n1;2\r\n3;4\r\n")
        let mixed = ScannedCSV("a;b\r\n1;2\n3;4\r5;6")
        #expect(lf.records == crlf.records)
        #expect(crlf.lines == [1, 2, 3])
        #expect(mixed.records == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(mixed.lines == [1, 2, 3, 4])
    }

    @Test func blankLinesAreSkippedAndCounted() {
        let csv = ScannedCSV("a;b\n\n1;2\n   \n3;4\n")
        #expect(csv.records == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(csv.lines == [1, 3, 5])
    }

    @Test func byteOrderMarkIsNotPartOfTheFirstName() {
        let csv = ScannedCSV(bytes: [0xEF, 0xBB, 0xBF] + Array("date;kind\n1;2\n".utf8))
        #expect(csv.records[0] == ["date", "kind"])
        #expect(csv.fieldColumns[0] == [1, 6])
    }

    @Test func nulByteIsAnError() {
        let csv = ScannedCSV(bytes: Array("a;b\n1;x\0y\n3;4\n".utf8))
        #expect(csv.records == [["a", "b"], ["3", "4"]])
        #expect(csv.errors.count == 1)
        #expect(csv.errors[0].location.line == 2)
        #expect(csv.errors[0].location.column == 4)
        #expect(csv.errors[0].message.contains("NUL"))
    }

    @Test func emptyTrailingFieldCounts() {
        let csv = ScannedCSV("a;b;c\n1;;\n")
        #expect(csv.records[1] == ["1", "", ""])
    }
}

import Testing
@testable import RelanceBook

@Suite("CSV separator detection")
struct CSVSeparatorTests {
    @Test func semicolonWins() {
        let csv = ScannedCSV("a;b;c\n1;2,5;3\n")
        #expect(csv.separator == UInt8(ascii: ";"))
        #expect(csv.records == [["a", "b", "c"], ["1", "2,5", "3"]])
    }

    @Test func tab() {
        let csv = ScannedCSV("a\tb\tc\n1\t2\t3\n")
        #expect(csv.separator == 0x09)
        #expect(csv.records[1] == ["1", "2", "3"])
    }

    @Test func comma() {
        let csv = ScannedCSV("a,b,c\n1,2,3\n")
        #expect(csv.separator == UInt8(ascii: ","))
    }

    @Test func separatorsInsideQuotesDoNotCount() {
        let csv = ScannedCSV("\"a;b;c\",d,e\n1,2,3\n")
        #expect(csv.separator == UInt8(ascii: ","))
        #expect(csv.records[0] == ["a;b;c", "d", "e"])
    }

    @Test func tieIsAnError() {
        let csv = ScannedCSV("a;b,c\n1;2,3\n")
        #expect(csv.separator == nil)
        #expect(csv.errors.count == 1)
        #expect(csv.errors[0].location.line == 1)
        #expect(csv.errors[0].message.contains("cannot tell the separator"))
    }

    @Test func noSeparatorIsAnError() {
        let csv = ScannedCSV("just one column\n")
        #expect(csv.separator == nil)
        #expect(csv.errors.count == 1)
    }

    @Test func emptyFileIsAnError() {
        let csv = ScannedCSV("\n\n")
        #expect(csv.separator == nil)
        #expect(csv.errors.first?.message.contains("empty file") == true)
    }

    @Test func headerAfterBlankLines() {
        let csv = ScannedCSV("\n\na;b\n1;2\n")
        #expect(csv.separator == UInt8(ascii: ";"))
        #expect(csv.lines == [3, 4])
    }
}

import Testing
@testable import RelancePDF

@Suite struct PDFPageCountTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A complete one-page PDF as a PDF writer lays it out.
    static let onePage = """
        %PDF-1.4
        %\u{E2}\u{E3}\u{CF}\u{D3}
        1 0 obj
        << /Type /Catalog /Pages 2 0 R >>
        endobj
        2 0 obj
        << /Type /Pages /Kids [3 0 R] /Count 1 >>
        endobj
        3 0 obj
        << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>
        endobj
        4 0 obj
        << /Length 44 >>
        stream
        BT /F1 12 Tf 72 712 Td (Hello) Tj ET
        endstream
        endobj
        trailer
        << /Size 5 /Root 1 0 R >>
        %%EOF
        """

    @Test func aOnePageDocument() {
        #expect(PDFPageCount.count(bytes(Self.onePage)) == 1)
    }

    @Test func theRootOfANestedPageTreeGivesTheTotal() {
        let pdf = """
            %PDF-1.7
            1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj
            2 0 obj <</Type/Pages/Kids[3 0 R 4 0 R]/Count 5>> endobj
            3 0 obj <</Type/Pages/Parent 2 0 R/Kids[5 0 R 6 0 R 7 0 R]/Count 3>> endobj
            4 0 obj <</Count 2/Kids[8 0 R 9 0 R]/Parent 2 0 R/Type/Pages>> endobj
            5 0 obj <</Type/Page/Parent 3 0 R>> endobj
            6 0 obj <</Type/Page/Parent 3 0 R>> endobj
            7 0 obj <</Type/Page/Parent 3 0 R>> endobj
            8 0 obj <</Type/Page/Parent 4 0 R>> endobj
            9 0 obj <</Type/Page/Parent 4 0 R>> endobj
            """
        #expect(PDFPageCount.count(bytes(pdf)) == 5)
    }

    @Test func pageWordsInStringsStreamsAndCommentsAreNotPages() {
        let pdf = """
            %PDF-1.4
            % /Type /Pages /Count 40
            1 0 obj << /Type /Pages /Count 2 /Kids [2 0 R 3 0 R] >> endobj
            2 0 obj << /Type /Page /Title (a /Type /Page (nested) \\) in a string) >> endobj
            3 0 obj << /Type /Page /Contents 4 0 R >> endobj
            4 0 obj << /Length 36 >>
            stream
            << /Type /Pages /Count 99 >> binary
            endstream
            endobj
            5 0 obj << /Length 9 0 R >>
            stream
            << /Type /Pages /Count 77 >> no length
            endstream
            endobj
            """
        #expect(PDFPageCount.count(bytes(pdf)) == 2)
    }

    @Test func nestedDictionariesKeepTheirOwnKeys() {
        // The inner dictionary's /Count belongs to it, not to the page tree.
        let pdf = """
            1 0 obj << /Type /Pages /Resources << /Count 12 /Type /Font >> /Count 3 >> endobj
            """
        #expect(PDFPageCount.count(bytes(pdf)) == 3)
    }

    @Test func anIndirectCountFallsBackToCountingPages() {
        let pdf = """
            1 0 obj << /Type /Pages /Count 7 0 R /Kids [2 0 R 3 0 R] >> endobj
            2 0 obj << /Type /Page >> endobj
            3 0 obj << /Type /Page >> endobj
            7 0 obj 2 endobj
            """
        #expect(PDFPageCount.count(bytes(pdf)) == 2)
    }

    @Test func leavesAloneAreCounted() {
        let pdf = "1 0 obj <</Type /Page>> endobj 2 0 obj <</Type/Page>> endobj 3 0 obj <</Type /Pagesque>> endobj"
        #expect(PDFPageCount.count(bytes(pdf)) == 2)
    }

    @Test func somethingThatIsNotAPDFHasNoCount() {
        #expect(PDFPageCount.count([]) == nil)
        #expect(PDFPageCount.count(bytes("<html><body>Type Page</body></html>")) == nil)
        #expect(PDFPageCount.count(bytes("<< /Type /Pages /Count -1 >> << /Type")) == nil)
        #expect(PDFPageCount.count([0xFF, 0x00, 0x3C, 0x3C, 0x2F]) == nil)
    }
}

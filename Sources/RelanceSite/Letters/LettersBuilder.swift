import RelancePublish
import RelanceLayout
import Foundation
import RelanceCore

/// Writes the letters of a build (letters/…): each letter's page, its attached invoices and, for
/// the e-mail channel or a third reminder, a ready-to-send `.eml`; the print batch of the postal
/// letters; the deposit list of the registered ones; and an index. PDFs come after, from these files.
struct LettersBuilder {
    let layouts: LayoutLibrary
    let assets: URL
    /// The book's attachments/ folder, when it has one: where the invoice PDFs are copied from.
    let attachments: URL?

    /// Writes every letter's files, the batches and the deposit list; the index comes after the
    /// print step (`writeIndex`), since it links the PDFs printed from these files. `carryOver`:
    /// in a rebuild, the letters whose own files may be linked from the previous output.
    /// Returns how many letters were carried over.
    func write(_ plan: LetterPlan, batches printable: LetterBatches, _ r: Receivables, carryOver: LetterCarryOver? = nil,
               into output: any SiteOutput) throws -> Int {
        try output.copy(from: assets.appendingPathComponent("letters.css"), to: SitePaths.Letters.stylesheet)
        let page = try layouts.layout(SitePaths.Layouts.letter)
        let email = try layouts.layout(SitePaths.Layouts.email)
        let book = r.book

        // Each letter writes only its own folder: the letters are shared between the cores (a
        // collection agency's run holds tens of thousands). Errors are reported in letter order.
        let letters = plan.letters
        let written = Parallel.map(count: letters.count) { [attachments] position in
            Result { () throws -> Bool in
                let letter = letters[position]
                let files = Self.ownFiles(letter, attachments: attachments, invoiceFiles: book.invoiceFiles)
                if let carryOver, try carryOver.carry(letter, position: position, files: files, from: output) { return true }
                let contents = try Self.write(letter, page: page, email: email, book: book, attachments: attachments, into: output)
                carryOver?.rendered(letter, position: position, contents: contents)
                return false
            }
        }
        var carried = 0
        for result in written where try result.get() { carried += 1 }

        let postal = printable.postal, batches = printable.batches
        let batch = try layouts.layout(SitePaths.Layouts.letterBatch)
        let asOf = r.asOf
        // Every batch is a large page (up to 500 letters): one per core however few there are.
        let batchesWritten = Parallel.map(count: batches.count, sequentialBelow: 2) { number in
            Result { () throws -> Void in
                if let carryOver, try carryOver.carryBatch(number, path: batches[number].path, from: output) { return }
                let slice = postal[batches[number].letters]
                let count = slice.count
                let value: LayoutValue = [
                    "title": .text(batches[number].title),
                    "creditor": .text(book.creditor.name),
                    "date": .text(FrenchFormat.longDate(asOf)),
                    "count": .text(count == 1 ? "1 courrier" : "\(FrenchFormat.integer(count)) courriers"),
                    "letters": .list(slice.map { LetterView.value($0, book: book, base: SitePaths.Letters.enclosuresBase($0)) }),
                ]
                let html = try batch.render(value)
                try output.write(html, to: batches[number].path)
                carryOver?.renderedBatch(number, path: batches[number].path, bytes: html)
            }
        }
        for result in batchesWritten { try result.get() }

        // The registered letters in the order of their batch: the counter stamps them in turn.
        let deposit = DepositList(postal.filter(\.isRegistered), level: book.policy.registeredLevel)
        if !deposit.rows.isEmpty {
            let layout = try layouts.layout(SitePaths.Layouts.depositList)
            try output.write(try layout.render(deposit.value(sender: book.creditor, date: r.asOf)), to: SitePaths.Letters.depositList)
            try output.write(deposit.csv(), to: SitePaths.Letters.depositListCSV)
        }
        return carried
    }

    /// The letters' index, linking each letter's page, PDF and e-mail, and the pages of the complete
    /// list when there are more letters than one page shows.
    func writeIndex(_ plan: LetterPlan, _ r: Receivables, batches: LetterBatches, pdf: LetterPDFReport, into output: any SiteOutput) throws {
        if !batches.postal.isEmpty {
            try output.write(OnlineServiceCSV.bytes(batches, level: r.book.policy.registeredLevel, pdf: pdf), to: SitePaths.Letters.onlineServiceCSV)
        }
        let index = try layouts.layout(SitePaths.Layouts.lettersIndex)
        try output.write(try index.render(LettersIndexView.value(plan, r, batches: batches, pdf: pdf)), to: SitePaths.Letters.index)
        let list = SitePaths.Letters.list(count: plan.letters.count)
        guard list.pageCount > 1 else { return }
        let page = try layouts.layout(SitePaths.Layouts.lettersList)
        let counts = LettersIndexView.counts(plan)
        try Parallel.forEachUntilError(count: list.pageCount) { index in
            try output.write(try page.render(LettersListPageView.value(plan, r, counts: counts, pdf: pdf, list: list, page: index + 1)),
                             to: SitePaths.Letters.listPage(list, page: index + 1))
        }
    }

    /// The files `write(_:page:email:book:attachments:into:)` makes of a letter before the print,
    /// as `SiteOutput.previousFiles(under:)` lists them: its page, its `.eml` when it goes by
    /// e-mail, and the folder of the invoices it encloses.
    static func ownFiles(_ letter: Letter, attachments: URL?, invoiceFiles: [String: String]) -> [String] {
        var files = [SitePaths.Letters.html(letter)]
        if letter.sendsEmailWithPage { files.append(SitePaths.Letters.email(letter)) }
        if attachments != nil, !letter.enclosedFiles(invoiceFiles).isEmpty { files.append(SitePaths.Letters.enclosures(letter)) }
        return files
    }

    /// One letter's page, the invoices it attaches and, when it goes by e-mail, its `.eml`. Returns
    /// the digest of its files (`FolderDigest`), taken from their bytes; nil when it encloses
    /// invoices, whose copies are not in memory.
    private static func write(_ letter: Letter, page: Layout, email: Layout, book: Book, attachments: URL?,
                              into output: any SiteOutput) throws -> String? {
        // Made once for the page and the e-mail, whose body is the same letter.
        let fields = LetterView.fields(letter, book: book, base: SitePaths.Letters.enclosuresBase(letter))
        let html = try page.render(["letter": .object(fields)])
        var files = [(relativePath: SitePaths.Letters.html(letter), bytes: html)]
        try output.write(html, to: files[0].relativePath)
        var encloses = false
        if let attachments {
            for file in letter.enclosedFiles(book.invoiceFiles) {
                try output.copy(from: attachments.appendingPathComponent(file.bookPath), to: SitePaths.Letters.enclosure(letter, bookPath: file.bookPath))
                encloses = true
            }
        }
        // A postal letter's copy by e-mail waits for the letter's PDF, which it attaches (`writeEmailCopies`).
        if letter.sendsEmailWithPage,
           let message = try writeEmail(letter, page: fields, layout: email, book: book, attachments: attachments, letterPDF: nil, into: output) {
            files.append((SitePaths.Letters.email(letter), message))
        }
        return encloses ? nil : FolderDigest.of(files: files)
    }

    /// The e-mail copies of the postal letters that have one (the third reminder, README "Letters"),
    /// once the print step has made their PDFs: each attaches the letter as posted.
    func writeEmailCopies(_ batches: LetterBatches, book: Book, pdf: LetterPDFReport, into output: any SiteOutput) throws {
        let email = try layouts.layout(SitePaths.Layouts.email)
        let copies = batches.postal.filter(\.sendsEmail)
        let attachments = attachments
        // On both cores: tens of thousands of copies on a large book, each rendered and encoded.
        try Parallel.forEachUntilError(count: copies.count) { index in
            try Self.writeEmail(copies[index], layout: email, book: book, attachments: attachments,
                                letterPDF: pdf.emailCopyPDFs[copies[index].reference], into: output)
        }
    }

    /// The `.eml`: the letter as the body, the invoices it encloses attached, and, for the copy of a
    /// posted letter, the letter's PDF; the copy says how the original went, instead of the blank
    /// line for the item number the post office fills in.
    /// `page`: the values of the letter's own page, when the caller has them.
    /// Returns the message's bytes, nil when the letter sends none.
    @discardableResult
    private static func writeEmail(_ letter: Letter, page: LayoutFields? = nil, layout: Layout, book: Book,
                                   attachments: URL?, letterPDF: [UInt8]?, into output: any SiteOutput) throws -> [UInt8]? {
        guard letter.sendsEmail, let to = letter.debtor.email else { return nil }
        var fields = page ?? LetterView.fields(letter, book: book, base: "")
        // The page links its enclosures in letters/; the message names its attachments by their own names.
        if page != nil { fields["attachments"] = LetterView.attachments(letter, book: book, base: "") }
        if letter.isPostal {
            fields["registered"] = .flag(false)
            let how = letter.isRegistered ? "par lettre recommandée avec accusé de réception" : "par courrier"
            fields["email_copy"] = .text("Copie de notre courrier envoyé ce jour \(how)"
                + (letterPDF == nil ? "." : ", joint en PDF."))
        }
        var attached: [EmailMessage.Attachment] = []
        if let letterPDF { attached.append(.init(fileName: "\(letter.reference).pdf", bytes: letterPDF)) }
        if let attachments {
            for file in letter.enclosedFiles(book.invoiceFiles) {
                let source = attachments.appendingPathComponent(file.bookPath)
                attached.append(.init(fileName: SitePaths.Letters.attachmentName(file.bookPath), bytes: try Array(Data(contentsOf: source))))
            }
        }
        let body = try layout.render(["letter": .object(fields)])
        var message = EmailMessage(
            from: book.creditor.email, fromName: book.creditor.name, to: to, toName: letter.debtor.name,
            subject: LetterWording.subject(letter), date: letter.date, reference: letter.reference,
            html: body, plainText: HTMLPlainText.text(of: body), attachments: attached)
        message.cc = book.creditor.emailCopies
        let bytes = message.bytes
        try output.write(bytes, to: SitePaths.Letters.email(letter))
        return bytes
    }

}

extension Letter {
    /// The e-mail channel, and the third reminder's copy by e-mail (README, "Letters"), when the debtor
    /// has an address.
    var sendsEmail: Bool {
        debtor.hasEmail && (channel == .email || level == .reminder3)
    }

    /// An e-mail written with the letter's page: the letter itself goes by e-mail (a posted letter's
    /// copy waits for its PDF).
    var sendsEmailWithPage: Bool { sendsEmail && !isPostal }
}

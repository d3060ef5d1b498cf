import ArgumentParser
import Foundation
import RelanceCore
import RelanceSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lit le book, calcule et écrit le site (index.html, summary.json, debtors/…) de façon atomique.")

    @OptionGroup var options: BookOptions

    @Option(name: .long, help: ArgumentHelp("Dossier de sortie (remplacé d'un bloc à la fin de la génération).", valueName: "DIR"))
    var out: String = "output"

    @Flag(name: .customLong("no-pdf"), help: "N'imprime pas les courriers en PDF (le HTML est toujours écrit).")
    var noPDF = false

    @Option(name: .customLong("bundle"), help: ArgumentHelp(
        "Dossier complet (pièces, bordereau, manifeste, ZIP, PDF) pour ce débiteur ; répétable ; « all » : tous ; « none » : seulement ceux nommés.",
        valueName: "ID|all|none"))
    var bundle: [String] = []

    @Option(name: .long, help: ArgumentHelp("Navigateur Chromium pour les PDF (sinon RELANCE_CHROMIUM, puis le PATH).", valueName: "PATH"))
    var chromium: String?

    /// Before the book is read: a `--chromium` that is not there is a usage error.
    func validate() throws {
        guard let chromium, !noPDF else { return }
        do {
            _ = try ChromiumLocator.locate(explicit: URL(fileURLWithPath: chromium))
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let console = Console()
        let pipeline = Pipeline(options: options, console: console)
        let loaded = try pipeline.load(bundles: BundleSelection(options: bundle))
        // Before anything is written: a wrong --chromium is a usage error.
        let pdfTools = try PDFTools.prepare(disabled: noPDF, chromium: chromium, console: console)
        let publisher: Publisher
        do {
            publisher = try Publisher(out: URL(fileURLWithPath: out), book: loaded.bookFolder)
        } catch {
            console.error("\(error)")
            throw ExitStatus.of(error).exitCode
        }
        do {
            let clock = ContinuousClock()
            let renderStart = clock.now
            var site = try SiteBuilder(
                resources: loaded.resources, attachments: loaded.bookFolder.appendingPathComponent("attachments"))
            site.bundles = BundleSelection(options: bundle)
            site.bookFolder = loaded.bookFolder
            site.printsCaseFilePDFs = !noPDF && pdfTools?.merger != nil
            for id in site.bundles.unknownNames(in: loaded.receivables) {
                console.warning("--bundle \(id) : aucun débiteur listé sous cet identifiant")
            }
            var stepStart = renderStart
            var step = ""
            let report = try site.build(loaded.receivables, into: publisher, printPDFs: { postal, batches in
                guard let pdfTools else { return LetterPDFReport(note: PDFTools.note(disabled: noPDF)) }
                return try pdfTools.print(postal, batches: batches, date: loaded.receivables.asOf, from: publisher.stagingFolder, into: publisher)
            }, printCaseFiles: { jobs in
                guard !jobs.isEmpty, !noPDF else { return CaseFilePDFReport() }
                guard let pdfTools, let merger = pdfTools.merger else {
                    let qpdf = ((try? PDFMerger.locate()) ?? nil) != nil
                    return CaseFilePDFReport(notes: [CaseFilePDFs.note(chromiumFound: pdfTools != nil, qpdfFound: qpdf)].compactMap { $0 })
                }
                let printer = try PDFPrinter(chromium: pdfTools.chromium)
                defer { printer.close() }
                return try CaseFilePDFs(printer: printer, merger: merger).print(jobs, date: loaded.receivables.asOf, from: publisher.stagingFolder, into: publisher)
            }) { next in
                if !step.isEmpty { console.timing(step, clock.now - stepStart) }
                (step, stepStart) = (next, clock.now)
                console.progress("Écriture : \(next)")
            }
            if !step.isEmpty { console.timing(step, clock.now - stepStart) }
            console.timing("rendu et écriture", clock.now - renderStart)
            let commitStart = clock.now
            let published = try publisher.commit()
            console.timing("publication", clock.now - commitStart)
            console.progress("Publié dans \(publisher.outputFolder.path) : \(published.written) fichiers écrits, \(published.unchanged) inchangés")
            let folders = report.caseFolders
            console.out("Dossiers débiteurs : \(folders.rendered) généré\(folders.rendered > 1 ? "s" : ""), "
                        + "\(folders.carried) repris tels quels de la sortie précédente")
            LettersSummary.print(report, console: console)
            for note in report.caseFilePDF.notes { console.warning(note) }
        } catch {
            publisher.abandon()
            console.error("\(error)")
            console.error("la génération a échoué : la sortie précédente est restée telle quelle.")
            throw ExitStatus.of(error).exitCode
        }
        pipeline.report(loaded.receivables)
        ExitWithoutFreeing.keep(loaded)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lit et vérifie le book, affiche les alertes et le rapprochement, sans rien écrire.")

    @OptionGroup var options: BookOptions

    func run() throws {
        let pipeline = Pipeline(options: options, console: Console())
        let loaded = try pipeline.load()
        pipeline.report(loaded.receivables)
        ExitWithoutFreeing.keep(loaded)
    }
}

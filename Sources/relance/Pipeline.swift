import ArgumentParser
import Foundation
import RelanceBook
import RelanceCore
import RelanceSite

/// The build as a list of named steps (read, compute, render, publish); each failure names its step.
struct Pipeline {
    let options: BookOptions
    let console: Console

    struct Loaded {
        let resources: Resources
        let bookFolder: URL
        let receivables: Receivables
    }

    /// Reads and computes; prints every book error and exits 1 when the book has any.
    /// `bundles`: the case files to be bundled, for the warnings that concern them.
    func load(bundles: BundleSelection = .automatic) throws -> Loaded {
        let resources: Resources
        do {
            resources = try ResourceLocator.locate(
                explicit: options.resources.map { URL(fileURLWithPath: $0) },
                environment: ProcessInfo.processInfo.environment, executable: ResourceLocator.currentExecutable)
        } catch {
            console.error("\(error)")
            throw ExitStatus.of(error).exitCode
        }
        let bookFolder = options.book.map { URL(fileURLWithPath: $0) }
            ?? resources.assets.appendingPathComponent("sample-book")
        console.progress("Lecture du book \(bookFolder.path)")
        let clock = ContinuousClock()
        let readStart = clock.now
        let book: Book
        switch readBook(bookFolder, rates: resources.assets.appendingPathComponent("rates/rates.csv")) {
        case .success(let read):
            book = read
        case .failure(let errors):
            for error in errors.errors { console.error(error.description) }
            console.error("\(errors.errors.count) erreur\(errors.errors.count > 1 ? "s" : "") dans le book : rien n'a été écrit.")
            throw ExitStatus.of(errors).exitCode
        }
        console.timing("lecture", clock.now - readStart)
        let asOf = options.asOfDay ?? book.pinnedAsOf ?? today()
        console.progress("Calcul au \(asOf.iso)")
        do {
            let computeStart = clock.now
            let receivables = try Receivables(book: book, asOf: asOf, bundles: bundles)
            console.timing("calcul", clock.now - computeStart)
            return Loaded(resources: resources, bookFolder: bookFolder, receivables: receivables)
        } catch {
            console.error("\(error)")
            throw ExitStatus.of(error).exitCode
        }
    }

    private func readBook(_ folder: URL, rates: URL) -> Result<Book, BookErrors> {
        Result { () throws(BookErrors) -> Book in
            let shipped = try RateTableReader.read(file: rates)
            return try BookReader(shippedRates: shipped).read(folder: folder)
        }
    }

    func report(_ r: Receivables) {
        for warning in r.warnings {
            console.warning(WarningText.plain(warning))
        }
        console.out(ReconciliationText.french(r.reconciliation, asOf: r.asOf))
        console.out(ReconciliationText.placement(r.placement, asOf: r.asOf))
    }
}

/// One line per warning for the terminal.
enum WarningText {
    static func plain(_ warning: BuildWarning) -> String {
        switch warning {
        case .missingAddress(let id): return "débiteur \(id) : adresse postale incomplète, aucun courrier possible"
        case .missingRate(let halfYear, let through):
            return "taux inconnu pour \(halfYear) : pénalités arrêtées au \(through.iso) ; ajoutez ce semestre dans rates/*.csv du book ou assets/rates/rates.csv"
        case .contractualRateRaised(let halfYear): return "\(halfYear) : taux contractuel relevé au plancher de 3 fois le taux légal"
        case .timeBarred(let id, let ref, let last): return "débiteur \(id), facture \(ref) : prescrite (dernier jour \(last.iso))"
        case .prescriptionSoon(let id, let ref, let last): return "débiteur \(id), facture \(ref) : prescription le \(last.iso)"
        case .consumerLooksLikeBusiness(let id, let why):
            return "débiteur \(id) : déclaré particulier mais \(why) ; vérifiez son type (prescription de 2 ans, pénalités, tribunal)"
        case .bundledBusinessWithoutSIREN(let id):
            return "débiteur \(id) : professionnel sans SIREN dans un dossier transmis ; ajoutez-le ou vérifiez son type"
        }
    }
}

import ArgumentParser
import Foundation
import RelancePipeline

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

    @Option(name: .long, help: ArgumentHelp(
        "Ordre des courriers dans les lots à imprimer et le bordereau : « actions » (date de l'étape, puis débiteur) ou « postcode » (pays, code postal, ville, nom).",
        valueName: "actions|postcode"))
    var sort: LetterOrder = .actions

    /// Before the book is read: a `--chromium` that is not there is a usage error.
    func validate() throws {
        do {
            try pdf.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    private var pdf: PDFRequest { PDFRequest(enabled: !noPDF, chromium: chromium) }

    func run() throws {
        var request = BuildRequest(book: options.request, out: out, pdf: pdf, bundle: bundle)
        request.sortLettersByPostcode = sort == .postcode
        do {
            let status = try Pipeline().build(request)
            if status != .built { throw ExitCode(status.rawValue) }
        } catch let failure as BuildFailure {
            throw ExitCode(failure.status.rawValue)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lit le book, calcule, rend chaque page en mémoire et rapproche les chiffres, sans rien écrire ; affiche les alertes et le rapprochement.")

    @OptionGroup var options: BookOptions

    func run() throws {
        do {
            let status = try Pipeline().check(options.request)
            if status != .built { throw ExitCode(status.rawValue) }
        } catch let failure as BuildFailure {
            throw ExitCode(failure.status.rawValue)
        }
    }
}


/// `--sort`: the order of the postal letters in the batches and the deposit list.
enum LetterOrder: String, ExpressibleByArgument, CaseIterable {
    case actions, postcode
}

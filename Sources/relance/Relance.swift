import ArgumentParser

@main
struct Relance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relance",
        abstract: "Génère le tableau de bord des créances, les dossiers débiteurs et summary.json à partir d'un dossier (book).",
        subcommands: [Build.self, Check.self, Record.self, Import.self],
        defaultSubcommand: Build.self
    )

    static func main() {
        _ = Allocator.version
        main(nil)
    }
}

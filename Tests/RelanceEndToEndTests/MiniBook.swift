import Foundation

/// A small book written into a temporary folder, file by file, as a user's spreadsheet would export it.
struct MiniBook {
    var toml = """
    [creditor]
    name = "Test SARL"
    legal_form = "SARL"
    capital = "10 000 €"
    siren = "732829320"
    rcs = "Lyon"
    address = ["1 rue du Test", "69001 Lyon"]
    iban = "FR76 3000 6000 0112 3456 7890 189"
    bic = "AGRIFRPP"
    city = "Lyon"

    """
    var debtors = "id,name,type,address_1,postcode,city,email\nD1,Client Un,business,1 rue A,69001,Lyon,a@b.fr\n"
    var ledger = "date,kind,reference,debtor,amount,due_date,applies_to\n2026-01-10,invoice,F1,D1,1000.00,2026-02-09,\n"
    var interactions = "date,debtor,invoices,kind,channel\n"

    func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(toml.utf8).write(to: folder.appendingPathComponent("relance.toml"))
        try Data(debtors.utf8).write(to: folder.appendingPathComponent("debtors.csv"))
        try Data(ledger.utf8).write(to: folder.appendingPathComponent("ledger.csv"))
        try Data(interactions.utf8).write(to: folder.appendingPathComponent("interactions.csv"))
    }
}

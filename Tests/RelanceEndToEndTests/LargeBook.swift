import Foundation

/// A book of many small debtors, generated in one pass and deterministically from its size: each
/// debtor has two invoices (the first overdue by mid-June 2026), every third a partial payment, every
/// fifth a reminder in the log. Built for a few hundred debtors, the output holds hundreds of files,
/// which is what a test of interrupted writes needs.
struct LargeBook {
    let debtors: Int

    func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var debtorsCSV = "id,name,type,address_1,postcode,city,email\n"
        var ledger = "date,kind,reference,debtor,amount,due_date,applies_to\n"
        var log = "date,debtor,invoices,kind,channel\n"
        for index in 0..<debtors {
            let id = "C\(index)"
            let day = index % 28 + 1
            let dd = day < 10 ? "0\(day)" : "\(day)"
            debtorsCSV += "\(id),Client \(index) SARL,business,\(index) rue du Commerce,69001,Lyon,c\(index)@example.fr\n"
            ledger += "2026-01-\(dd),invoice,F\(index)A,\(id),\(100 + index).50,2026-02-\(dd),\n"
            ledger += "2026-04-\(dd),invoice,F\(index)B,\(id),\(200 + index % 97).00,2026-05-\(dd),\n"
            if index % 3 == 0 { ledger += "2026-03-15,payment,P\(index),\(id),50.00,,F\(index)A\n" }
            if index % 5 == 0 { log += "2026-03-\(dd),\(id),F\(index)A,reminder_1,email\n" }
        }
        let toml = """
            [creditor]
            name = "Grand Livre SA"
            legal_form = "SA"
            siren = "732829320"
            address = ["1 place Bellecour", "69002 Lyon"]
            city = "Lyon"

            """
        try Data(toml.utf8).write(to: folder.appendingPathComponent("relance.toml"))
        try Data(debtorsCSV.utf8).write(to: folder.appendingPathComponent("debtors.csv"))
        try Data(ledger.utf8).write(to: folder.appendingPathComponent("ledger.csv"))
        try Data(log.utf8).write(to: folder.appendingPathComponent("interactions.csv"))
    }
}

/// SplitMix64: a tiny deterministic generator, so that a test's "random" moments repeat exactly.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A fraction in [0, 1).
    mutating func fraction() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

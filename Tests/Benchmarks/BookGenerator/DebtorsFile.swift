/// Writes debtors.csv as a spreadsheet saves it: `,`-separated, values with a comma or a quote quoted.
enum DebtorsFile {
    static let header = "id,name,type,siren,contact,address_1,address_2,postcode,city,country,email,phone,segment"

    static func write(_ debtors: [SyntheticDebtor], to path: String, rng: inout SplitMix64) throws(GeneratorError) {
        var out = try ByteWriter(path: path)
        out.text(header)
        try out.endLine()
        let separator = UInt8(ascii: ",")
        for debtor in debtors {
            let type: String
            switch (debtor.kind, rng.below(10)) {
            case (.business, 0...3): type = ""  // the default
            case (.business, 4): type = "entreprise"
            case (.business, _): type = "business"
            case (.consumer, 0...1): type = "particulier"
            case (.consumer, _): type = "consumer"
            }
            let segment = debtor.segment == .regular && rng.chance(perMille: 600) ? "" : debtor.segment.rawValue
            let cells = [
                debtor.id, debtor.name, type, debtor.siren ?? "", debtor.contact ?? "", debtor.address1 ?? "",
                debtor.address2 ?? "", debtor.postcode ?? "", debtor.city ?? "", debtor.country ?? "",
                debtor.email ?? "", debtor.phone ?? "", segment,
            ]
            for (index, cell) in cells.enumerated() {
                if index > 0 { out.byte(separator) }
                out.cell(cell, separator: separator)
            }
            try out.endLine()
        }
        try out.finish()
    }
}

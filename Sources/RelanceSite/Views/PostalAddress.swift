import RelanceCore

/// A debtor's postal address as it is printed (NF Z 10-011): street lines, then "POSTCODE CITY"
/// with the city in capitals, the country last when abroad. One rule for the letters' window and
/// the case file's cover.
enum PostalAddress {
    static func lines(of debtor: Debtor) -> [String] {
        [debtor.address1, debtor.address2,
         [debtor.postcode, debtor.city?.uppercased()].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "),
         debtor.country == "FR" ? nil : debtor.country]
            .compactMap { $0 }.filter { !$0.isEmpty }
    }
}

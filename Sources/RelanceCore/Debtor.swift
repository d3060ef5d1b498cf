/// A customer who owes money (débiteur), as read from debtors.csv.
public struct Debtor: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable { case business, consumer }
    public enum Segment: String, Sendable, CaseIterable { case strategic, regular, new }

    public var id: String
    public var name: String
    public var kind: Kind
    /// Nine digits, spaces removed; already checked with the Luhn key.
    public var siren: String?
    public var contact: String?
    public var address1: String?
    public var address2: String?
    public var postcode: String?
    public var city: String?
    /// ISO 3166 alpha-2, `FR` by default.
    public var country: String
    public var email: String?
    public var phone: String?
    public var segment: Segment
    /// The registered office's city when it is not `city` (the competent court is the seat's).
    public var seatCity: String?
    /// The city of the trade register the debtor is registered in (« RCS Bordeaux » on its Kbis,
    /// `rcs` in debtors.csv): its greffe is the commercial court of the seat.
    public var registryCity: String?
    /// Collective proceedings, when debtors.csv gives them.
    public var insolvency: Insolvency?
    public var location: SourceLocation

    public init(
        id: String, name: String, kind: Kind = .business, siren: String? = nil, contact: String? = nil,
        address1: String? = nil, address2: String? = nil, postcode: String? = nil, city: String? = nil,
        country: String = "FR", email: String? = nil, phone: String? = nil, segment: Segment = .regular,
        seatCity: String? = nil, location: SourceLocation = SourceLocation(file: "debtors.csv", line: 0)
    ) {
        self.id = id; self.name = name; self.kind = kind; self.siren = siren; self.contact = contact
        self.address1 = address1; self.address2 = address2; self.postcode = postcode; self.city = city
        self.country = country; self.email = email; self.phone = phone; self.segment = segment
        self.seatCity = seatCity
        self.location = location
    }

    /// What a postal letter needs: a street line, a postcode and a city.
    public var hasPostalAddress: Bool {
        !(address1 ?? "").isEmpty && !(postcode ?? "").isEmpty && !(city ?? "").isEmpty
    }

    public var hasEmail: Bool { !(email ?? "").isEmpty }

    /// The collective proceedings under way on `day`: opened on or before it.
    public func proceedings(on day: Day) -> Insolvency? {
        insolvency.flatMap { $0.openedOn <= day ? $0 : nil }
    }
}

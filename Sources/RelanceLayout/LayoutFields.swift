/// The fields of a `LayoutValue.object`, by name.
///
/// A list of name and value pairs rather than a `Dictionary`: an object has a handful to a few
/// dozen fields, is made once and read a few times by its layout, and the views make hundreds of
/// thousands of them per build. A hash table costs an allocation and a hash of every name when it
/// is made and again at each lookup; comparing short names in turn (a name of up to 15 bytes is
/// stored inside the `String` and compared as two words) costs less.
public struct LayoutFields: Sendable {
    /// Name and value, as the dictionary literals of the views give them: an object made from a
    /// literal keeps the literal's array instead of copying it into an array of its own.
    private typealias Field = (String, LayoutValue)

    private var fields: [Field]

    public init() { fields = [] }

    /// The fields of `dictionary`, in name order.
    public init(_ dictionary: [String: LayoutValue]) {
        fields = dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// A repeated name keeps its last value, as assignments would: lookups search from the end.
    public subscript(name: String) -> LayoutValue? {
        get { fields.withUnsafeBufferPointer { LayoutFields.lastValue(named: name, in: $0) } }
        set {
            guard let newValue else {
                fields.removeAll { $0.0 == name }
                return
            }
            if let index = fields.lastIndex(where: { $0.0 == name }) {
                fields[index].1 = newValue
            } else {
                fields.append((name, newValue))
            }
        }
    }

    /// The value of the last pair named `name`, the scan every path a layout resolves makes (an
    /// object's fields, the loop variables in scope). Lengths are compared before names: `==` on
    /// two short strings that differ calls the standard library's general comparison, and most
    /// names passed differ in length. The pairs are read in place, without bounds checks.
    static func lastValue(named name: String, in pairs: UnsafeBufferPointer<(String, LayoutValue)>) -> LayoutValue? {
        let length = name.utf8.count
        var index = pairs.count
        while index > 0 {
            index -= 1
            if pairs[index].0.utf8.count == length, pairs[index].0 == name { return pairs[index].1 }
        }
        return nil
    }

    /// The names, each once, in the order first set.
    public var names: [String] {
        var seen = Set<String>()
        return fields.map(\.0).filter { seen.insert($0).inserted }
    }
}

extension LayoutFields: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, LayoutValue)...) {
        self.init(pairs: elements)
    }

    /// Repeated names are kept: lookups find the last.
    init(pairs: [(String, LayoutValue)]) {
        fields = pairs
    }
}

extension LayoutFields: Equatable {
    /// The same names with equal values, whatever the order they were set in.
    public static func == (lhs: LayoutFields, rhs: LayoutFields) -> Bool {
        let names = lhs.names
        guard names.count == rhs.names.count else { return false }
        return names.allSatisfy { lhs[$0] == rhs[$0] }
    }
}

/// The data a layout is filled with: plain values, already formatted for humans by the views.
/// Layouts only look values up by path; they never compute, so text is the only scalar.
public indirect enum LayoutValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case list([LayoutValue])
    case object(LayoutFields)
    /// An optional value that is not there: `data-if` is false, `data-text` writes nothing,
    /// `data-attr-*` removes the attribute, `data-repeat` repeats zero times.
    case absent

    /// `.text` when there is a value, `.absent` otherwise, so views can pass optionals straight in.
    public init(_ optionalText: String?) {
        self = optionalText.map(LayoutValue.text) ?? .absent
    }

    /// What `data-if` and `data-unless` test.
    public var isTruthy: Bool {
        switch self {
        case .text(let text): return !text.isEmpty
        case .flag(let flag): return flag
        case .list(let items): return !items.isEmpty
        case .object: return true
        case .absent: return false
        }
    }

    /// The shape's name in error messages ("expected a list, found text").
    var shapeName: String {
        switch self {
        case .text: return "text"
        case .flag: return "a flag"
        case .list: return "a list"
        case .object: return "an object"
        case .absent: return "absent"
        }
    }
}

extension LayoutValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension LayoutValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .flag(value) }
}

extension LayoutValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: LayoutValue...) { self = .list(elements) }
}

extension LayoutValue: ExpressibleByDictionaryLiteral {
    /// A repeated key keeps the last value, like building the object by assignment.
    public init(dictionaryLiteral elements: (String, LayoutValue)...) {
        self = .object(LayoutFields(pairs: elements))
    }
}

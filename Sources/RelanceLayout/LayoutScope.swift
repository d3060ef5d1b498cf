/// The names a path can start from: the page's data, then the loop variables, innermost last.
struct LayoutScope {
    private let root: LayoutFields
    /// Name and value, innermost last.
    private var bindings: [(String, LayoutValue)] = []

    init(root: LayoutFields) { self.root = root }

    /// The scope inside one repetition: `name` is the item and `name_index` its 1-based position
    /// as text; both shadow any outer name.
    func binding(_ name: String, to item: LayoutValue, position: Int) -> LayoutScope {
        var inner = self
        inner.enter(name, indexName: name + "_index", item: item, position: position)
        return inner
    }

    /// `binding` in place, for a renderer that walks one scope up and down instead of copying it
    /// per item; `leave` undoes it.
    mutating func enter(_ name: String, indexName: String, item: LayoutValue, position: Int) {
        bindings.append((name, item))
        bindings.append((indexName, .text(String(position))))
    }

    mutating func leave() {
        bindings.removeLast(2)
    }

    /// Follows the path from the innermost name that matches its first part. Going through an
    /// absent value gives absent (an optional object's fields are optional too); going through
    /// text, a flag or a list is a problem, and so is a name that is not there.
    func resolve(_ path: LayoutPath) throws(LayoutProblem) -> LayoutValue {
        let names = path.names
        let first = names[0]
        guard var value = bindings.withUnsafeBufferPointer({ LayoutFields.lastValue(named: first, in: $0) }) ?? root[first] else {
            throw LayoutProblem("unknown path '\(path)': no '\(first)' here")
        }
        var depth = 1
        while depth < names.count {
            let name = names[depth]
            switch value {
            case .object(let fields):
                guard let field = fields[name] else {
                    let parent = names[..<depth].joined(separator: ".")
                    throw LayoutProblem("unknown path '\(path)': '\(parent)' has no '\(name)'")
                }
                value = field
            case .absent:
                return .absent
            default:
                let parent = names[..<depth].joined(separator: ".")
                throw LayoutProblem("path '\(path)': '\(parent)' is \(value.shapeName), not an object")
            }
            depth += 1
        }
        return value
    }
}

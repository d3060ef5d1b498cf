import CLibXML2

/// The directives written on one element, read and checked.
///
/// Directives are exactly `data-remove`, `data-repeat`, `data-if`, `data-unless`, `data-include`,
/// `data-text` and `data-attr-NAME`. Every other attribute, `data-*` ones included (`data-sort`),
/// is ordinary HTML and is left alone.
struct Directives: Sendable {
    enum Removal: Equatable, Sendable { case all, allButFirst }

    struct Repetition: Equatable, Sendable {
        let variable: String
        let path: LayoutPath
    }

    struct AttributeBinding: Equatable, Sendable {
        let name: String
        let path: LayoutPath
    }

    var removal: Removal?
    var repetition: Repetition?
    var condition: LayoutPath?
    var negatedCondition: LayoutPath?
    var include: String?
    var text: LayoutPath?
    var attributes: [AttributeBinding] = []

    static let attributePrefix = "data-attr-"

    /// The directives of `element`, or nil when it has none (the common case, checked without
    /// allocating). With `strip`, the directive attributes are removed from the element.
    static func read(from element: xmlNodePtr, strip: Bool) throws(LayoutProblem) -> Directives? {
        var directives = Directives()
        var found: [xmlAttrPtr] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard current.hasDataPrefix, try directives.record(current.name, current.value) else { continue }
            found.append(current)
        }
        guard !found.isEmpty else { return nil }
        try directives.check(on: element)
        if strip { for attribute in found { xmlRemoveProp(attribute) } }
        return directives
    }

    /// Records one attribute; false when it is not a directive.
    private mutating func record(_ name: String, _ value: String) throws(LayoutProblem) -> Bool {
        switch name {
        case "data-remove":
            switch value {
            case "all": removal = .all
            case "all-but-first": removal = .allButFirst
            default: throw LayoutProblem("data-remove=\"\(value)\": expected \"all\" or \"all-but-first\"")
            }
        case "data-repeat":
            let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
            guard words.count == 3, words[1] == "in", LayoutPath.isName(words[0]),
                  let path = LayoutPath(parsing: words[2]) else {
                throw LayoutProblem("data-repeat=\"\(value)\": expected \"item in path\"")
            }
            repetition = Repetition(variable: words[0], path: path)
        case "data-if": condition = try Directives.path(value, in: name)
        case "data-unless": negatedCondition = try Directives.path(value, in: name)
        case "data-text": text = try Directives.path(value, in: name)
        case "data-include":
            guard !value.isEmpty else { throw LayoutProblem("data-include=\"\": expected a file such as \"partials/x.html\"") }
            include = value
        default:
            guard name.hasPrefix(Directives.attributePrefix) else { return false }
            let target = String(name.dropFirst(Directives.attributePrefix.count))
            guard !target.isEmpty else { throw LayoutProblem("\(name): expected data-attr-NAME") }
            // Event handlers run their value as script: data must never get there.
            guard !target.hasPrefix("on") else { throw LayoutProblem("\(name): event handler attributes cannot take data") }
            attributes.append(AttributeBinding(name: target, path: try Directives.path(value, in: name)))
        }
        return true
    }

    private static func path(_ value: String, in directive: String) throws(LayoutProblem) -> LayoutPath {
        guard let path = LayoutPath(parsing: value) else {
            throw LayoutProblem("\(directive)=\"\(value)\": expected a path such as \"debtor.name\"")
        }
        return path
    }

    /// Combinations that cannot be honoured safely.
    private func check(on element: xmlNodePtr) throws(LayoutProblem) {
        let tag = element.elementName
        if text != nil, include != nil {
            throw LayoutProblem("data-text and data-include on the same <\(tag)>: both replace its content")
        }
        if text != nil || include != nil, element.isVoidElement {
            throw LayoutProblem("<\(tag)> cannot have content: no data-text or data-include here")
        }
        // libxml2 writes the text of <script> and <style> unescaped; data would become code.
        if text != nil, tag == "script" || tag == "style" {
            throw LayoutProblem("data-text on <\(tag)>: its text is not escaped, data cannot go there")
        }
    }
}

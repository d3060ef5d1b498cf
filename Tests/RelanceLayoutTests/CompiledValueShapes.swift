@testable import RelanceLayout
import RelanceTestSupport

/// Random page data shaped after the paths a layout's directives use: lists where it repeats,
/// objects where paths go through, text, flags or nothing at the ends — with, now and then, a value
/// of the wrong shape, so that errors are compared too.
final class CompiledValueShapes {
    private final class Shape {
        var fields: [String: Shape] = [:]
        var element: Shape?
        var isTested = false
        var isAttribute = false
        var isText = false
    }

    private let root = Shape()

    init(_ sites: [DirectiveSite]) {
        var variables: [String: Shape] = [:]
        func shape(_ path: LayoutPath) -> Shape? {
            let first = path.names[0]
            if first.hasSuffix("_index"), variables[String(first.dropLast(6))] != nil, path.names.count == 1 { return nil }
            var current: Shape
            if let variable = variables[first] {
                current = variable
            } else {
                current = root.fields[first] ?? Shape()
                root.fields[first] = current
            }
            for name in path.names.dropFirst() {
                let next = current.fields[name] ?? Shape()
                current.fields[name] = next
                current = next
            }
            return current
        }
        for site in sites {
            let directives = site.directives
            if let repetition = directives.repetition, let list = shape(repetition.path) {
                let element = list.element ?? Shape()
                list.element = element
                variables[repetition.variable] = element
            }
            for path in [directives.condition, directives.negatedCondition].compactMap({ $0 }) { shape(path)?.isTested = true }
            if let path = directives.text { shape(path)?.isText = true }
            for binding in directives.attributes { shape(binding.path)?.isAttribute = true }
        }
    }

    /// With `wrongShapes`, about one value in a hundred has a shape the layout does not accept.
    func value(_ generator: inout SeededGenerator, texts: [String], wrongShapes: Bool) -> LayoutValue {
        self.wrongShapes = wrongShapes
        return object(root, &generator, texts: texts, depth: 0)
    }

    private var wrongShapes = false

    private func object(_ shape: Shape, _ generator: inout SeededGenerator, texts: [String], depth: Int) -> LayoutValue {
        .object(LayoutFields(shape.fields.mapValues { value($0, &generator, texts: texts, depth: depth + 1) }))
    }

    private func value(_ shape: Shape, _ generator: inout SeededGenerator, texts: [String], depth: Int) -> LayoutValue {
        if wrongShapes, Int.random(in: 0..<200, using: &generator) == 0 { return .text("wrong shape") }
        if wrongShapes, Int.random(in: 0..<200, using: &generator) == 0 { return [["unexpected": true]] }
        let roll = Int.random(in: 0..<100, using: &generator)
        if let element = shape.element {
            if roll < 10 { return .absent }
            let count = depth > 3 ? Int.random(in: 0...1, using: &generator) : Int.random(in: 0...4, using: &generator)
            return .list((0..<count).map { _ in value(element, &generator, texts: texts, depth: depth + 1) })
        }
        if !shape.fields.isEmpty {
            return roll < 10 ? .absent : object(shape, &generator, texts: texts, depth: depth)
        }
        if roll < 12 { return .absent }
        if shape.isTested || shape.isAttribute, !shape.isText, roll < 40 { return .flag(Bool.random(using: &generator)) }
        return .text(texts.randomElement(using: &generator)!)
    }
}

/// Copies with storage of their own, for `CompiledLayoutPool`: reading a path retains its names, and
/// the copy used by one thread must not share reference counts with the copy used by another.
extension DirectiveSite {
    func unshared() -> DirectiveSite {
        DirectiveSite(directives: directives.unshared(), file: String(decoding: Array(file.utf8), as: UTF8.self), line: line)
    }
}

extension Directives {
    func unshared() -> Directives {
        var copy = self
        copy.repetition = repetition.map { Repetition(variable: $0.variable.unshared, path: $0.path.unshared()) }
        copy.condition = condition?.unshared()
        copy.negatedCondition = negatedCondition?.unshared()
        copy.include = include?.unshared
        copy.text = text?.unshared()
        copy.attributes = attributes.map { AttributeBinding(name: $0.name.unshared, path: $0.path.unshared()) }
        return copy
    }
}

extension LayoutPath {
    func unshared() -> LayoutPath { LayoutPath(names: names.map(\.unshared)) }
}

private extension String {
    /// Short strings live inline and count nothing; a longer one gets storage of its own.
    var unshared: String { String(decoding: Array(utf8), as: UTF8.self) }
}

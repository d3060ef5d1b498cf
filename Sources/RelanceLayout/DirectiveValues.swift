/// What each directive makes of the value its path resolves to, and the error when the value has
/// the wrong shape. Shared by the DOM filler and the compiled renderer, so that both accept the same
/// data and fail with the same message at the same element.
///
/// Generic over where the directive was written: the DOM filler passes its `DirectiveSite`, the
/// compiled renderer a plain index that reaches the site only to report an error.
enum DirectiveValues {
    static func value(_ path: LayoutPath, _ scope: LayoutScope, _ site: some DirectiveLocation) throws(LayoutError) -> LayoutValue {
        do { return try scope.resolve(path) } catch { throw site.error(error.message) }
    }

    /// `data-repeat`: a list; absent repeats zero times.
    static func items(_ repetition: Directives.Repetition, _ scope: LayoutScope,
                      _ site: some DirectiveLocation) throws(LayoutError) -> [LayoutValue] {
        switch try value(repetition.path, scope, site) {
        case .list(let list): return list
        case .absent: return []
        case let other:
            throw site.error("data-repeat over '\(repetition.path)': expected a list, found \(other.shapeName)")
        }
    }

    /// `data-if` (and, negated, `data-unless`).
    static func test(_ path: LayoutPath, _ scope: LayoutScope, _ site: some DirectiveLocation) throws(LayoutError) -> Bool {
        try value(path, scope, site).isTruthy
    }

    /// `data-text`: text; absent writes nothing.
    static func text(_ path: LayoutPath, _ scope: LayoutScope, _ site: some DirectiveLocation) throws(LayoutError) -> String {
        switch try value(path, scope, site) {
        case .text(let value): return value
        case .absent: return ""
        case let other: throw site.error("data-text '\(path)': expected text, found \(other.shapeName)")
        }
    }

    /// `data-attr-NAME`: the attribute's value, nil to remove it. A true flag makes a boolean
    /// attribute (`hidden`, `open`): present and empty.
    static func attribute(_ binding: Directives.AttributeBinding, _ scope: LayoutScope,
                          _ site: some DirectiveLocation) throws(LayoutError) -> String? {
        switch try value(binding.path, scope, site) {
        case .text(let text): return text
        case .flag(true): return ""
        case .flag(false), .absent: return nil
        case let other:
            throw site.error("data-attr-\(binding.name) '\(binding.path)': expected text or a flag, found \(other.shapeName)")
        }
    }
}

/// Where a directive was written, for its errors.
protocol DirectiveLocation {
    func error(_ message: String) -> LayoutError
}

extension DirectiveSite: DirectiveLocation {}

import Foundation

/// Compares an expected JSON document with an actual one: every key of the expected side must be
/// present with an equal value (the actual side may hold more). Arrays of debtors and invoices are
/// matched by their `id` / `reference`. Returns one line per mismatch.
func mismatches(expected: Any, actual: Any?, path: String = "") -> [String] {
    switch expected {
    case let object as [String: Any]:
        guard let other = actual as? [String: Any] else { return ["\(path): expected an object, found \(String(describing: actual))"] }
        return object.keys.sorted().flatMap { mismatches(expected: object[$0]!, actual: other[$0], path: "\(path).\($0)") }
    case let array as [Any]:
        guard let other = actual as? [Any] else { return ["\(path): expected an array, found \(String(describing: actual))"] }
        var problems: [String] = []
        if array.count != other.count { problems.append("\(path): expected \(array.count) items, found \(other.count)") }
        for (index, item) in array.enumerated() {
            let key = (item as? [String: Any]).flatMap { ($0["id"] ?? $0["reference"] ?? $0["bucket"]) as? String }
            let match = key.flatMap { k in other.first { (($0 as? [String: Any]).flatMap { ($0["id"] ?? $0["reference"] ?? $0["bucket"]) as? String }) == k } }
                ?? (index < other.count ? other[index] : nil)
            problems += mismatches(expected: item, actual: match, path: "\(path)[\(key ?? String(index))]")
        }
        return problems
    case is NSNull:
        return actual is NSNull ? [] : ["\(path): expected null, found \(String(describing: actual))"]
    default:
        let same = (expected as? NSObject)?.isEqual(actual) ?? false
        return same ? [] : ["\(path): expected \(expected), found \(String(describing: actual))"]
    }
}

func json(_ url: URL) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(contentsOf: url))
}

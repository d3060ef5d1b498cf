import TOMLKit

/// One `[section]` of relance.toml, read key by key: each wrong type or unknown key is logged at the
/// key's own line, and reading goes on.
struct TOMLSection {
    let name: String
    let table: TOMLTable
    let lines: TOMLKeyLines
    let fileName: String
    let log: ErrorLog

    func fail(_ key: String, _ message: String) {
        let position = lines.key(key, in: name)
        log.add(fileName, line: position.line, column: position.column, "\(name).\(key)", message)
    }

    /// Logs every key not in `known`.
    func rejectUnknownKeys(_ known: [String]) {
        for key in table.keys.sorted() where !known.contains(key) {
            fail(key, "unknown key \(quoted(key)) in [\(name)]: expected one of \(known.joined(separator: ", "))")
        }
    }

    func string(_ key: String) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else {
            fail(key, "expected a string in quotes, found \(Self.describe(value.type))")
            return nil
        }
        return text
    }

    func bool(_ key: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else {
            fail(key, "expected true or false, found \(Self.describe(value.type))")
            return nil
        }
        return flag
    }

    /// Days: bounded above too, since a delay is added to dates (ten thousand days is 27 years).
    static let maximumDays = 10_000

    func days(_ key: String, minimum: Int, maximum: Int = TOMLSection.maximumDays) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int else {
            fail(key, "expected a whole number of days, found \(Self.describe(value.type))")
            return nil
        }
        guard number >= minimum, number <= maximum else {
            fail(key, "expected a number of days from \(minimum) to \(maximum), found \(number)")
            return nil
        }
        return number
    }

    func strings(_ key: String) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            fail(key, "expected an array of strings such as [\"12 rue des Tanneurs\", \"69001 Lyon\"], "
                 + "found \(Self.describe(value.type))")
            return nil
        }
        var result: [String] = []
        for element in array {
            guard let text = element.string else {
                fail(key, "expected an array of strings, found \(Self.describe(element.type)) in it")
                return nil
            }
            result.append(text)
        }
        return result
    }

    func integers(_ key: String) -> [Int]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            fail(key, "expected an array of whole numbers such as [30, 60, 90, 120], found \(Self.describe(value.type))")
            return nil
        }
        var result: [Int] = []
        for element in array {
            guard let number = element.int else {
                fail(key, "expected an array of whole numbers, found \(Self.describe(element.type)) in it")
                return nil
            }
            result.append(number)
        }
        return result
    }

    /// "an integer", "a string"…
    static func describe(_ type: TOMLType) -> String {
        let name = type.description
        return (["a", "e", "i", "o", "u"].contains(name.first.map(String.init) ?? "") ? "an " : "a ") + name
    }
}

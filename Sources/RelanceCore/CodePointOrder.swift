extension String {
    /// Plain string order, code point by code point, as the contract requires for references and ids.
    /// (Swift's `<` compares canonically equivalent forms and is not the contract's order.)
    /// UTF-8 byte order is code point order. The bytes are compared in place rather than through the
    /// generic `utf8.lexicographicallyPrecedes`, which walks string indices one byte at a time: ids
    /// and references are compared millions of times in the sorts of a large book.
    @inlinable
    public func precedesInCodePointOrder(_ other: String) -> Bool {
        var left = self, right = other
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = Swift.min(a.count, b.count)
                var index = 0
                while index < common {
                    if a[index] != b[index] { return a[index] < b[index] }
                    index += 1
                }
                return a.count < b.count
            }
        }
    }
}

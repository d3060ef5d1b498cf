extension String {
    /// Plain string order, code point by code point, as the contract requires for references and ids.
    /// (Swift's `<` compares canonically equivalent forms and is not the contract's order.)
    /// UTF-8 byte order is code point order.
    @inlinable
    public func precedesInCodePointOrder(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}

import Testing
@testable import RelanceLayout

/// An object's fields behave as the dictionary they replace: a name has one value, the last one set;
/// removing a name removes it; two objects with the same names and values are equal in any order.
@Suite struct LayoutFieldsTests {
    @Test func aRepeatedNameKeepsItsLastValue() {
        let value: LayoutValue = ["a": "1", "b": "2", "a": "3"]
        guard case .object(let fields) = value else { Issue.record("not an object"); return }
        #expect(fields["a"] == .text("3"))
        #expect(fields.names == ["a", "b"])
        #expect(fields == ["b": "2", "a": "3"])
    }

    @Test func settingReplacesAddsAndRemoves() {
        var fields: LayoutFields = ["a": "1", "a": "2"]
        fields["a"] = "4"
        fields["c"] = .flag(true)
        #expect(fields["a"] == .text("4"))
        #expect(fields["c"] == .flag(true))
        fields["a"] = nil
        #expect(fields["a"] == nil, "every value of a repeated name goes")
        #expect(fields.names == ["c"])
        #expect(fields["missing"] == nil)
    }

    @Test func equalityIgnoresOrderButNotValuesOrNames() {
        let one: LayoutFields = ["a": "1", "b": ["x": "y"]]
        #expect(one == ["b": ["x": "y"], "a": "1"])
        #expect(one == LayoutFields(["a": "1", "b": ["x": "y"]]))
        #expect(one != ["a": "1", "b": ["x": "z"]])
        #expect(one != ["a": "1"])
        #expect(one != ["a": "1", "c": ["x": "y"]])
    }
}

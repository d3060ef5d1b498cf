import CLibXML2

/// When a layout is loaded, each element's directive attributes are replaced by one marker,
/// `data-relance-directives="N"`, N indexing the layout's `DirectiveSite`s. Rendering then finds
/// an element's directives by reading a small number instead of re-parsing them on every page.
/// The name is reserved: a layout that writes it is refused.
enum DirectiveMarker {
    static let name = "data-relance-directives"
    private static let nameBytes = Array(name.utf8)

    static func set(_ index: Int, on element: xmlNodePtr) {
        withXMLChars(name) { name in withXMLChars(String(index)) { _ = xmlSetProp(element, name, $0) } }
    }

    /// The marker's index, removing the marker; nil for an element without directives.
    static func take(from element: xmlNodePtr) -> Int? {
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard isMarker(current) else { continue }
            var index = 0
            if let text = current.pointee.children?.pointee.content {
                var digit = text
                while digit.pointee != 0 {
                    index = index * 10 + Int(digit.pointee - UInt8(ascii: "0"))
                    digit += 1
                }
            }
            xmlRemoveProp(current)
            return index
        }
        return nil
    }

    static func isMarker(_ attribute: xmlAttrPtr) -> Bool {
        guard attribute.hasDataPrefix, let chars = attribute.pointee.name else { return false }
        for (offset, byte) in nameBytes.enumerated() where chars[offset] != byte { return false }
        return chars[nameBytes.count] == 0
    }
}

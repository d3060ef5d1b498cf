/// Where escaped bytes are written: a page being rendered, or a plain array (tests, checks).
protocol ByteSink: ~Copyable {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension ByteSink where Self: ~Copyable {
    mutating func append(bytesOf array: [UInt8]) {
        array.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}

extension Array: ByteSink where Element == UInt8 {}

extension FlatBuffer: ByteSink where Element == UInt8 {}

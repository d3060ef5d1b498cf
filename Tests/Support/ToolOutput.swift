import Foundation

/// Runs a command-line tool the tests read back with (qpdf, pdftotext, unzip) and returns its exit
/// status and standard output; standard error is dropped.
package enum ToolOutput {
    package static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, bytes: [UInt8]) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](data))
    }
}

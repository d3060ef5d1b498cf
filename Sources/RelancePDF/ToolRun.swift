import Glibc

/// Runs a command-line tool (qpdf) to completion with a time limit, collecting what it prints on
/// standard output and error for the error message.
enum ToolRun {
    struct Outcome: Sendable {
        let status: Int32
        let output: String
    }

    /// Keeps the start of a chatty tool's output; the rest is drained but dropped.
    static let messageLimit = 16 * 1024

    /// `outputLimit`: raise it for a tool whose output is the result (qpdf's JSON). `errors`:
    /// false to leave what it writes on standard error out (to /dev/null).
    static func run(_ executable: String, _ arguments: [String], timeout: Duration,
                    outputLimit: Int = ToolRun.messageLimit, errors: Bool = true) throws(ChildProcessError) -> Outcome {
        let (reading, writing) = try SocketPair.make()
        defer { close(reading) }
        let child: ChildProcess
        do {
            child = try ChildProcess(executable: executable, arguments: arguments, descriptors: errors ? [1: writing, 2: writing] : [1: writing])
            close(writing)
        } catch {
            close(writing)
            throw error
        }

        let deadline = Deadline(after: timeout)
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            var request = pollfd(fd: reading, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, deadline.remainingMilliseconds)
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 || deadline.hasPassed {
                child.stop()
                throw ChildProcessError(program: child.name, reason: "\(child.name) did not finish within \(timeout)")
            }
            let count = chunk.withUnsafeMutableBytes { read(reading, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }  // end of output: the tool closed it, normally by exiting
            if output.count < outputLimit { output += chunk[0..<min(count, outputLimit - output.count)] }
        }
        guard let status = child.waitForExit(until: deadline) else {
            child.stop()
            throw ChildProcessError(program: child.name, reason: "\(child.name) did not exit within \(timeout)")
        }
        return Outcome(status: status, output: String(decoding: output, as: UTF8.self))
    }
}

import Glibc

/// The byte level of Chromium's `--remote-debugging-pipe`: Chromium reads commands on its
/// descriptor 3 and writes replies on 4, each message JSON followed by a NUL byte.
///
/// Both of Chromium's descriptors are one end of a single Unix socket pair rather than two pipes:
/// `send(MSG_NOSIGNAL)` then reports a dead browser as an error instead of raising SIGPIPE, which
/// would kill the whole program, and there is one descriptor to watch instead of two.
final class DevToolsPipe {
    /// Our end of the socket pair.
    private let descriptor: Int32
    /// Bytes received but not yet returned; `scanned` bytes of it are known to hold no NUL.
    private var buffer: [UInt8] = []
    private var scanned = 0
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    /// Creates the socket pair; `browserEnd` is the end to give Chromium as its 3 and 4. The
    /// caller closes it once Chromium has started.
    static func make() throws(ChildProcessError) -> (DevToolsPipe, browserEnd: Int32) {
        let (ours, browserEnd) = try SocketPair.make()
        return (DevToolsPipe(descriptor: ours), browserEnd)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Writes one message and its terminating NUL.
    func send(_ message: [UInt8], until deadline: Deadline) throws(DevToolsPipeError) {
        var framed = message
        framed.append(0)
        var offset = 0
        while offset < framed.count {
            let written = framed.withUnsafeBytes { bytes in
                Glibc.send(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            }
            if written > 0 {
                offset += written
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN: try wait(for: POLLOUT, until: deadline)
            case EPIPE, ECONNRESET: throw .closed
            default: throw .failed(String(cString: strerror(errno)))
            }
        }
    }

    /// The next complete message, without its NUL.
    func receive(until deadline: Deadline) throws(DevToolsPipeError) -> [UInt8] {
        while true {
            if let end = buffer[scanned...].firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                scanned = 0
                return message
            }
            scanned = buffer.count
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count > 0 {
                buffer += chunk[0..<count]
                continue
            }
            if count == 0 { throw .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN: try wait(for: POLLIN, until: deadline)
            case ECONNRESET: throw .closed
            default: throw .failed(String(cString: strerror(errno)))
            }
        }
    }

    private func wait(for event: Int32, until deadline: Deadline) throws(DevToolsPipeError) {
        while true {
            var request = pollfd(fd: descriptor, events: Int16(event), revents: 0)
            let ready = poll(&request, 1, deadline.remainingMilliseconds)
            if ready > 0 { return }  // ready, or hung up: the next send/recv says which
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 { throw .failed(String(cString: strerror(errno))) }
            throw .timedOut
        }
    }
}

package enum DevToolsPipeError: Error, Sendable {
    /// Chromium closed its end: it exited or crashed.
    case closed
    case timedOut
    case failed(String)
}

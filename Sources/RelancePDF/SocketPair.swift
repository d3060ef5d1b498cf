import Glibc

/// A connected pair of Unix stream sockets, both close-on-exec from the start (no other thread's
/// child can inherit them in between), used as pipes to helper programs. `child` is lifted to 10
/// or above for `ChildProcess`; the caller closes it once the child has started.
enum SocketPair {
    static func make() throws(ChildProcessError) -> (ours: Int32, child: Int32) {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            throw ChildProcessError(program: "", reason: "cannot create a socket pair: \(String(cString: strerror(errno)))")
        }
        let child: Int32
        do {
            child = try ChildProcess.lift(ends[1])
        } catch {
            close(ends[0])
            throw error
        }
        return (ends[0], child)
    }
}

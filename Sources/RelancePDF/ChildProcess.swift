import Glibc

/// A helper program (Chromium, qpdf) started with `posix_spawn`. Foundation's `Process` cannot hand
/// a child descriptors other than 0–2, and Chromium's DevTools pipe lives on 3 and 4.
///
/// The child gets exactly the descriptors asked for: 0–2 are `/dev/null` unless mapped, and every
/// other inherited descriptor is closed, so it never holds another part of the program's pipes
/// open. It runs in its own process group, so that stopping it also stops the helpers it starts
/// (Chromium's renderers, zygote, GPU process). It is always reaped: no zombies.
final class ChildProcess {
    let pid: pid_t
    /// The program's name, for error messages.
    let name: String
    private(set) var exitStatus: Int32?
    private var isStopped = false

    /// - Parameter descriptors: child descriptor → parent descriptor to duplicate into it. The
    ///   parent descriptors must be 10 or above (see `ChildProcess.lift`), so that no duplication
    ///   overwrites another one's source.
    init(executable: String, arguments: [String], descriptors: [Int32: Int32] = [:]) throws(ChildProcessError) {
        name = String(executable.split(separator: "/").last ?? Substring(executable))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for standard: Int32 in 0...2 where descriptors[standard] == nil {
            posix_spawn_file_actions_addopen(&actions, standard, "/dev/null", O_RDWR, 0)
        }
        for (child, parent) in descriptors.sorted(by: { $0.key < $1.key }) {
            posix_spawn_file_actions_adddup2(&actions, parent, child)
        }
        let firstUnmapped = max(3, (descriptors.keys.max() ?? 2) + 1)
        _ = Self.addCloseFrom?(&actions, firstUnmapped)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group (so the whole family can be stopped), default SIGPIPE handling and an
        // empty signal mask whatever the parent did with its own.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        var result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        // ETXTBSY: a program written just now (a wrapper script) is still open for writing in a
        // child another thread forked meanwhile, until that child's exec; it passes at once.
        var attempts = 1
        while result == ETXTBSY && attempts < 50 {
            usleep(10_000)
            result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
            attempts += 1
        }
        guard result == 0 else {
            throw ChildProcessError(program: name, reason: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        pid = child
    }

    deinit { stop() }

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34): closes every inherited descriptor
    /// above those mapped. Swift's Glibc module does not export it, hence the lookup by name; on
    /// an older glibc it is missing and the child inherits only what is not close-on-exec, which
    /// Foundation and this code set on everything they open.
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let addCloseFrom: AddCloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: AddCloseFrom.self)
    }()

    /// Waits for the child to exit by itself; nil if it is still running at the deadline.
    @discardableResult
    func waitForExit(until deadline: Deadline) -> Int32? {
        var pause: UInt32 = 1_000
        while true {
            if let exitStatus { return exitStatus }
            if reap(blocking: false) { continue }
            if deadline.hasPassed { return nil }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// Kills the child and all it started, and reaps it. Safe to call more than once: the group is
    /// swept only the first time, right after the child's end, never later when its number could
    /// belong to someone else.
    func stop() {
        guard !isStopped else { return }
        isStopped = true
        // The group first: helpers may outlive a child that exited by itself.
        kill(-pid, SIGKILL)
        guard exitStatus == nil else { return }
        kill(pid, SIGKILL)
        while exitStatus == nil, reap(blocking: true) == false {}
    }

    /// True once the child has been reaped (now or earlier).
    private func reap(blocking: Bool) -> Bool {
        var status: Int32 = 0
        let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
        if result == pid {
            exitStatus = Self.describe(status)
            return true
        }
        if result == -1 && errno == EINTR { return false }
        if result == -1 {
            // ECHILD: reaped elsewhere (a SIGCHLD handler set to SIG_IGN); nothing left to wait for.
            exitStatus = -1
            return true
        }
        return false
    }

    /// The exit code, or 128 + the signal number as shells report it.
    private static func describe(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Moves a descriptor to number 10 or above (close-on-exec, the original closed), so that the
    /// duplications into the child's 0–4 can never overwrite one another's source.
    static func lift(_ descriptor: Int32) throws(ChildProcessError) -> Int32 {
        if descriptor >= 10 { return descriptor }
        let lifted = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
        let failure = errno
        close(descriptor)
        guard lifted >= 0 else {
            throw ChildProcessError(program: "", reason: "cannot duplicate a descriptor: \(String(cString: strerror(failure)))")
        }
        return lifted
    }
}

/// Starting or talking to a helper program failed.
struct ChildProcessError: Error, CustomStringConvertible, Sendable {
    let program: String
    let reason: String
    var description: String { reason }
}

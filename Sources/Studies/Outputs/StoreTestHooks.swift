import Foundation

/// A hook for the crash-safety test only: with `BACKCHANNEL_TEST_KILL_IN_STORE_WRITE=W` the
/// process kills itself (SIGKILL, no cleanup) inside the store's write transaction, right after
/// writing week W — a real crash at a known point of the write.
public enum StoreTestHooks {
    public static var failpoint: ((Int) throws -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["BACKCHANNEL_TEST_KILL_IN_STORE_WRITE"], let week = Int(text) else {
            return nil
        }
        return { w in if w == week { kill(getpid(), SIGKILL) } }
    }
}

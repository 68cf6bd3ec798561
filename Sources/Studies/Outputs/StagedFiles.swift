import Foundation
import Reports

/// Output files written atomically: each is first written to a hidden temporary name in its
/// final directory, and all are renamed into place only once every one was written. Until
/// `commit()`, nothing under a final name has changed; on an error (or a `deinit` without a
/// commit) the temporary files are removed.
public final class StagedFiles {
    struct Entry {
        let final: URL
        let temp: URL
    }

    public let force: Bool
    private(set) var entries: [Entry] = []

    public init(force: Bool) { self.force = force }

    deinit { abandon() }

    /// Makes sure `directory` exists (creating it if needed) and is a directory.
    public static func prepareDirectory(_ directory: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw BadInput("\(directory.path): exists and is not a directory") }
            return
        }
        if let code = makeDirectories(directory.standardizedFileURL.path) {
            throw BadInput("\(directory.path): cannot create the output directory (\(String(cString: strerror(code))))")
        }
    }

    /// `mkdir -p`; the errno of the first failure, or nil.
    static func makeDirectories(_ path: String) -> Int32? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return isDirectory.boolValue ? nil : ENOTDIR }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, let code = makeDirectories(parent) { return code }
        return mkdir(path, 0o755) == 0 || errno == EEXIST ? nil : errno
    }

    /// Checks that `final` may be written (absent, or `force`) and creates its temporary file.
    @discardableResult
    public func stage(_ final: URL) throws -> URL {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: final.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw BadInput("\(final.path): is a directory") }
            if !force { throw BadInput("\(final.path): exists; pass --force to overwrite it") }
        }
        StaleTemporaries.clean(for: final)  // left by a killed writer (its PID is gone)
        let temp = StaleTemporaries.temporary(for: final)
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw BadInput("\(final.deletingLastPathComponent().path): cannot write there (\(String(cString: strerror(errno))))")
        }
        close(fd)
        entries.append(Entry(final: final, temp: temp))
        return temp
    }

    /// The temporary file standing for `final`.
    public func temp(for final: URL) -> URL? { entries.first { $0.final == final }?.temp }

    /// Writes `data` to the temporary file of `final` (staged before).
    public func write(_ data: Data, to final: URL) throws {
        guard let temp = temp(for: final) else { throw InternalFailure("\(final.path) was not staged") }
        do {
            let handle = try FileHandle(forWritingTo: temp)
            defer { try? handle.close() }
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            throw BadInput("\(final.path): cannot write (\(Self.reason(error)))")
        }
    }

    /// Renames every temporary file to its final name.
    public func commit() throws {
        for e in entries {
            guard rename(e.temp.path, e.final.path) == 0 else {
                throw BadInput("\(e.final.path): cannot move into place (\(String(cString: strerror(errno))))")
            }
        }
        entries = []
    }

    /// Removes every temporary file not yet committed.
    public func abandon() {
        for e in entries { unlink(e.temp.path) }
        entries = []
    }

    public static func reason(_ error: any Error) -> String {
        if let e = error as? CocoaError, let underlying = e.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

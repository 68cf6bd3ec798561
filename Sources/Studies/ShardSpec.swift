/// Which slice of a sweep this process runs: `--shard i/n` (i counts from 0), or `--shard auto`
/// from a scheduler's environment.
///
/// `auto` reads, in order: Slurm job arrays (`SLURM_ARRAY_TASK_ID`, minus `SLURM_ARRAY_TASK_MIN`
/// if set, of `SLURM_ARRAY_TASK_COUNT`), then Kubernetes Indexed Jobs (`JOB_COMPLETION_INDEX`,
/// with the count from `--shards` or `BACKCHANNEL_SHARDS`).
public struct ShardSpec: Equatable {
    public var index: Int
    public var count: Int

    public static func parse(_ text: String, shards: Int?, environment: [String: String]) throws -> ShardSpec {
        if text == "auto" { return try auto(shards: shards, environment: environment) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw UsageError("--shard takes i/n (e.g. 0/4, counting from 0) or auto, got \"\(text)\"")
        }
        return try checked(i, n, from: "--shard \(text)")
    }

    static func auto(shards: Int?, environment env: [String: String]) throws -> ShardSpec {
        if let id = env["SLURM_ARRAY_TASK_ID"] {
            guard let task = Int(id) else { throw UsageError("SLURM_ARRAY_TASK_ID is not a number: \"\(id)\"") }
            let min = env["SLURM_ARRAY_TASK_MIN"].flatMap { Int($0) } ?? 0
            guard let count = shards ?? env["SLURM_ARRAY_TASK_COUNT"].flatMap({ Int($0) }) else {
                throw UsageError("--shard auto under Slurm needs SLURM_ARRAY_TASK_COUNT (or --shards N)")
            }
            return try checked(task - min, count, from: "SLURM_ARRAY_TASK_ID=\(id) (min \(min), count \(count))")
        }
        if let index = env["JOB_COMPLETION_INDEX"] {
            guard let i = Int(index) else { throw UsageError("JOB_COMPLETION_INDEX is not a number: \"\(index)\"") }
            guard let count = shards ?? env["BACKCHANNEL_SHARDS"].flatMap({ Int($0) }) else {
                throw UsageError("--shard auto with JOB_COMPLETION_INDEX needs the shard count: --shards N or BACKCHANNEL_SHARDS (the Job's completions)")
            }
            return try checked(i, count, from: "JOB_COMPLETION_INDEX=\(index) of \(count)")
        }
        throw UsageError("--shard auto found neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX in the environment")
    }

    static func checked(_ i: Int, _ n: Int, from source: String) throws -> ShardSpec {
        guard n >= 1 else { throw UsageError("\(source): the shard count must be at least 1") }
        guard (0..<n).contains(i) else { throw UsageError("\(source): shard index \(i) is outside 0…\(n - 1)") }
        return ShardSpec(index: i, count: n)
    }
}

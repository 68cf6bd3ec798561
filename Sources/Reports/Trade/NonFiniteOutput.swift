/// Why `trade` printed nothing: a result that is not a finite number.
public struct NonFiniteOutput: Error, CustomStringConvertible {
    public var field: String
    public var description: String { "internal: non-finite value in \(field); nothing was printed" }
}

/// A pause in force: an interim cut that snaps back at its deadline unless a deal comes first.
public struct PauseState: Sendable, Equatable {
    public var deadline: Int
    public var tariffsBefore: [Double]
    public var snapback: Bool
}

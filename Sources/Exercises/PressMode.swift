/// What seats may say to each other in an exercise: everything (the public board, formal
/// talks and the private rooms of the backchannels), only in public (board and formal talks),
/// or nothing (decisions only; the umpire may still post on the board).
public enum PressMode: String, Sendable, CaseIterable, Codable {
    case full
    case publicOnly = "public_only"
    case none
}

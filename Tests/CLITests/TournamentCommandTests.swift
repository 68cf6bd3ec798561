import Foundation
import Testing

/// Runs the built `backchannel` binary (golden text and exit codes).
@Suite("Tournament CLI", .serialized)
struct TournamentCommandTests {
    @Test func jsonContract() throws {
        let r = try BinaryRunner.run(["tournament", "--strategies", "tit-for-tat,defector,random:0.3", "--turns", "5",
                              "--repetitions", "2", "--noise", "0", "--seed", "7", "--include-moves", "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(Set(json.keys) == ["strategies", "turns", "repetitions", "noise", "seed", "payoff_matrix",
                                   "mean_score_per_turn", "ranking", "moves"])
        #expect(json["strategies"] as! [String] == ["tit-for-tat", "defector", "random:0.3"])
        #expect(json["turns"] as! Int == 5 && json["repetitions"] as! Int == 2 && json["seed"] as! Int == 7)
        let moves = json["moves"] as! [[String: String]]
        #expect(moves.count == 6)
        #expect(moves[1] == ["a": "tit-for-tat", "b": "defector", "moves_a": "CDDDD", "moves_b": "DDDDD"])
        let matrix = json["payoff_matrix"] as! [[Double]]
        #expect(matrix[0][1] == 4.0 / 5.0 && matrix[1][0] == 9.0 / 5.0 && matrix[1][1] == 1)
    }

    @Test func movesOnlyWhenAsked() throws {
        let r = try BinaryRunner.run(["tournament", "--strategies", "tit-for-tat,grudger", "--format", "json"])
        #expect(r.status == 0 && !r.stdout.contains("\"moves\""))
    }

    @Test func tableFormat() throws {
        let r = try BinaryRunner.run(["tournament", "--strategies", "tit-for-tat,defector", "--turns", "10", "--repetitions", "1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("   1  defector") && r.stdout.contains("Payoff matrix"))
    }

    @Test("bad data exits 65 with every problem on stderr")
    func badData() throws {
        let r = try BinaryRunner.run(["tournament", "--strategies", "tit-for-tat,grudgr,random:2", "--turns", "-3", "--noise", "nan"])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("did you mean \"grudger\"?"))
        #expect(r.stderr.contains("random") && r.stderr.contains("--turns") && r.stderr.contains("--noise"))
        for args in [["--noise", "1.5"], ["--noise", "-0.1"], ["--strategies", "tit-for-tat,tit-for-tat"]] {
            var full = ["tournament", "--strategies", "tit-for-tat,grudger"]
            full += args
            #expect(try BinaryRunner.run(full).status == 65, "\(args)")
        }
    }

    @Test("usage errors exit 64")
    func usage() throws {
        #expect(try BinaryRunner.run(["tournament"]).status == 64)
        #expect(try BinaryRunner.run(["tournament", "--strategies", "tit-for-tat,grudger", "--threads", "0"]).status == 64)
        #expect(try BinaryRunner.run(["tournament", "--strategies", "tit-for-tat,grudger", "--format", "xml"]).status == 64)
    }

    @Test func benchJSON() throws {
        let r = try BinaryRunner.run(["bench", "games", "--format", "json", "--threads", "2", "--seconds", "0.05"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(json["benchmark"] as! String == "games" && json["threads"] as! Int == 2)
        #expect((json["turns_per_second_1_thread"] as! Double) > 0)
        #expect((json["turns_per_second_all_threads"] as! Double) > 0)
    }
}

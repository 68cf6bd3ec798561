import Diplomacy

/// Names and parses the outcome metrics of a scenario (its actor and question ids).
public struct OutcomeCatalog: Sendable {
    public let actorIDs: [String]
    public let questionIDs: [String]
    public let weeks: Int
    /// Weeks of the scenario's `deal` questions (`p_deal_by_week` defaults include them).
    public let dealQuestionWeeks: [Int]

    public init(scenario: Scenario) {
        actorIDs = scenario.actors.map(\.id)
        questionIDs = scenario.outputs.questions.map(\.id)
        weeks = scenario.weeks
        dealQuestionWeeks = scenario.outputs.questions.compactMap { q in
            guard q.kind == .deal, let by = q.by else { return nil }
            return by.week(from: scenario.start)
        }
    }

    /// The name of a metric (`peak_tariff:USA`).
    public func name(_ m: OutcomeMetric) -> String {
        switch m {
        case .deal: return "p_deal"
        case let .capitulation(s): return "p_capitulation:\(actorIDs[s])"
        case .stalemate: return "p_stalemate"
        case let .dealByWeek(k): return "p_deal_by_week:\(k)"
        case .weeksToEnd: return "weeks_to_end"
        case .leak: return "p_leak"
        case let .audienceCost(s): return "audience_cost:\(actorIDs[s])"
        case let .peakTariff(s): return "peak_tariff:\(actorIDs[s])"
        case let .welfareLoss(s): return "welfare_loss:\(actorIDs[s])"
        case let .question(k): return "question:\(questionIDs[k])"
        }
    }

    /// Words for people ("deal by week 12").
    public func label(_ m: OutcomeMetric) -> String {
        switch m {
        case .deal: return "P(deal)"
        case let .capitulation(s): return "P(\(actorIDs[s]) capitulates)"
        case .stalemate: return "P(stalemate)"
        case let .dealByWeek(k): return "deal by week \(k)"
        case .weeksToEnd: return "weeks to end"
        case .leak: return "P(leak)"
        case let .audienceCost(s): return "audience cost \(actorIDs[s])"
        case let .peakTariff(s): return "peak tariff \(actorIDs[s]) %"
        case let .welfareLoss(s): return "welfare loss \(actorIDs[s])"
        case let .question(k): return "question \(questionIDs[k])"
        }
    }

    /// The weeks K of the default `p_deal_by_week:K` metrics: 4, 12, 26 inside the horizon and
    /// the weeks of the scenario's deal questions, sorted, without repeats.
    public var dealWeeks: [Int] {
        Array(Set([4, 12, 26].filter { $0 < weeks } + dealQuestionWeeks.filter { (0..<weeks).contains($0) })).sorted()
    }

    /// Every headline outcome, in a fixed order (compare and sweep report these).
    public var headline: [OutcomeMetric] {
        var list: [OutcomeMetric] = [.deal]
        list += actorIDs.indices.map { .capitulation($0) }
        list.append(.stalemate)
        list += dealWeeks.map { .dealByWeek($0) }
        list += [.weeksToEnd, .leak]
        list += actorIDs.indices.map { .audienceCost($0) }
        list += actorIDs.indices.map { .peakTariff($0) }
        list += actorIDs.indices.map { .welfareLoss($0) }
        list += questionIDs.indices.map { .question($0) }
        return list
    }

    /// The forms `--outcome` accepts, for help and errors.
    public var forms: [String] {
        let a = actorIDs.first ?? "ID"
        return ["p_deal", "p_capitulation:\(a)", "p_stalemate", "p_deal_by_week:K", "weeks_to_end", "p_leak",
                "audience_cost:\(a)", "peak_tariff:\(a)", "welfare_loss:\(a)"]
            + (questionIDs.isEmpty ? [] : ["question:\(questionIDs[0])"])
    }

    public static let formsHelp = "p_deal, p_capitulation:ID, p_stalemate, p_deal_by_week:K, weeks_to_end, p_leak, audience_cost:ID, peak_tariff:ID, welfare_loss:ID, question:QID"

    /// Parses a metric name; the error says what is valid.
    public func parse(_ text: String) -> Result<OutcomeMetric, OutcomeNameError> {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let head = parts.first ?? ""
        let arg = parts.count > 1 ? parts[1] : nil
        func side() -> Side? { arg.flatMap { actorIDs.firstIndex(of: $0) } }
        func fail(_ why: String) -> Result<OutcomeMetric, OutcomeNameError> {
            .failure(OutcomeNameError(message: "unknown outcome \"\(text)\"\(why); valid: \(forms.joined(separator: ", "))"))
        }
        switch (head, arg) {
        case ("p_deal", nil): return .success(.deal)
        case ("p_stalemate", nil): return .success(.stalemate)
        case ("weeks_to_end", nil): return .success(.weeksToEnd)
        case ("p_leak", nil): return .success(.leak)
        case ("p_deal_by_week", let k?):
            guard let week = Int(k), week >= 0 else { return fail(" (K must be a week number ≥ 0)") }
            return .success(.dealByWeek(week))
        case ("p_capitulation", _?), ("audience_cost", _?), ("peak_tariff", _?), ("welfare_loss", _?):
            guard let s = side() else { return fail(" (actors: \(actorIDs.joined(separator: ", ")))") }
            switch head {
            case "p_capitulation": return .success(.capitulation(s))
            case "audience_cost": return .success(.audienceCost(s))
            case "peak_tariff": return .success(.peakTariff(s))
            default: return .success(.welfareLoss(s))
            }
        case ("question", let id?):
            guard let k = questionIDs.firstIndex(of: id) else {
                return fail(" (questions: \(questionIDs.isEmpty ? "none" : questionIDs.joined(separator: ", ")))")
            }
            return .success(.question(k))
        default: return fail("")
        }
    }
}

public struct OutcomeNameError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

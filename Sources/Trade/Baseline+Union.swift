/// A union of states (a customs union such as the EU) as one region (docs/model.md §10.9):
/// trade among its members becomes its domestic absorption, its flows with each other region
/// are the members' flows summed, and its tariffs are trade-weighted averages of the members'
/// (a customs union has one external tariff; the average is what the members' trade faced).
extension Baseline {
    /// The baseline with `members` merged into one region called `name`, placed where the first
    /// member was; the other regions keep their order. Output, deficits and the tariff revenue
    /// on trade with non-members are preserved; tariffs among members are dropped.
    public func merging(_ members: [String], into name: String) throws -> Baseline {
        guard !members.isEmpty else { throw TradeError.invalidRegions("a union needs at least one member") }
        let indices = try members.map { try index(of: $0) }
        guard Set(indices).count == indices.count else { throw TradeError.invalidRegions("a union lists a member twice") }
        let inUnion = Set(indices)
        if regions.contains(name), !members.contains(name) {
            throw TradeError.invalidRegions("the union's name \"\(name)\" is already a region that is not one of its members")
        }
        // Old index → new index: the union where its first member was, the others in order.
        let first = indices.min()!
        var newIndex = [Int](repeating: 0, count: count)
        var names: [String] = []
        for k in 0..<count {
            if inUnion.contains(k) {
                if k == first { newIndex[k] = names.count; names.append(name) }
            } else {
                newIndex[k] = names.count
                names.append(regions[k])
            }
        }
        let union = newIndex[first]
        for k in indices { newIndex[k] = union }
        let m = names.count
        var x = [Double](repeating: 0, count: m * m)
        var revenue = [Double](repeating: 0, count: m * m)
        for i in 0..<count {
            for j in 0..<count {
                let a = newIndex[i], b = newIndex[j], v = flows[i * count + j]
                x[a * m + b] += v
                if !(a == union && b == union) { revenue[a * m + b] += tariffs.values[i * count + j] * v }
            }
        }
        var t = [Double](repeating: 0, count: m * m)
        for a in 0..<m {
            for b in 0..<m where a != b && x[a * m + b] > 0 { t[a * m + b] = revenue[a * m + b] / x[a * m + b] }
        }
        var merged = [Double](repeating: 0, count: m)
        for k in 0..<count { merged[newIndex[k]] += deficits[k] }
        return try Baseline(regions: names, flatFlows: x, tariffs: TariffMatrix(count: m, values: t), deficits: merged)
    }
}

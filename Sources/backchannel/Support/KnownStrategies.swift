/// Strategy ids a scenario may name (the Games registry's ids).
enum KnownStrategies {
    static let ids = [
        "cooperator", "defector", "tit-for-tat", "grudger", "tit-for-2-tats", "suspicious-tit-for-tat",
        "win-stay-lose-shift", "alternator", "go-by-majority", "two-tits-for-tat", "bully", "random",
        "generous-tit-for-tat", "contrite-tit-for-tat",
    ]
}

import NoticeboardRendering
import NoticeboardValues

/// What a one-shot command made, kept until the process ends: freeing a city's records one by one takes
/// a tenth of a second on one core, and the system takes the memory back at exit at no cost.
/// Only for commands that end when they are done (`serve` builds again and again, and must free).
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) { kept.append(value) }
}

/// The order files go up in, so that a page on the live site never links to a file that is not there yet:
/// a file goes up after every file it links to that is also going up. Pages that link to each other (a
/// month and the next, a page and the compound page its crumbs lead back to) form a group: its new files go
/// up first, while nothing live links to them yet, then its changed ones; within each, the deepest paths
/// first, so the pages that link to others (compound pages, the overview, the index) follow them. So assets
/// come first, then pages, then the pages linking to them, the sitemap last. Each stage is a list of files
/// that may go up together.
enum UploadOrder {
    /// `uploads` in stages; `links` gives the site paths each upload links to (others are ignored).
    static func stages(of uploads: [PublishPlan.Upload], links: [String: Set<String>]) -> [[String]] {
        let paths = uploads.map(\.path)
        let number = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        let edges = paths.map { path in (links[path] ?? []).compactMap { number[$0] }.sorted() }
        let groups = stronglyConnected(edges)
        // A group's level is one more than the highest level among the groups it links to: groups come out of
        // Tarjan's algorithm after every group they link to.
        var level = [Int](repeating: 0, count: groups.count), groupOf = [Int](repeating: 0, count: paths.count)
        for (index, group) in groups.enumerated() { for node in group { groupOf[node] = index } }
        var stages: [Stage: [String]] = [:]
        for (index, group) in groups.enumerated() {
            let below = group.flatMap { edges[$0] }.map { groupOf[$0] }.filter { $0 != index }
            level[index] = below.map { level[$0] + 1 }.max() ?? 0
            for node in group {
                // A file alone in its group links to no file of its level: it may go up with any of them.
                let alone = group.count == 1
                let stage = Stage(level: level[index], changed: !alone && uploads[node].reason != .new,
                                  depth: alone ? Int.max : paths[node].split(separator: "/").count)
                stages[stage, default: []].append(paths[node])
            }
        }
        return stages.keys.sorted().map { stages[$0]!.sorted() }
    }

    /// Where a file falls in the order: by its group's level, new before changed within a group, deeper paths first.
    private struct Stage: Hashable, Comparable {
        let level: Int
        let changed: Bool
        let depth: Int

        static func < (a: Stage, b: Stage) -> Bool {
            (a.level, a.changed ? 1 : 0, -a.depth) < (b.level, b.changed ? 1 : 0, -b.depth)
        }
    }

    /// Tarjan's strongly connected components of the graph whose node `n` has edges `edges[n]`, without
    /// recursion; every component comes after the components it has edges to.
    static func stronglyConnected(_ edges: [[Int]]) -> [[Int]] {
        let count = edges.count
        var index = [Int](repeating: -1, count: count), low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count), stack: [Int] = [], components: [[Int]] = []
        var next = 0
        for root in 0..<count where index[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = work.last {
                if edge < edges[node].count {
                    work[work.count - 1].edge += 1
                    let target = edges[node][edge]
                    if index[target] < 0 {
                        index[target] = next; low[target] = next; next += 1
                        stack.append(target); onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], index[target])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == index[node] else { continue }
                var component: [Int] = []
                while let top = stack.popLast() {
                    onStack[top] = false
                    component.append(top)
                    if top == node { break }
                }
                components.append(component.sorted())
            }
        }
        return components
    }
}

// The directory's page body, kept a few seconds per search and language: the commonest searches
// are asked again and again, and drawing one costs its SQL, decoding twenty cards and writing
// 30 kB of HTML (`make bench`, issue 23: 7–8% of the stylesheet floor's requests/s uncached).
//
// How fresh a page is: a change to the directory index made by this process drops every kept page
// at once (a generation, bumped before and after the index is written), so someone who changes a
// listing sees the change on their next page. A change made by another process behind the same
// balancer shows within `lifetime` (PUENTE_DIRECTORY_CACHE_SECONDS, 5 by default; 0 turns this
// off). The county map's counts are older still (a minute, `DirectoryMapCounts`).
//
// Only the body is kept, never the layout around it: the header differs per person, and a body
// holding this request's CSRF token is never kept (it would hand one person's token to everyone).

import Foundation
import NIOCore
import PuenteCore
import Synchronization

final class DirectoryPageCache: Sendable {
    struct Key: Hashable, Sendable {
        let filter: DirectoryFilter
        let ignored: [String]
        let language: Language
    }

    private struct Kept: Sendable {
        let title: String
        let html: String
        let storedAt: NIODeadline
        let generation: Int
    }

    /// Shared by every application in the process (tests run many): bumping it for a write to one
    /// database only makes the others draw a page again.
    private static let changes = Atomic<Int>(0)

    let lifetime: TimeAmount
    /// Searches are typed text, so their number is unbounded; a full cache starts over.
    let capacity: Int
    private let kept = Mutex<[Key: Kept]>([:])
    /// The process's count of directory changes; tests that need it still give their own.
    private let changeCount: @Sendable () -> Int

    init(lifetime: TimeAmount, capacity: Int = 500,
         changeCount: @escaping @Sendable () -> Int = { DirectoryPageCache.changes.load(ordering: .relaxed) }) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.changeCount = changeCount
    }

    var isOn: Bool { lifetime > .zero }

    /// Called by every writer of the directory index, before and after it writes.
    static func directoryChanged() {
        changes.add(1, ordering: .relaxed)
    }

    static var changesSoFar: Int { changes.load(ordering: .relaxed) }

    /// The generation to store a page under: read before the page's query runs, so a write that
    /// lands during the query leaves the page already stale.
    var generation: Int { changeCount() }

    func page(for key: Key, now: NIODeadline = .now()) -> PageView? {
        guard isOn else { return nil }
        let generation = self.generation
        return kept.withLock { pages in
            guard let page = pages[key] else { return nil }
            guard page.generation == generation, now - page.storedAt < lifetime else {
                pages[key] = nil
                return nil
            }
            return PageView(title: page.title, html: page.html)
        }
    }

    func store(_ page: PageView, for key: Key, generation: Int, csrfToken: String, now: NIODeadline = .now()) {
        guard isOn, page.status == .ok, csrfToken.isEmpty || !page.html.contains(csrfToken) else { return }
        kept.withLock { pages in
            if pages.count >= capacity, pages[key] == nil {
                pages = pages.filter { $0.value.generation == generation && now - $0.value.storedAt < lifetime }
                if pages.count >= capacity { pages.removeAll(keepingCapacity: true) }
            }
            pages[key] = Kept(title: page.title, html: page.html, storedAt: now, generation: generation)
        }
    }

    var count: Int { kept.withLock { $0.count } }
}

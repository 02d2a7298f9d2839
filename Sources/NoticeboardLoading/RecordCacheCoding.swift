import NoticeboardModel
import NoticeboardValues

// The records the record cache keeps, each as every stored property in the order declared, each value with the line
// and column it was written at. Read back, a record is the one reading its file gives (a test compares the two
// property by property); its places share the file's path, as a reader's do.

extension Statement {
    /// Writes the statement's cache bytes after `out`'s; false, having written them, when one of its places lies
    /// outside `out.file` (which reading never gives).
    func writeCacheBytes(_ out: inout CacheWriter) -> Bool {
        out.located(month)
        out.located(opening)
        out.list(income) { $0.entry($1) }
        out.list(expenses) { $0.entry($1) }
        out.located(closing)
        out.optional(collection) { out, collection in
            out.located(collection.due)
            out.located(collection.paid)
            out.list(collection.exemptions) { out, exemption in
                out.located(exemption.count)
                out.optional(exemption.reason) { $0.string($1) }
                out.location(exemption.location)
            }
            out.location(collection.location)
        }
        out.optional(preparedBy) { $0.located($1) }
        out.list(checkedBy) { $0.located($1) }
        out.location(checkedByLocation)
        out.optional(posted) { $0.located($1) }
        out.list(corrections) { out, correction in
            out.day(correction.date)
            out.string(correction.what)
            out.string(correction.why)
            out.location(correction.location)
        }
        out.bool(isDraft)
        out.location(location)
        return !out.elsewhere
    }

    /// The statement `writeCacheBytes` wrote for the file `path`; nil when the bytes do not hold one exactly.
    init?(cacheBytes: UnsafeRawBufferPointer, path: SourcePath) {
        guard let statement = CacheReader.whole(cacheBytes, path: path, { r throws(CacheReader.Malformed) in
            let month = try r.locatedMonth(), opening = try r.locatedMoney()
            let income = try r.list { r throws(CacheReader.Malformed) in try r.entry() }
            let expenses = try r.list { r throws(CacheReader.Malformed) in try r.entry() }
            let closing = try r.locatedMoney()
            let collection = try r.optional { r throws(CacheReader.Malformed) in
                let due = try r.locatedInt(), paid = try r.locatedInt()
                let exemptions = try r.list { r throws(CacheReader.Malformed) in
                    let count = try r.locatedInt()
                    let reason = try r.optional { r throws(CacheReader.Malformed) in try r.string() }
                    return Exemption(count: count, reason: reason, location: try r.location())
                }
                return Collection(due: due, paid: paid, exemptions: exemptions, location: try r.location())
            }
            let preparedBy = try r.optional { r throws(CacheReader.Malformed) in try r.locatedString() }
            let checkedBy = try r.list { r throws(CacheReader.Malformed) in try r.locatedString() }
            let checkedByLocation = try r.location()
            let posted = try r.optional { r throws(CacheReader.Malformed) in try r.locatedDay() }
            let corrections = try r.list { r throws(CacheReader.Malformed) in
                let date = try r.day(), what = try r.string(), why = try r.string()
                return Correction(date: date, what: what, why: why, location: try r.location())
            }
            let isDraft = try r.bool(), location = try r.location()
            return Statement(month: month, opening: opening, income: income, expenses: expenses, closing: closing, collection: collection,
                             preparedBy: preparedBy, checkedBy: checkedBy, checkedByLocation: checkedByLocation, posted: posted,
                             corrections: corrections, isDraft: isDraft, location: location)
        }) else { return nil }
        self = statement
    }
}

extension ServiceList {
    /// Writes the list's cache bytes after `out`'s; false, having written them, when one of its places lies outside `out.file`.
    func writeCacheBytes(_ out: inout CacheWriter) -> Bool {
        out.located(month)
        out.list(items) { out, item in
            out.string(item.name)
            out.optional(item.standard) { $0.string($1) }
            out.optional(item.by) { $0.string($1) }
            out.string(item.status.rawValue)
            out.optional(item.note) { $0.string($1) }
        }
        out.location(itemsLocation)
        out.optional(feedback) { out, feedback in
            out.optional(feedback.phone) { $0.string($1) }
            out.optional(feedback.place) { $0.string($1) }
        }
        out.optional(posted) { $0.located($1) }
        out.string(body)
        out.bool(isDraft)
        out.location(location)
        return !out.elsewhere
    }

    /// The list `writeCacheBytes` wrote for the file `path`; nil when the bytes do not hold one exactly.
    init?(cacheBytes: UnsafeRawBufferPointer, path: SourcePath) {
        guard let list = CacheReader.whole(cacheBytes, path: path, { r throws(CacheReader.Malformed) in
            let month = try r.locatedMonth()
            let items = try r.list { r throws(CacheReader.Malformed) in
                let name = try r.string()
                let standard = try r.optional { r throws(CacheReader.Malformed) in try r.string() }
                let by = try r.optional { r throws(CacheReader.Malformed) in try r.string() }
                guard let status = ServiceStatus(rawValue: try r.string()) else { throw CacheReader.Malformed() }
                let note = try r.optional { r throws(CacheReader.Malformed) in try r.string() }
                return Item(name: name, standard: standard, by: by, status: status, note: note)
            }
            let itemsLocation = try r.location()
            let feedback = try r.optional { r throws(CacheReader.Malformed) in
                let phone = try r.optional { r throws(CacheReader.Malformed) in try r.string() }
                return Feedback(phone: phone, place: try r.optional { r throws(CacheReader.Malformed) in try r.string() })
            }
            let posted = try r.optional { r throws(CacheReader.Malformed) in try r.locatedDay() }
            let body = try r.string(), isDraft = try r.bool(), location = try r.location()
            return ServiceList(month: month, items: items, itemsLocation: itemsLocation, feedback: feedback, posted: posted, body: body,
                               isDraft: isDraft, location: location)
        }) else { return nil }
        self = list
    }
}

extension CacheWriter {
    fileprivate mutating func entry(_ entry: Statement.Entry) {
        located(entry.date)
        string(entry.item)
        located(entry.amount)
        optional(entry.voucher) { $0.located($1) }
        optional(entry.payee) { $0.string($1) }
        optional(entry.approval) { $0.located($1) }
        optional(entry.category) { $0.located($1) }
        location(entry.location)
    }
}

extension CacheReader {
    fileprivate mutating func entry() throws(Malformed) -> Statement.Entry {
        let date = try locatedDay(), item = try string(), amount = try locatedMoney()
        let voucher = try optional { r throws(Malformed) in try r.locatedString() }
        let payee = try optional { r throws(Malformed) in try r.string() }
        let approval = try optional { r throws(Malformed) in try r.locatedString() }
        let category = try optional { r throws(Malformed) in try r.locatedString() }
        return Statement.Entry(date: date, item: item, amount: amount, voucher: voucher, payee: payee, approval: approval, category: category,
                               location: try location())
    }
}

/// What one publish does to a target, decided before anything is sent, from the built site, the target's
/// manifest and a listing of the target (each file's size). Files the manifest does not list are never
/// deleted; one standing at an address of the site is replaced, and named.
struct PublishPlan: Sendable, Equatable {
    /// Why a file is sent.
    enum Reason: String, Sendable {
        /// Not on the target.
        case new
        /// Its bytes differ from what the last publish sent.
        case changed
        /// Sent by the last publish, which stopped before it could record it.
        case unfinished
        /// Noticeboard sent it, and it is missing from the target or was changed there by hand.
        case restored
        /// A file noticeboard did not put there stands at the site's address.
        case replacing
    }

    struct Upload: Sendable, Equatable {
        let path: String
        let reason: Reason
    }

    /// Sorted by path; `UploadOrder` puts them in the order they go up.
    let uploads: [Upload]
    /// Files the manifest lists that the site no longer has and that are still on the target, sorted.
    let deletions: [String]
    /// Files the manifest lists that are missing from the target or have another size there.
    let editedByHand: [String]
    /// Files on the target that noticeboard did not put there and that it leaves alone.
    let othersKept: Int
    /// The manifest once everything is sent and deleted: the site as built.
    let finished: PublishManifest
    /// The manifest written before anything is sent: what was there, and what is about to be, without digests.
    let pending: PublishManifest

    init(site: [String: BuiltSite.File], manifest: PublishManifest, listing: [String: Int]) {
        var uploads: [Upload] = [], edited: [String] = []
        for (path, sent) in manifest.entries.sorted(by: { $0.key < $1.key }) where sent.sha256 != nil && listing[path] != sent.size {
            edited.append(path)
        }
        for (path, file) in site.sorted(by: { $0.key < $1.key }) {
            let reason: Reason?
            switch (manifest.entries[path], listing[path]) {
            case (nil, nil): reason = .new
            case (nil, _?): reason = .replacing
            case (let sent?, nil): reason = sent.sha256 == nil ? .new : .restored
            case (let sent?, let size?):
                if sent.sha256 == nil { reason = .unfinished }
                else if size != sent.size { reason = .restored }
                else { reason = sent.sha256 == file.sha256 ? nil : .changed }
            }
            if let reason { uploads.append(Upload(path: path, reason: reason)) }
        }
        self.uploads = uploads
        self.editedByHand = edited
        self.deletions = manifest.entries.keys.filter { site[$0] == nil && listing[$0] != nil }.sorted()
        self.othersKept = listing.keys.filter { manifest.entries[$0] == nil && site[$0] == nil && !PublishManifest.isManifest($0) }.count
        self.finished = PublishManifest(entries: site.mapValues { .init(size: $0.size, sha256: $0.sha256) })
        var pending = manifest
        for upload in uploads { pending.entries[upload.path] = .init(size: site[upload.path]!.size, sha256: nil) }
        self.pending = pending
    }

    var isEmpty: Bool { uploads.isEmpty && deletions.isEmpty }
}

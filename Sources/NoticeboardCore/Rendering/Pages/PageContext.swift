/// A page's file path under the output folder and what its template receives.
struct PageData {
    let path: String
    let context: [String: Any]
}

/// What every page's template receives besides its own content: the site, the way back to the root, the title.
struct PageContext {
    let community: Community
    let baseURL: String
    /// Each compound's statement fingerprints, computed once per build.
    let fingerprints: [String: [Month: StatementFingerprint]]

    /// `site`: the community and its supervision channels.
    var site: [String: Any] {
        let site = community.site
        var context: [String: Any] = [
            "community": site.community,
            "street": site.street,
            "place": [site.city, site.district, site.street].compactMap { $0 }.joined(),
        ]
        context["partyCommittee"] = site.partyCommittee?.name
        context["supervisionPhone"] = site.supervision?.phone
        context["feedbackURL"] = site.supervision?.feedbackURL
        return context
    }

    /// The context of a page at `path`, with its own keys merged in. Links start from `root`:
    /// relative by default, so the site works from a disk as well as hosted.
    func page(_ path: String, title: String, description: String, crumbs: [(String, String?)],
              root: String? = nil, _ content: [String: Any]) -> PageData {
        let root = root ?? SitePaths.rootPrefix(of: path)
        var context = content
        context["site"] = site
        context["page"] = [
            "title": title,
            "description": description,
            "root": root,
            "url": SitePaths.absolute(path, baseURL: baseURL),
            "image": baseURL + TemplateSet.emblem,
        ] as [String: Any]
        context["crumbs"] = crumbs.enumerated().map { index, crumb -> [String: Any] in
            var item: [String: Any] = ["label": crumb.0]
            // The current page is named, not linked.
            if let href = crumb.1, index < crumbs.count - 1 { item["href"] = root + href }
            return item
        }
        return PageData(path: path, context: context)
    }

    /// The first crumbs of every compound page: community, compound.
    func compoundCrumbs(_ compound: Compound) -> [(String, String?)] {
        [(community.site.community, SitePaths.community), (compound.name, SitePaths.compound(compound.slug))]
    }
}

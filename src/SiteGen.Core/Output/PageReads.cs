namespace SiteGen.Output;

/// <summary>
/// What each page read while it rendered (a dispatch's card or body, a related list, an actor's timeline or
/// connections, a term's members, which dispatches a list page holds), so that after an edit the preview renders again
/// exactly the pages that read something it changed; and the files a page that writes many (the redirects) wrote, so
/// that what it no longer writes can be removed. A page that renders again replaces
/// what it read and wrote before. Dispatches are named by their <see cref="DispatchIds"/> number, which an added or
/// removed dispatch leaves alone. Thread-safe: pages render side by side.
/// </summary>
/// <param name="recording">
/// False for a build that renders once and is thrown away (<c>sitegen build</c>): nothing will ask what a page read,
/// and at 100,000 dispatches the record holds millions of facts and takes a lock per page.
/// </param>
internal sealed class PageReads(bool recording = true)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Page, Fact[]> _reads = [];

    // Who read each fact: the inverse of _reads, made at the first question (a one-off build never asks one, and
    // keeping it up to date was a few percent of such a build's time), then kept up to date.
    private Dictionary<Fact, HashSet<Page>>? _readers;
    private readonly Dictionary<Page, string[]> _files = [];

    public enum PageKind
    {
        Dispatch,
        Home,
        Actor,
        SearchAndNotFound,
        Redirects,
        ActorIndex,
        ActorNetwork,
    }

    public enum FactKind
    {
        /// <summary>A dispatch's card: title, link, date, summary, actors, terms, as lists and neighbours show it.</summary>
        Card,

        /// <summary>A dispatch's own content, which only its page shows.</summary>
        Body,

        /// <summary>The related list of a dispatch.</summary>
        Related,

        /// <summary>Which dispatches come just before and after a dispatch in time.</summary>
        Neighbours,

        /// <summary>The dispatches that name an actor: its count and pages.</summary>
        Timeline,

        /// <summary>The actors most often named with an actor.</summary>
        CoActors,

        /// <summary>The dispatches of a tag, category, series or author: their count and order.</summary>
        Term,

        /// <summary>Which dispatches a home page lists, and how many home pages there are.</summary>
        HomeSlice,

        /// <summary>The newest dispatches, as the search and not-found pages list them.</summary>
        Newest,

        /// <summary>The old URLs of dispatches, each a redirect page.</summary>
        Aliases,

        /// <summary>How many dispatches the site has and in which years (<c>site.dispatch_count</c>, <c>site.years</c>).</summary>
        SiteTotals,
    }

    /// <summary>Sets what <paramref name="page"/> read, in place of what it read when it last rendered.</summary>
    public void Record(Page page, IEnumerable<Fact> facts)
    {
        if (!recording)
        {
            return;
        }

        var read = facts.Distinct().ToArray();
        lock (_gate)
        {
            if (_readers is not null && _reads.TryGetValue(page, out var before))
            {
                foreach (var fact in before)
                {
                    _readers[fact].Remove(page);
                }
            }

            _reads[page] = read;
            if (_readers is not null)
            {
                AddReader(_readers, page, read);
            }
        }
    }

    private static void AddReader(Dictionary<Fact, HashSet<Page>> readers, Page page, Fact[] read)
    {
        foreach (var fact in read)
        {
            if (!readers.TryGetValue(fact, out var pages))
            {
                readers[fact] = pages = [];
            }

            pages.Add(page);
        }
    }

    /// <summary>Forgets <paramref name="page"/>, which no longer exists.</summary>
    public void Forget(Page page) => Record(page, []);

    /// <summary>
    /// Indexes the pages by what they read, if not done yet: the first edit needs it, and building it while the site
    /// is served rather than in that edit spares the author's first save (a few hundred ms at 10,000 dispatches).
    /// </summary>
    public void IndexReaders()
    {
        lock (_gate)
        {
            if (_readers is not null)
            {
                return;
            }

            _readers = [];
            foreach (var (page, read) in _reads)
            {
                AddReader(_readers, page, read);
            }
        }
    }

    /// <summary>The pages that read any of <paramref name="changed"/> when they last rendered.</summary>
    public IReadOnlySet<Page> ReadersOf(IEnumerable<Fact> changed)
    {
        IndexReaders();
        var result = new HashSet<Page>();
        lock (_gate)
        {
            foreach (var fact in changed)
            {
                if (_readers!.TryGetValue(fact, out var pages))
                {
                    result.UnionWith(pages);
                }
            }
        }

        return result;
    }

    /// <summary>Sets the files <paramref name="page"/> wrote, returning those it wrote before and not now.</summary>
    public IReadOnlyList<string> RecordFiles(Page page, IEnumerable<string> files)
    {
        if (!recording)
        {
            return [];
        }

        var written = files.Order(StringComparer.Ordinal).ToArray();
        lock (_gate)
        {
            var before = _files.GetValueOrDefault(page) ?? [];
            _files[page] = written;
            return before.Except(written, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>An output page: a kind, and the number (dispatch id, list page) and actor id that pick it out.</summary>
    public readonly record struct Page(PageKind Kind, int Number = 0, string? ActorId = null)
    {
        public static Page Dispatch(int id) => new(PageKind.Dispatch, id);

        public static Page Home(int number) => new(PageKind.Home, number);

        public static Page Actor(string actorId, int number) => new(PageKind.Actor, number, actorId);
    }

    /// <summary>Something of the site a page reads: a kind, and the dispatch id, page number or key (actor id, term) it is about.</summary>
    public readonly record struct Fact(FactKind Kind, int Index = -1, string? Key = null)
    {
        public static Fact Card(int id) => new(FactKind.Card, id);

        public static Fact Body(int id) => new(FactKind.Body, id);

        public static Fact Related(int id) => new(FactKind.Related, id);

        public static Fact Neighbours(int id) => new(FactKind.Neighbours, id);

        public static Fact Timeline(string actorId) => new(FactKind.Timeline, Key: actorId);

        public static Fact CoActors(string actorId) => new(FactKind.CoActors, Key: actorId);

        public static Fact Term(Configuration.TaxonomyKind kind, string slug) => new(FactKind.Term, (int)kind, slug);

        public static Fact HomeSlice(int number) => new(FactKind.HomeSlice, number);

        public static Fact Newest => new(FactKind.Newest);

        public static Fact Aliases => new(FactKind.Aliases);

        public static Fact SiteTotals => new(FactKind.SiteTotals);
    }
}

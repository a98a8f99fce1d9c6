namespace SiteGen.Output;

/// <summary>
/// What each page read while it rendered (a dispatch's card or body, a related list, an actor's timeline or
/// connections), so that after an edit the preview renders again exactly the pages that read something it changed.
/// A page that renders again replaces what it read before. Thread-safe: pages render side by side.
/// </summary>
internal sealed class PageReads
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Page, Fact[]> _reads = [];
    private readonly Dictionary<Fact, HashSet<Page>> _readers = [];

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
        /// <summary>A dispatch's card: title, link, date, summary, actors, as lists and neighbours show it.</summary>
        Card,

        /// <summary>A dispatch's own content, which only its page shows.</summary>
        Body,

        /// <summary>The related list of a dispatch.</summary>
        Related,

        /// <summary>The dispatches that name an actor: its count and pages.</summary>
        Timeline,

        /// <summary>The actors most often named with an actor.</summary>
        CoActors,
    }

    /// <summary>Sets what <paramref name="page"/> read, in place of what it read when it last rendered.</summary>
    public void Record(Page page, IEnumerable<Fact> facts)
    {
        var read = facts.Distinct().ToArray();
        lock (_gate)
        {
            if (_reads.TryGetValue(page, out var before))
            {
                foreach (var fact in before)
                {
                    _readers[fact].Remove(page);
                }
            }

            _reads[page] = read;
            foreach (var fact in read)
            {
                if (!_readers.TryGetValue(fact, out var pages))
                {
                    _readers[fact] = pages = [];
                }

                pages.Add(page);
            }
        }
    }

    /// <summary>The pages that read any of <paramref name="changed"/> when they last rendered.</summary>
    public IReadOnlySet<Page> ReadersOf(IEnumerable<Fact> changed)
    {
        var result = new HashSet<Page>();
        lock (_gate)
        {
            foreach (var fact in changed)
            {
                if (_readers.TryGetValue(fact, out var pages))
                {
                    result.UnionWith(pages);
                }
            }
        }

        return result;
    }

    /// <summary>An output page: a kind, and the number (dispatch position, list page) and actor id that pick it out.</summary>
    public readonly record struct Page(PageKind Kind, int Number = 0, string? ActorId = null)
    {
        public static Page Dispatch(int index) => new(PageKind.Dispatch, index);

        public static Page Home(int number) => new(PageKind.Home, number);

        public static Page Actor(string actorId, int number) => new(PageKind.Actor, number, actorId);
    }

    /// <summary>Something of the site a page reads: a kind, and the dispatch position or actor id it is about.</summary>
    public readonly record struct Fact(FactKind Kind, int Index = -1, string? ActorId = null)
    {
        public static Fact Card(int index) => new(FactKind.Card, index);

        public static Fact Body(int index) => new(FactKind.Body, index);

        public static Fact Related(int index) => new(FactKind.Related, index);

        public static Fact Timeline(string actorId) => new(FactKind.Timeline, ActorId: actorId);

        public static Fact CoActors(string actorId) => new(FactKind.CoActors, ActorId: actorId);
    }
}

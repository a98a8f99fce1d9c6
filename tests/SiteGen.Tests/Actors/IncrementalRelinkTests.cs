using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Taxonomies;

namespace SiteGen.Tests.Actors;

/// <summary>
/// The preview's shortcuts after an edit to actors or tags must agree with finding everything again: the actor index
/// updated in place of a new one, and related lists scored again only where postings changed; after dispatches are
/// added and deleted, the actor, tag and term indexes moved instead of built again.
/// </summary>
public sealed class IncrementalRelinkTests
{
    private static readonly Actor[] Actors = Enumerable.Range(0, 12)
        .Select(i => new Actor { Id = $"actor-{i}", Name = $"Actor {i}", Kind = ActorKind.Person, Slug = $"actor-{i}", Path = $"/actors/actor-{i}/", SourcePath = $"content/actors/actor-{i}.md" })
        .ToArray();

    private static readonly string[] Tags = ["front", "talks", "drones", "border", "Front"];

    // Two spellings of one category, and a name no URL can be made of.
    private static readonly string[] Categories = ["War diary", "war-diary", "Analysis", "—"];

    private static readonly SiteConfig Config = new() { Authors = [new Author("The desk")] };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EditedIndexAndRelatedEqualThoseFoundAfresh(int seed)
    {
        var random = new Random(seed);
        var before = Enumerable.Range(0, 400).Select(i => RandomDispatch(random, i)).ToArray();
        var index = new ActorIndex(before);
        var tags = new TagIndex(before);
        var related = RelatedFinder.Find(before, index, tags, 5);

        for (var round = 0; round < 40; round++)
        {
            var after = before.ToArray();
            var edited = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.Next(after.Length)).Distinct().ToList();
            foreach (var i in edited)
            {
                after[i] = after[i] with { Actors = RandomActors(random), Tags = random.Next(2) == 0 ? after[i].Tags : RandomTags(random) };
            }

            var updatedIndex = index.WithEdits(before, after, edited);
            var updatedTags = tags.WithEdits(before, after, edited);
            var (freshIndex, freshTags) = AssertAsFound(after, updatedIndex, updatedTags);

            var updatedRelated = RelatedFinder.Update(before, after, updatedIndex, updatedTags, related, edited, 5);
            var freshRelated = RelatedFinder.Find(after, freshIndex, freshTags, 5);
            for (var i = 0; i < after.Length; i++)
            {
                Assert.True(freshRelated[i].SequenceEqual(updatedRelated[i]), $"round {round}: related of {i} differ after editing {string.Join(", ", edited)}");
            }

            (before, index, tags, related) = (after, updatedIndex, updatedTags, updatedRelated);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void IndexesAfterAddingAndRemovingEqualThoseFoundAfresh(int seed)
    {
        var random = new Random(seed);
        var before = Enumerable.Range(0, 300).Select(i => RandomDispatch(random, i)).ToArray();
        var index = new ActorIndex(before);
        var tags = new TagIndex(before);
        var terms = TaxonomyIndex.Build(before, Config, null);
        for (var round = 0; round < 40; round++)
        {
            // Some removed, some added anywhere in time (newest, oldest, between), the list sorted again as the preview sorts it.
            var kept = Enumerable.Range(0, before.Length).Where(_ => random.Next(30) != 0).Select(o => (Dispatch: before[o], Old: o));
            var added = Enumerable.Range(0, random.Next(4)).Select(k => (Dispatch: RandomDispatch(random, random.Next(-20, 200)) with
            {
                SourcePath = $"content/dispatches/r{round}-{k}.md",
            }, Old: -1));
            var list = kept.Concat(added).ToList();
            list.Sort((a, b) => ContentLoader.NewestFirst(a.Dispatch, b.Dispatch));
            var after = list.Select(x => x.Dispatch).ToArray();
            var newToOld = list.Select(x => x.Old).ToArray();

            var movedIndex = index.WithDispatchSet(before, after, newToOld);
            var movedTags = tags.WithDispatchSet(before, after, newToOld);
            var movedTerms = terms.WithDispatchSet(before.Length, after, newToOld, Config, new DiagnosticBag());
            AssertAsFound(after, movedIndex, movedTags);
            AssertSameTerms(TaxonomyIndex.Build(after, Config, null), movedTerms);
            (before, index, tags, terms) = (after, movedIndex, movedTags, movedTerms);
        }
    }

    /// <summary>Checks the indexes against those found afresh for <paramref name="dispatches"/>, and returns those.</summary>
    private static (ActorIndex Actors, TagIndex Tags) AssertAsFound(Dispatch[] dispatches, ActorIndex actors, TagIndex tags)
    {
        var freshActors = new ActorIndex(dispatches);
        foreach (var actor in Actors)
        {
            Assert.Equal(freshActors.DispatchesOf(actor), actors.DispatchesOf(actor));
            Assert.Equal(freshActors.CoActorsOf(actor, 100), actors.CoActorsOf(actor, 100));
        }

        Assert.Equal(freshActors.StrongestTies(1000), actors.StrongestTies(1000));
        var freshTags = new TagIndex(dispatches);
        foreach (var tag in Tags)
        {
            Assert.Equal(freshTags.DispatchesOf(tag).ToArray(), tags.DispatchesOf(tag).ToArray());
        }

        return (freshActors, freshTags);
    }

    private static void AssertSameTerms(TaxonomyIndex expected, TaxonomyIndex actual)
    {
        foreach (var kind in TaxonomyKinds.All)
        {
            Assert.Equal(
                expected.TermsOf(kind).Select(t => (t.Name, t.Slug, t.Path, string.Join(' ', t.Dispatches))),
                actual.TermsOf(kind).Select(t => (t.Name, t.Slug, t.Path, string.Join(' ', t.Dispatches))));
        }
    }

    private static Dispatch RandomDispatch(Random random, int i) => new()
    {
        SourcePath = $"content/dispatches/d{i}.md",
        Title = $"Dispatch {i}",

        // Newest first, as the build keeps them; some share a day.
        Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-i / 2),
        Slug = $"d{i}",
        Path = $"/d{i}/",
        Actors = RandomActors(random),
        Tags = RandomTags(random),
        Categories = Categories.Where(_ => random.Next(3) == 0).ToList(),
        Series = random.Next(5) == 0 ? $"Series {random.Next(3)}" : null,
        Authors = random.Next(4) == 0 ? [new Author(random.Next(2) == 0 ? "Ana" : "ana")] : [],
    };

    // Skewed, so some actors are in most dispatches and others in few: rarity weights then matter.
    private static List<Actor> RandomActors(Random random) =>
        Actors.Where((_, k) => random.Next(k + 2) == 0).ToList();

    private static List<string> RandomTags(Random random) => Tags.Where(_ => random.Next(4) == 0).ToList();
}

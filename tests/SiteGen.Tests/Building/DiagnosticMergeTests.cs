using SiteGen.Diagnostics;

namespace SiteGen.Tests.Building;

/// <summary>The preview adds an edit's diagnostics to the last build's sorted list: the same as sorting them all again.</summary>
public sealed class DiagnosticMergeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void MergingEqualsSortingEverythingAgain(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            var all = new DiagnosticBag();
            var first = new DiagnosticBag();
            var more = new DiagnosticBag();
            for (var i = 0; i < 40; i++)
            {
                // Few distinct values, so that equal keys, duplicates and the same diagnostic on both sides all occur.
                var location = new SourceLocation($"content/d{random.Next(4)}.md", 1 + random.Next(3), 1 + random.Next(2));
                var message = $"message {random.Next(3)}";
                var severity = random.Next(3);
                foreach (var bag in random.Next(4) switch { 0 => new[] { all, first }, 1 => [all, more], 2 => [all, first, more], _ => [all, more, more] })
                {
                    switch (severity)
                    {
                        case 0:
                            bag.Error("SG0001", location, message);
                            break;
                        case 1:
                            bag.Warning("SG0002", location, message);
                            break;
                        default:
                            bag.Info("SG0003", location, message);
                            break;
                    }
                }
            }

            Assert.Equal(all.ToSortedList(), DiagnosticBag.Merge(first.ToSortedList(), more.ToSortedList()));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AListAddedInOrderSortsAsSortingItAgainWould(int seed)
    {
        // A build found up to date adds the last build's sorted list back; a list already in order is kept as it is.
        // Lists sorted, sorted with a duplicate, with an equal key, or with one out of place: all as a full sort.
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var sorted = new DiagnosticBag();
            for (var i = 0; i < 30; i++)
            {
                sorted.Add(Random(random, i));
            }

            var list = sorted.ToSortedList().ToList();
            switch (round % 4)
            {
                case 1 when list.Count > 1:
                    list.Insert(random.Next(list.Count), list[random.Next(list.Count)]);
                    break;
                case 2 when list.Count > 1:
                    var at = random.Next(list.Count);
                    list.Insert(at, list[at] with { Related = [new SourceLocation("elsewhere")] });
                    break;
                case 3 when list.Count > 1:
                    var from = random.Next(list.Count);
                    var moved = list[from];
                    list.RemoveAt(from);
                    list.Insert(random.Next(list.Count + 1), moved);
                    break;
            }

            var bag = new DiagnosticBag();
            bag.AddRange(list);
            var expected = InOrder(list.Distinct());
            Assert.Equal(expected, bag.ToSortedList());
        }
    }

    private static Diagnostic Random(Random random, int i) => new(
        (DiagnosticSeverity)random.Next(3),
        $"SG000{random.Next(3)}",
        $"message {random.Next(3)}",
        new SourceLocation($"content/d{random.Next(4)}.md", 1 + random.Next(3), 1 + random.Next(2)),
        random.Next(5) == 0 ? [new SourceLocation($"related {i}")] : null);

    [Fact]
    public void ALargeListSortsAsOneStableSortWould()
    {
        // Past 8,192 the halves are sorted side by side and merged; equal keys (the related locations differ) must
        // keep the order they were added in.
        var random = new Random(7);
        var bag = new DiagnosticBag();
        var added = new List<Diagnostic>();
        for (var i = 0; i < 20_000; i++)
        {
            var diagnostic = new Diagnostic(
                (DiagnosticSeverity)random.Next(3),
                "SG0304",
                $"message {random.Next(3)}",
                new SourceLocation($"content/d{random.Next(50)}.md", 1 + random.Next(5), 1 + random.Next(3)),
                [new SourceLocation($"related {i}")]);
            bag.Add(diagnostic);
            added.Add(diagnostic);
        }

        var expected = InOrder(added);
        Assert.Equal(expected, bag.ToSortedList());
    }

    /// <summary>The order the diagnostics are reported in, spelled out: errors first, then by place, code and message; stable.</summary>
    private static List<Diagnostic> InOrder(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => -(int)d.Severity)
        .ThenBy(d => d.Location.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}

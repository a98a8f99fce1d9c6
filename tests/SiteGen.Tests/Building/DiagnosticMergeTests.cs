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
}

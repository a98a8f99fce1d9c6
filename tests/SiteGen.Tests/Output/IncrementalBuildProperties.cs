using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Tests.Output.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// The rule of the last build's record: after any change to a site, in any layout, <c>sitegen build</c> writes exactly
/// what a clean build of the same files writes, and says that nothing changed only when that is true.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class IncrementalBuildProperties
{
    [Property(MaxTest = 6)]
    public Property DefaultLayout() => Holds(SiteLayout.Default);

    [Property(MaxTest = 6)]
    public Property ContentInTheSiteRoot() => Holds(SiteLayout.ContentInRoot);

    [Property(MaxTest = 6)]
    public Property CustomContentFolderAndOutput() => Holds(SiteLayout.CustomFolders);

    [Property(MaxTest = 6)]
    public Property ThemeOfTheSitesOwn() => Holds(SiteLayout.OwnTheme);

    [Property(MaxTest = 6)]
    public Property LayoutOverrides() => Holds(SiteLayout.WithLayoutOverrides);

    private static Property Holds(SiteLayout layout) =>
        Prop.ForAll(SiteChange.Sequence().ToArbitrary(), changes =>
        {
            using var site = new ChangingSite(layout);
            var first = site.Build();
            Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
            var log = new List<string>();
            foreach (var change in changes)
            {
                var mustRebuild = change.Apply(site);
                log.Add(change.Name);
                var result = site.Build();
                Assert.True(result.Succeeded, $"after {string.Join(", ", log)}:\n{string.Join('\n', result.Diagnostics)}");
                var upToDate = result.Diagnostics.Any(d => d.Code == SiteGen.Diagnostics.DiagnosticCodes.UpToDate);
                var expected = site.CleanBuild();
                FileTree.AssertSame(expected, FileTree.Snapshot(site.Output));
                Assert.True(upToDate != mustRebuild, mustRebuild
                    ? $"'{change.Name}' changed what the build reads or wrote, but it said nothing changed (after {string.Join(", ", log)})"
                    : $"'{change.Name}' changed nothing the build reads, but it ran again (after {string.Join(", ", log)})");
            }

            return true.Label(string.Join(", ", log));
        });
}

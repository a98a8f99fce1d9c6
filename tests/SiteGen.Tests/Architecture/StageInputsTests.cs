using System.Reflection;
using SiteGen.Loading;
using SiteGen.Output;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// The render stage is handed the loaded site at its entry only: <see cref="SiteRenderer"/> gives it to
/// <see cref="RenderContext"/>, which keeps the parts the outputs read, and publishing is handed it to record the build.
/// No page type can reach the rest (what only loading and publishing keep); below Output, the layering test keeps
/// Feeds, Search and Verification from naming it at all.
/// </summary>
public sealed class StageInputsTests
{
    [Fact]
    public void InOutputOnlyTheRenderEntryAndPublishingNameTheLoadedSite()
    {
        var naming = typeof(SiteRenderer).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SiteRenderer).Namespace && NamespaceGraph.References(t).Contains(typeof(LoadedSite)))
            .Select(Outermost)
            .Select(t => t.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(["DiskPublishing", "IPublishing", "RenderContext", "SinkPublishing", "SiteRenderer"], naming);
    }

    [Fact]
    public void NeitherTheRenderContextNorTheRendererKeepsTheLoadedSite()
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

        var kept = new[] { typeof(RenderContext), typeof(SiteRenderer) }
            .SelectMany(t => t.GetFields(all))
            .Where(f => f.FieldType == typeof(LoadedSite))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        Assert.Empty(kept);
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type;
    }
}

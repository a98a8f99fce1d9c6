using System.Reflection;
using SiteGen.Tests.Architecture.Fixtures.Lower;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// The layering of every project of src/ as it is meant to be: namespaces in pipeline order, each referring only to
/// those before it, and no loop between namespaces. Read from the compiled IL, so a using or a comment cannot hide one.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Each project's namespaces, lowest first: a namespace may refer only to those listed before it.</summary>
    public static TheoryData<string> Projects => new(PipelineOrders.Keys);

    private static readonly Dictionary<string, (Assembly Assembly, string[] Order)> PipelineOrders = new(StringComparer.Ordinal)
    {
        ["SiteGen.Core"] = (typeof(Site).Assembly,
        [
            "SiteGen.Text", "SiteGen.Diagnostics", "SiteGen.Yaml", "SiteGen.IO", "SiteGen.Urls", "SiteGen.Configuration",
            "SiteGen.Content", "SiteGen.Actors", "SiteGen.Taxonomies", "SiteGen.Images", "SiteGen.Markdown", "SiteGen.Rendering.Models", "SiteGen.Rendering",
            "SiteGen.Feeds", "SiteGen.Search", "SiteGen.Verification", "SiteGen.Loading", "SiteGen.Output", "SiteGen",
            "SiteGen.Incremental", "SiteGen.Authoring",
        ]),
        ["SiteGen.Import"] = (typeof(global::SiteGen.Import.Importer).Assembly,
        [
            "SiteGen.Import.Media", "SiteGen.Import.Model", "SiteGen.Import.Links", "SiteGen.Import.Html", "SiteGen.Import.Text",
            "SiteGen.Import.Wxr", "SiteGen.Import.Clippings", "SiteGen.Import.Writing", "SiteGen.Import",
        ]),
        ["SiteGen.Server"] = (typeof(global::SiteGen.Server.PreviewSession).Assembly,
        [
            "SiteGen.Server.Watching", "SiteGen.Server.LiveReload", "SiteGen.Server.Hosting", "SiteGen.Server.Rebuilding", "SiteGen.Server",
        ]),
        ["SiteGen.Cli"] = (typeof(global::SiteGen.Cli.Commands.BuildCommand).Assembly,
        [
            "SiteGen.Cli", "SiteGen.Cli.Commands",
        ]),
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void NoNamespaceRefersUpThePipeline(string project)
    {
        var (assembly, order) = PipelineOrders[project];
        var graph = new NamespaceGraph(assembly, project.StartsWith("SiteGen.Core", StringComparison.Ordinal) ? "SiteGen" : project);

        var upward = UpwardReferences(graph, order);

        Assert.True(upward.Count == 0, "references up the pipeline:\n" + string.Join("\n", upward));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void NoNamespacesFormALoop(string project)
    {
        var (assembly, _) = PipelineOrders[project];
        var graph = new NamespaceGraph(assembly, project.StartsWith("SiteGen.Core", StringComparison.Ordinal) ? "SiteGen" : project);

        var loops = graph.Cycles().Select(c => string.Join(" <-> ", c)).ToList();

        Assert.True(loops.Count == 0, "loops between namespaces:\n" + string.Join("\n", loops));
    }

    [Fact]
    public void TheCheckFindsAKnownLoopAndAnUpwardReference()
    {
        var graph = new NamespaceGraph(typeof(LowerEnd).Assembly, "SiteGen.Tests.Architecture.Fixtures");

        Assert.Equal(["SiteGen.Tests.Architecture.Fixtures.Lower <-> SiteGen.Tests.Architecture.Fixtures.Upper"], graph.Cycles().Select(c => string.Join(" <-> ", c)));
        Assert.Equal(
            ["SiteGen.Tests.Architecture.Fixtures.Lower -> SiteGen.Tests.Architecture.Fixtures.Upper (SiteGen.Tests.Architecture.Fixtures.Lower.LowerEnd -> SiteGen.Tests.Architecture.Fixtures.Upper.UpperEnd)"],
            UpwardReferences(graph, ["SiteGen.Tests.Architecture.Fixtures.Lower", "SiteGen.Tests.Architecture.Fixtures.Upper"]));
    }

    /// <summary>Every reference to a namespace later in <paramref name="order"/>, or from or to one it does not place.</summary>
    private static List<string> UpwardReferences(NamespaceGraph graph, string[] order)
    {
        var problems = new List<string>();
        foreach (var from in graph.Namespaces.Order(StringComparer.Ordinal))
        {
            var rank = Array.IndexOf(order, from);
            if (rank < 0)
            {
                problems.Add($"{from} is not placed in the pipeline order: add it where it belongs");
                continue;
            }

            foreach (var (to, example) in graph.From(from).OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (Array.IndexOf(order, to) > rank)
                {
                    problems.Add($"{from} -> {to} ({example})");
                }
            }
        }

        return problems;
    }
}

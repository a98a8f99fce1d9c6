using System.Text;
using SiteGen.Content;
using SiteGen.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Text;

/// <summary>
/// The front-matter parser must give what YamlDotNet gives, node for node and mark for mark, or decline; never
/// accept what YamlDotNet refuses.
/// </summary>
public sealed class SimpleBlockParserTests
{
    private const string Dispatch = """
        title: "Belarus Watch 9/18/17"
        date: 2017-09-18T10:47:00Z
        actors:
          - "Andrei Hryškievič"
          - Volodymyr Zelensky   # the president
        tags:
        - kherson
        summary: 'It''s quiet: for now'
        image:
          src: "/images/bench/map-14.svg"
          alt: Rail line near Brest, where sabotage was reported

        sources:
          - title: Report one
            url: "https://example.org/a#b"
          - title: 'Second'
        updates:
        - date: 2022-05-16
          text: Fixed the date.
        draft:
        aliases: # old addresses
          - /2017/09/18/belarus-watch/
        """;

    [Fact]
    public void ReadsTheShapesFrontMatterTakes()
    {
        Assert.NotNull(SimpleBlockParser.TryParse(Dispatch + "\n"));
        AssertSameAsYamlDotNet(Dispatch + "\n");
        AssertSameAsYamlDotNet(Dispatch);
    }

    [Theory]
    [InlineData("title: |\n  block\n")]
    [InlineData("title: >\n  folded\n")]
    [InlineData("tags: [a, b]\n")]
    [InlineData("image: {src: a}\n")]
    [InlineData("title: &a x\nother: *a\n")]
    [InlineData("title: !!str 5\n")]
    [InlineData("title: \"tab\\tescape\"\n")]
    [InlineData("title: two\n  lines\n")]
    [InlineData("title: \"open\n  quote\"\n")]
    [InlineData("title:\tx\n")]
    [InlineData("  indented: root\n")]
    [InlineData("? complex\n: key\n")]
    [InlineData("\"quoted key\": v\n")]
    [InlineData("list:\n  -\n    - nested\n")]
    [InlineData("%YAML 1.2\n---\nx: y\n")]
    public void LeavesEverythingElseToYamlDotNet(string yaml)
    {
        Assert.Null(SimpleBlockParser.TryParse(yaml));
        AssertSameAsYamlDotNet(yaml);
    }

    [Theory]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 'x' y\n")]
    [InlineData("a: \"x\"#y\n")]
    [InlineData("a: x:\n")]
    [InlineData("list:\n  - a\n  b: c\n")]
    [InlineData("a: 1\n- b\n")]
    [InlineData("a:\n  b: 1\n   c: 2\n")]
    [InlineData("a: x\n  - y\n")]
    [InlineData("key : v\n")]
    [InlineData("a: -1\nb: ~\nc: null\nd: 'multi  spaces'\n")]
    [InlineData("emoji: \"Kyiv 🇺🇦\"\n")]
    [InlineData("no-newline: at the end")]
    [InlineData("# only a comment\n")]
    [InlineData("a:   # comment, no value\nb: x\n")]
    [InlineData("a:\n# comment between\n  - x\n  # and after\nb: y\n")]
    public void AgreesWithYamlDotNetOnEdgeCases(string yaml) => AssertSameAsYamlDotNet(yaml);

    [Fact]
    public void AgreesWithYamlDotNetOnEveryFrontMatterOfTheSampleSite()
    {
        var dispatches = 0;
        var accepted = 0;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (FrontMatterSplitter.Split(text, out _) is { } document)
            {
                AssertSameAsYamlDotNet(document.Yaml, file);
                if (file.Contains("dispatches", StringComparison.Ordinal))
                {
                    dispatches++;
                    accepted += SimpleBlockParser.TryParse(document.Yaml) is null ? 0 : 1;
                }
            }
        }

        // The point of the parser is that it reads the dispatches, thousands of them; YamlDotNet is for the rest
        // (the actors' flow lists of aliases, for one).
        Assert.True(dispatches > 0 && accepted == dispatches, $"{accepted} of {dispatches} dispatches read without YamlDotNet");
    }

    [Fact]
    public void AgreesWithYamlDotNetOnGeneratedFrontMatter()
    {
        var random = new Random(2026);
        var accepted = 0;
        for (var i = 0; i < 6000; i++)
        {
            var yaml = GeneratedDocument(random);
            accepted += SimpleBlockParser.TryParse(yaml) is null ? 0 : 1;
            AssertSameAsYamlDotNet(yaml);
        }

        Assert.True(accepted > 600, $"only {accepted} of 6000 generated documents were read without YamlDotNet");
    }

    private static readonly string[] Words =
    [
        "Kyiv", "Лукашэнка", "Kalinoŭski", "a", "x:y", "C#", "50%", "it's", "say \"no\"", "back\\slash", "", " ", "#tag",
        "-1", "- item", "key: value", "[1]", "{a}", "&anchor", "*alias", "!tag", "|", ">", "@at", "`tick`", "?", ":",
        "trailing ", " # comment", "2022-05-15", "true", "~", "🇺🇦", "\t", "ünïcödé", "http://example.org/a?b=c#d",
    ];

    private static string GeneratedDocument(Random random)
    {
        var builder = new StringBuilder();
        var keys = random.Next(1, 7);
        for (var k = 0; k < keys; k++)
        {
            AppendNoise(builder, random, 0);
            var key = random.Next(10) == 0 ? Pick(random) : "key" + random.Next(5);
            builder.Append(key).Append(':');
            switch (random.Next(6))
            {
                case 0:
                    builder.Append(Spaces(random, 0, 2)).Append('\n');
                    break;
                case 1:
                    builder.Append(' ').Append(ScalarText(random)).Append(Spaces(random, 0, 2)).Append(Comment(random)).Append('\n');
                    break;
                case 2:
                    builder.Append(Comment(random)).Append('\n');
                    AppendSequence(builder, random, random.Next(3) == 0 ? 0 : random.Next(1, 4));
                    break;
                case 3:
                    builder.Append('\n');
                    AppendMapping(builder, random, random.Next(1, 5));
                    break;
                case 4:
                    builder.Append(' ').Append(ScalarText(random)).Append('\n').Append(Spaces(random, 0, 4)).Append(Pick(random)).Append('\n');
                    break;
                default:
                    builder.Append(' ').Append(ScalarText(random)).Append('\n');
                    break;
            }
        }

        AppendNoise(builder, random, 0);
        return random.Next(8) == 0 ? builder.ToString().TrimEnd('\n') : builder.ToString();
    }

    private static void AppendSequence(StringBuilder builder, Random random, int indent)
    {
        var items = random.Next(1, 4);
        var pad = new string(' ', indent);
        for (var i = 0; i < items; i++)
        {
            AppendNoise(builder, random, indent);
            builder.Append(pad).Append('-').Append(Spaces(random, 1, 3));
            if (random.Next(3) == 0)
            {
                var inner = new string(' ', indent + 2);
                builder.Append("title: ").Append(ScalarText(random)).Append('\n');
                if (random.Next(2) == 0)
                {
                    builder.Append(random.Next(6) == 0 ? inner + " " : inner).Append("url: ").Append(ScalarText(random)).Append('\n');
                }
            }
            else
            {
                builder.Append(ScalarText(random)).Append(Comment(random)).Append('\n');
            }
        }
    }

    private static void AppendMapping(StringBuilder builder, Random random, int indent)
    {
        var pad = new string(' ', indent);
        var entries = random.Next(1, 4);
        for (var i = 0; i < entries; i++)
        {
            AppendNoise(builder, random, indent);
            builder.Append(random.Next(12) == 0 ? pad + " " : pad).Append("field").Append(random.Next(3)).Append(": ").Append(ScalarText(random)).Append('\n');
        }
    }

    private static void AppendNoise(StringBuilder builder, Random random, int indent)
    {
        switch (random.Next(10))
        {
            case 0:
                builder.Append('\n');
                break;
            case 1:
                builder.Append(new string(' ', indent + random.Next(3))).Append("# note: ").Append(Pick(random)).Append('\n');
                break;
        }
    }

    private static string ScalarText(Random random)
    {
        var text = string.Join(random.Next(4) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random)));
        return random.Next(4) switch
        {
            0 => "\"" + text + "\"",
            1 => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
            2 when random.Next(4) == 0 => "'" + text + "'",
            _ => text,
        };
    }

    private static string Comment(Random random) => random.Next(4) == 0 ? Spaces(random, 0, 2) + "# " + Pick(random) : string.Empty;

    private static string Spaces(Random random, int min, int max) => new(' ', random.Next(min, max + 1));

    private static string Pick(Random random) => Words[random.Next(Words.Length)];

    private static void AssertSameAsYamlDotNet(string yaml, string? name = null)
    {
        var expected = Load(() => new Parser(new StringReader(yaml)));
        var fast = SimpleBlockParser.TryParse(yaml);
        if (fast is null)
        {
            return;
        }

        var where = $"{name ?? "generated"}:\n{yaml}";
        var actual = Load(() => SimpleBlockParser.TryParse(yaml)!);
        Assert.True(expected.Error is null == actual.Error is null, $"YamlDotNet: {expected.Error?.Message ?? "ok"}; fast: {actual.Error?.Message ?? "ok"} for {where}");
        if (expected.Error is not null)
        {
            Assert.Equal(expected.Error.Message, actual.Error!.Message);
            return;
        }

        Assert.Equal(Describe(expected.Root), Describe(actual.Root));
    }

    private static (YamlNode? Root, Exception? Error) Load(Func<IParser> parser)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(parser());
            return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException)
        {
            // YamlDotNet throws ArgumentException for some keys it cannot load ("?: "); SiteGen reports it like the rest.
            return (null, ex);
        }
    }

    /// <summary>The tree as text: each node's kind, marks, style, tag and value, in order.</summary>
    private static string Describe(YamlNode? node)
    {
        var builder = new StringBuilder();
        void Visit(YamlNode? current, int depth)
        {
            builder.Append(' ', depth * 2);
            if (current is null)
            {
                builder.Append("(none)\n");
                return;
            }

            builder.Append($"{current.NodeType} {current.Start.Index}/{current.Start.Line}:{current.Start.Column}-{current.End.Index}/{current.End.Line}:{current.End.Column} tag={current.Tag} anchor={current.Anchor}");
            switch (current)
            {
                case YamlScalarNode scalar:
                    builder.Append($" {scalar.Style} [{scalar.Value}]\n");
                    break;
                case YamlMappingNode mapping:
                    builder.Append($" {mapping.Style}\n");
                    foreach (var (key, value) in mapping.Children)
                    {
                        Visit(key, depth + 1);
                        Visit(value, depth + 2);
                    }

                    break;
                case YamlSequenceNode sequence:
                    builder.Append($" {sequence.Style}\n");
                    foreach (var child in sequence.Children)
                    {
                        Visit(child, depth + 1);
                    }

                    break;
            }
        }

        Visit(node, 0);
        return builder.ToString();
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Content;

namespace SiteGen.Tests.Robustness;

/// <summary>Front matter joined to a body splits back into the same two parts, with the body's first line counted right.</summary>
[Trait("Category", "Robustness")]
public sealed class FrontMatterProperties
{
    private static readonly string[] LinePieces =
    [
        "title: A", "date: 2022-05-15", "tags: [a, b]", "  - x", "---x", "-- -", "....", "..", "—", "# comment", "\t", " ", ":", "'",
        "\"", "Торецьк", "💥", "\r", "x---", " ---", "--", "...x", "---\u00A0", "",
    ];

    /// <summary>YAML lines, none of them a fence: '---' or '...' with nothing after it but blanks.</summary>
    private static Gen<string> YamlLines() =>
        Gen.ListOf(Gen.ListOf(Gen.Elements(LinePieces)).Select(parts => string.Concat(parts)).Where(line => !IsFence(line)))
            .Select(lines => lines.Count == 0 ? string.Empty : string.Join('\n', lines) + "\n");

    private static Gen<string> Bodies() =>
        Gen.OneOf(
            Gen.ListOf(Gen.Elements("---", "...", "\n", "text", "\r\n", " ", "---\n", "\n---\n", "# H")).Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));

    private static bool IsFence(string line) =>
        (line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal)) && line[3..].All(c => c is ' ' or '\t');

    [Property(MaxTest = 2000)]
    public Property JoinThenSplitGivesBackYamlAndBody() =>
        Prop.ForAll(YamlLines().ToArbitrary(), Bodies().ToArbitrary(), (yaml, body) =>
        {
            var document = FrontMatterSplitter.Split(FrontMatterSplitter.Join(yaml, body), out var unclosed);
            var yamlLineCount = yaml.Count(c => c == '\n');
            return (!unclosed && document is not null).Label("split found the front matter")
                .And(() => document!.Yaml == yaml).Label("same YAML")
                .And(() => document!.Body == body).Label("same body")
                .And(() => document!.YamlFirstLine == 2 && document.BodyFirstLine == yamlLineCount + 3).Label("lines counted");
        });

    [Property(MaxTest = 500)]
    public Property YamlWithoutItsLastNewlineGainsOnlyThat() =>
        Prop.ForAll(YamlLines().Where(y => y.TrimEnd('\n').Length > 0).ToArbitrary(), yaml =>
            FrontMatterSplitter.Split(FrontMatterSplitter.Join(yaml.TrimEnd('\n'), "b"), out _)?.Yaml == yaml.TrimEnd('\n') + "\n");
}

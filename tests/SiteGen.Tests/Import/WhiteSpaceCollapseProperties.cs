using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>Text between words reads as one space, whatever white space the HTML held there (what <c>\s+</c> matches).</summary>
public sealed partial class WhiteSpaceCollapseProperties
{
    private static readonly string[] Pieces = ["word", "Kyiv", " ", "  ", "\n", " \n", "\n ", "\t", "\r\n", "\u00A0", " \u00A0", "\u2003", "\u3000 "];

    [Property(MaxTest = 1000)]
    public Property EachRunOfWhiteSpaceBecomesOneSpace() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary(), text =>
            HtmlToMarkdown.Convert("<p>" + text + "</p>").Markdown == Runs().Replace(text, " ").Trim());

    [GeneratedRegex(@"\s+")]
    private static partial Regex Runs();
}

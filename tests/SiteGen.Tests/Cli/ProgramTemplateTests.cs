using SiteGen.Tests.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// What a theme reaches by reflection, through the real program: in the native build only what the trimmer kept is
/// there (SiteGen.Core and Scriban whole, and the .NET values of Trimming/TemplateValues.xml in SiteGen.Cli).
/// </summary>
public sealed class ProgramTemplateTests
{
    [Fact]
    public void ALayoutReachesScribansBuiltInsAndTheMembersOfDatesAndSpans()
    {
        using var folder = SiteFolder.Create(ServerSites.Briefings);
        folder.Write("layouts/partials/footer.sbn", """
            <p id="builtins">{{ "kyiv" | string.upcase }} {{ [3,1,2] | array.sort | array.join "," }} {{ 2.567 | math.round 1 }} {{ "a-b-c" | regex.replace "-" "+" }} {{ date.parse "2022-05-15" | date.to_string "%Y/%m/%d" }} {{ (date.parse "2022-05-15").year }} {{ (date.parse "2022-05-15").day_of_week }} {{ timespan.from_days 2 | object.format "c" }} {{ (timespan.from_hours 36).total_days }} {{ {a: 1, b: 2} | object.keys | array.join ";" }} {{ func twice(v); ret v * 2; end; twice 21 }}</p>
            """);
        folder.Write("layouts/partials/card.sbn", """
            <p class="when">{{ card.date.value.year }}-{{ card.date.value.month }} {{ card.date.value.day_of_week }}</p>
            """);

        var (exit, stdout, stderr) = SitegenProcess.Run(folder.Site, "build");

        Assert.True(exit == 0, stdout + stderr);
        var home = folder.Read("_site/index.html");
        Assert.Contains("<p id=\"builtins\">KYIV 1,2,3 2.6 a+b+c 2022/05/15 2022 Sunday 2.00:00:00 1.5 a;b 42</p>", home, StringComparison.Ordinal);
        Assert.Contains("<p class=\"when\">2022-5 Monday</p>", home, StringComparison.Ordinal);
    }
}

using SiteGen.Tests.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The native sitegen's own start-up (src/SiteGen.Cli/Native): run by <c>./build.ps1 test-aot</c>.</summary>
public sealed class NativeStartTests
{
    private const string HugePageSettings = "/sys/kernel/mm/transparent_hugepage/enabled";

    [SkippableFact]
    public async Task TheNativeProgramAsksForHugePagesForTheDataItWritesAtStart()
    {
        Skip.If(SitegenExecutable.Native is null, "the JIT sitegen is running: the native program is tested by ./build.ps1 test-aot");
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists(HugePageSettings), "this kernel has no transparent huge pages");
        using var folder = SiteFolder.Create(ServerSites.Briefings);
        using var process = SitegenProcess.Start(folder.Site, "serve", "--port", "0");
        await process.WaitForLineAsync(line => line.StartsWith("Serving ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

        var advised = HugePageAdvisedMappings(await File.ReadAllTextAsync($"/proc/{process.Id}/smaps"));
        process.Kill();

        // The program's zero-filled data (the runtime's .hydrated section, 7 MB) is the only memory that asks for them.
        var mapping = Assert.Single(advised);
        Assert.True(mapping.Kilobytes >= 2048, $"{mapping.Kilobytes} kB advised: less than one 2 MB page");
    }

    /// <summary>The mappings of a <c>/proc/PID/smaps</c> text whose flags include <c>hg</c> (madvise(MADV_HUGEPAGE)).</summary>
    private static List<(string Range, long Kilobytes)> HugePageAdvisedMappings(string smaps)
    {
        var advised = new List<(string, long)>();
        string? range = null;
        long size = 0;
        foreach (var line in smaps.Split('\n'))
        {
            if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Contains('-', StringComparison.Ordinal))
            {
                range = line;
            }
            else if (line.StartsWith("Size:", StringComparison.Ordinal))
            {
                size = long.Parse(line["Size:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("VmFlags:", StringComparison.Ordinal) && line.Split(' ').Contains("hg") && range is not null)
            {
                advised.Add((range, size));
            }
        }

        return advised;
    }
}

using SiteGen.Tests.Images;
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

    [SkippableFact]
    public void ABuildWhoseImagesAreAllCachedDoesNotLoadLibvips()
    {
        Skip.If(SitegenExecutable.Native is null, "the JIT sitegen loads libvips with NetVips: the native program is tested by ./build.ps1 test-aot");
        Skip.IfNot(OperatingSystem.IsLinux(), "the dynamic loader's LD_DEBUG is glibc's");
        using var folder = SiteFolder.Create("""
            -- site.yml --
            title: Briefings
            base_url: https://example.org/
            -- content/dispatches/2025/map.md --
            ---
            title: The map
            date: 2025-06-24T08:00:00+03:00
            ---
            ![A map of the front](/images/map.png)
            """);
        Directory.CreateDirectory(folder.FullPath("static/images"));
        File.WriteAllBytes(folder.FullPath("static/images/map.png"), TestImages.TransparentPng(1000, 800));
        var loads = new Dictionary<string, string> { ["LD_DEBUG"] = "files" };

        var first = SitegenProcess.Run(folder.Site, ["build"], TimeSpan.FromMinutes(2), loads);
        var images = ImageFiles(folder);
        Directory.Delete(folder.FullPath("_site"), recursive: true);
        File.Delete(folder.FullPath(".sitegen/last-build.bin"));
        var cached = SitegenProcess.Run(folder.Site, ["build"], TimeSpan.FromMinutes(2), loads);

        Assert.True(first.Succeeded && cached.Succeeded, first.Stderr[^Math.Min(2000, first.Stderr.Length)..] + cached.Stderr[^Math.Min(2000, cached.Stderr.Length)..]);
        Assert.Contains("libvips", first.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("libvips", cached.Stderr, StringComparison.Ordinal);
        Assert.Contains(images, name => name.EndsWith(".webp", StringComparison.Ordinal));
        Assert.Equal(images, ImageFiles(folder));
    }

    private static List<string> ImageFiles(SiteFolder folder) =>
        [.. Directory.GetFiles(folder.FullPath("_site/images")).Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

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

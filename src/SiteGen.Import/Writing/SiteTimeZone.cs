using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import.Wxr;

namespace SiteGen.Import.Writing;

/// <summary>
/// Makes the site's calendar the blog's, so that a post's date in its URL stays the day WordPress showed: sets
/// <c>time_zone</c> in site.yml when the site has none, or says what to set when it has another.
/// </summary>
internal static partial class SiteTimeZone
{
    /// <summary>The config to place posts with, and a line for the summary (null when there is nothing to say).</summary>
    public static (SiteConfig Config, string? Note) Apply(IReadOnlyList<WxrItem> items, SiteConfig config, string siteRoot, bool dryRun, DiagnosticBag diagnostics)
    {
        // Posts carry their day in their URL; pages and records WordPress made itself (an "About" page whose local
        // and GMT times are the same) do not, and would only blur the offsets.
        var posts = items.Where(i => i.Type == "post").ToList();
        var blog = BlogTimeZone.Infer(posts);
        if (blog.Samples == 0 || blog.Offsets is [{ Ticks: 0 }])
        {
            return (config, null);
        }

        var offsets = string.Join(", ", blog.Offsets.Select(BlogTimeZone.Describe));
        var others = blog.Candidates.Where(c => c != blog.ZoneId).Take(4).ToList();
        var choice = others.Count == 0 ? string.Empty : $" (if the blog kept a region's time with summer time, {string.Join(", ", others)} also agree with every post)";
        var path = Path.Combine(siteRoot, ConfigLoader.FileName);
        var yaml = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var set = TimeZoneKey().Match(yaml);

        // The zone sitegen init wrote is this machine's, a guess: the blog's own replaces it, unless someone set
        // another value and left the comment.
        var guessed = InitsGuess().Match(yaml);
        if (guessed.Success && guessed.Groups["zone"].Value != Authoring.SiteInitializer.LocalZone().Id)
        {
            guessed = Match.Empty;
        }

        if (set.Success && !guessed.Success)
        {
            if (blog.Agrees(config.TimeZone, posts))
            {
                return (config, null);
            }

            var line = 1 + yaml.AsSpan(0, set.Index).Count('\n');
            var fix = blog.ZoneId ?? (blog.Candidates.Count > 0 ? blog.Candidates[0] : null);
            var message = $"the blog's posts were written at {offsets}, which time_zone '{config.TimeZone.Id}' does not give them: posts near midnight get another day in their URL and keep the old one only as a redirect"
                + (fix is null ? string.Empty : $"; set 'time_zone: {fix}' to keep every URL{choice}");
            diagnostics.Warning(DiagnosticCodes.ImportTimeZone, new SourceLocation(ConfigLoader.FileName, line, 1), message);
            return (config, $"The site's time_zone ({config.TimeZone.Id}) is not the blog's ({offsets}): see SG0634.");
        }

        if (blog.ZoneId is null || !TimeZoneInfo.TryFindSystemTimeZoneById(blog.ZoneId, out var zone))
        {
            diagnostics.Warning(DiagnosticCodes.ImportTimeZone, new SourceLocation(ConfigLoader.FileName),
                $"the blog's posts were written at {offsets}, which no single time zone explains: set time_zone in site.yml to the blog's zone (WordPress: Settings → General → Timezone) to keep the dates in its URLs");
            return (config, $"The blog's time zone could not be told from its posts ({offsets}): see SG0634.");
        }

        if (!dryRun)
        {
            var line = $"time_zone: {blog.ZoneId}   # set by sitegen import: the blog's posts were written at {offsets}";
            var separator = yaml.Length == 0 || yaml.EndsWith('\n') ? string.Empty : "\n";
            File.WriteAllText(path, guessed.Success ? yaml[..guessed.Index] + line + yaml[(guessed.Index + guessed.Length)..] : yaml + separator + line + "\n");
        }

        var note = $"time_zone {(dryRun ? "would be" : "was")} set to {blog.ZoneId} in site.yml: the blog's {blog.Samples} posts were written at {offsets}, so their URLs keep their day{choice}.";
        return (config with { TimeZone = zone }, note);
    }

    [GeneratedRegex(@"^time_zone\s*:", RegexOptions.Multiline)]
    private static partial Regex TimeZoneKey();

    [GeneratedRegex(@"^time_zone\s*:\s*(?<zone>[^\s#]+)[^\n#]*#\s*set by sitegen init\b[^\n]*", RegexOptions.Multiline)]
    private static partial Regex InitsGuess();
}

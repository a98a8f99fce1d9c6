using System.Text.RegularExpressions;
using SiteGen.Import.Text;

namespace SiteGen.Import.Clippings;

/// <summary>
/// Removes from a clipping's Markdown the page around the post that a clipper kept: the site header and menus
/// above it, share and like bars, related posts, the author box, comments, sidebars and the platform's footer
/// below it, and the labels (ads, "Like Loading…", cookie notices) in between.
/// </summary>
/// <remarks>
/// Lines are compared as text (headings, list markers, emphasis and link targets taken off), so "### Share this:"
/// and "*   [Twitter](…)" read as what a reader saw. Only whole lines go. Below the post, everything from the first
/// line that only a platform writes ("Share this:", "Leave a Reply", "Published by …", "N thoughts on “…”") is
/// chrome, comments included; above it, the lines before the repeated title, or else the run of menu links and
/// labels before the first sentence.
/// </remarks>
internal static partial class ClippingChrome
{
    /// <summary>The post's lines, and how many non-blank lines were removed.</summary>
    public static (List<string> Lines, int Removed) Remove(IReadOnlyList<string> lines, IReadOnlyList<string> titles)
    {
        var start = Start(lines, titles);
        var end = End(lines, start);
        var kept = new List<string>();
        var removed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var blank = lines[i].Trim().Length == 0;
            var text = TextOf(lines[i]);
            if (i < start || i >= end || (!blank && IsLabelAnywhere(text)))
            {
                removed += blank ? 0 : 1;
                continue;
            }

            kept.Add(lines[i]);
        }

        while (kept.Count > 0 && kept[^1].Trim().Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        while (kept.Count > 0 && kept[0].Trim().Length == 0)
        {
            kept.RemoveAt(0);
        }

        return (kept, removed);
    }

    /// <summary>A line's words as a reader saw them: no heading marks, list or quote markers, emphasis or link targets.</summary>
    public static string TextOf(string line)
    {
        var text = line.Trim();
        text = LinePrefix().Replace(text, string.Empty);
        text = Image().Replace(text, "$1");
        text = Link().Replace(text, "$1");
        text = text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        text = EdgeEmphasis().Replace(text, string.Empty);
        text = text.Replace("\\", string.Empty, StringComparison.Ordinal);
        return Space().Replace(text, " ").Trim();
    }

    /// <summary>The first line of the post.</summary>
    private static int Start(IReadOnlyList<string> lines, IReadOnlyList<string> titles)
    {
        var start = AfterTitle(lines, titles);
        while (start < lines.Count)
        {
            var line = lines[start];
            var text = TextOf(line);
            if (line.Trim().Length == 0 || Rule().IsMatch(line) || IsLinkLine(line) || TopLabel().IsMatch(text) ||
                TopDate().IsMatch(text) || IsLabelAnywhere(text) || Boilerplate.IsFooterLine(text))
            {
                start++;
                continue;
            }

            break;
        }

        return start;
    }

    /// <summary>The line after the page's own heading (what stands before it is the site's header and menus), else 0.</summary>
    private static int AfterTitle(IReadOnlyList<string> lines, IReadOnlyList<string> titles)
    {
        var wanted = titles.Select(Normal).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return 0;
        }

        var limit = Math.Min(lines.Count, Math.Max(40, lines.Count * 2 / 3));
        for (var i = 0; i < limit; i++)
        {
            if (!IsLinkLine(lines[i]) && !ListMarker().IsMatch(lines[i]) && wanted.Contains(Normal(TextOf(lines[i]))))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The line after the post's last: the first platform-only line below the post's first sentence.</summary>
    private static int End(IReadOnlyList<string> lines, int start)
    {
        var prose = false;
        for (var i = start; i < lines.Count; i++)
        {
            var text = TextOf(lines[i]);
            if (text.Length == 0)
            {
                continue;
            }

            if (prose && Cut().IsMatch(text))
            {
                return i;
            }

            prose |= !IsLinkLine(lines[i]);
        }

        return lines.Count;
    }

    private static bool IsLabelAnywhere(string text) => Boilerplate.IsInlineLine(text) || Anywhere().IsMatch(text);

    /// <summary>A line of nothing but links: a menu, a breadcrumb, a row of share buttons.</summary>
    private static bool IsLinkLine(string line)
    {
        var text = LinePrefix().Replace(line.Trim(), string.Empty);
        return text.Length > 0 && LinksOnly().IsMatch(text);
    }

    private static string Normal(string text) => Space().Replace(text, " ").Trim().TrimEnd('.', ':').ToUpperInvariant();

    [GeneratedRegex(@"^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+")]
    private static partial Regex LinePrefix();

    /// <summary>A thematic break, or the underline of a setext heading (Jina Reader writes titles so).</summary>
    [GeneratedRegex(@"^\s*(?:[-=*_]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[*_]+|[*_]+$")]
    private static partial Regex EdgeEmphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^(?:\[[^\[\]]*\]\([^)]*\)[\s|·•,/–-]*)+$")]
    private static partial Regex LinksOnly();

    // Above the post: navigation labels, in English and German (WordPress.com's two languages in the fixtures).
    [GeneratedRegex(@"^(?:Skip to (?:main )?content|Zum Inhalt springen|Menu|Menü|Primary Menu|Main Menu|Toggle navigation|Navigation|Search|Suche|Search for:|Suche nach:|Home|Startseite|Close|Open)$", RegexOptions.IgnoreCase)]
    private static partial Regex TopLabel();

    [GeneratedRegex(@"^(?:(?:Posted|Published) on |Veröffentlicht am )?(?:[A-Z][a-zä]+ \d{1,2}, \d{4}|\d{1,2}\.? [A-Z][a-zä]+ \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?: (?:by|von) .{1,60})?$")]
    private static partial Regex TopDate();

    // Labels the platform puts between paragraphs or in place of widgets.
    [GeneratedRegex("""
        ^(?:
          Like\ Loading(?:…|\.\.\.)
        | Gefällt\ mir\ Wird\ geladen(?:\ ?…|\.\.\.)?
        | Wird\ geladen(?:\ ?…|\.\.\.)
        | Loading(?:…|\.\.\.)
        | Privacy\ &\ Cookies:.{0,400}
        | Datenschutz\ &\ Cookies:.{0,400}
        | (?:Advertisements?|Anzeigen?|Werbung)
        | Report\ this\ ad
        )$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Anywhere();

    // Below the post: lines only the platform or the theme writes. The first of them ends the post.
    [GeneratedRegex("""
        ^(?:
          Share(?:\ this(?:\ post|\ article)?)?:
        | Share\ this(?:\ post|\ article)?
        | Teilen\ mit:? | Teilen\ Sie\ dies\ mit:? | Diese[nr]?\ (?:Artikel|Beitrag|Seite)\ teilen:?
        | Rate\ this:? | Bewerten:
        | Like\ this:?
        | Gefällt\ mir:
        | (?:%d|\d+)\ bloggers?\ likes?\ this:?
        | (?:%d|\d+)\ Bloggern?\ gefällt\ das:?
        | One\ blogger\ likes\ this:?
        | Related(?:\ Posts|\ posts|\ Articles)?:?
        | Ähnliche\ Beiträge
        | You\ (?:may|might)\ also\ like:?
        | Published\ by(?:\ .{0,60})?
        | Veröffentlicht\ von(?:\ .{0,60})?
        | Post\ navigation | Beitragsnavigation
        | Leave\ a\ (?:Reply|comment)(?::?\ Cancel\ reply)?
        | Kommentar\ verfassen(?::?\ Antwort(?:en)?\ abbrechen)? | Schreibe\ einen\ Kommentar(?::?\ Antwort(?:en)?\ abbrechen)?
        | Antwort(?:en)?\ abbrechen | No\ comments\ yet\.? | Es\ gibt\ noch\ keine\ Kommentare\.?
        | \d+\ (?:thoughts?|responses?|replies|comments?)\ (?:on|to)\ .{1,200}
        | \d+\ Kommentare?\ zu\ .{1,200}
        | \d+\ Gedanken\ zu\ .{1,200}
        | Comments\ are\ closed\.?
        | Recent\ (?:Posts|Comments)
        | Neueste\ (?:Beiträge|Kommentare)
        | Top\ Posts\ &\ Pages
        | Archives | Archiv | Blogroll
        | Create\ a\ (?:free\ )?website\ or\ blog\ at\ WordPress\.com\.?
        | (?:Blog|Website)\ at\ WordPress\.com\.?
        | Erstelle\ eine\ (?:kostenlose\ )?Website\ oder\ (?:einen\ )?Blog\ [–-]?\ ?(?:mit|auf|bei)\ WordPress\.com\.?
        | Bloggen\ auf\ WordPress\.com\.?
        | Enter\ your\ email\ address\ to\ (?:follow|subscribe\ to)\ this\ blog.{0,120}
        )$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Cut();
}

using System.Text.RegularExpressions;

namespace SiteGen.Import.Text;

/// <summary>Recognises the hosting platform's lines in a scraped capture: footers, share and like widgets, ad labels.</summary>
/// <remarks>
/// Every pattern matches a whole line, never a part of one, so an author's sentence that starts like boilerplate
/// ("Published by Reuters on Monday, ...") is not one. Footer lines count as boilerplate only in the footer (see
/// <see cref="BoilerplateFilter"/>); ad labels are removed wherever they stand, since the platform puts them between paragraphs.
/// </remarks>
internal static partial class Boilerplate
{
    /// <summary>Whether a line opens the platform's footer or is one of its lines.</summary>
    public static bool IsFooterLine(string line) => Footer().IsMatch(line.Trim());

    /// <summary>Whether a line is a label the platform puts anywhere in a post (ads).</summary>
    public static bool IsInlineLine(string line) => Inline().IsMatch(line.Trim());

    /// <summary>Whether a short line may be the name, site or button label that follows a footer line ("Jana", "WordPress.com", "Twitter").</summary>
    public static bool IsFooterLabel(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= 60 && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && !SentenceEnd().IsMatch(trimmed);
    }

    [GeneratedRegex("""
        ^(?:
          (?:Published|Posted)\ (?:by|in|on)(?:\ (?:\S+\ ){0,5}\S*[^\s.!?;:,])?
        | Create\ a\ (?:free\ )?website\ or\ blog\ at(?:\ WordPress\.com\.?)?
        | (?:Blog|Website)\ at\ WordPress\.com\.?
        | Design\ a\ site\ like\ this\ with\ WordPress\.com
        | Get\ started
        | (?:%d|\d+)\ bloggers?\ likes?\ this:?
        | One\ blogger\ likes\ this:?
        | Like\ this:?
        | Like\ Loading(?:…|\.\.\.)
        | Loading(?:…|\.\.\.)
        | Share\ this:?
        | Share\ on\ \w+
        | Click\ to\ [\w ]{1,40}\(Opens\ in\ new\ window\)
        | (?:Twitter|Facebook|Email|Print|LinkedIn|Reddit|Tumblr|Pinterest|Pocket|Telegram|WhatsApp|Threads|Bluesky|Mastodon|Nextdoor|More)
        | Related
        | Tags?:?
        | Categories:?
        | Leave\ a\ (?:comment|Reply)(?:\ Cancel\ reply)?
        | \d+\ (?:comments?|Replies)
        | (?:Previous|Next)\ (?:Post|post|Article)
        | Comments?
        | Reblog
        | (?:Un)?[Ff]ollow(?:ing)?
        | Follow\ (?:this\ blog|Blog\ via\ Email|us|me|[\w .]{1,40}\ on\ WordPress\.com)
        | Subscribe(?:d)?(?:\ to\ (?:this\ blog|our\ newsletter|posts|updates))?
        | Sign\ me\ up!?
        | Enter\ your\ email\ address\ to\ (?:follow|subscribe\ to)\ this\ blog.{0,120}
        | Join\ [\d,]+\ other\ (?:followers|subscribers)
        | Already\ have\ a\ WordPress\.com\ account\?\ Log\ in\ now\.?
        | Log\ in(?:\ now)?
        | Report\ this\ content
        | View\ site\ in\ Reader
        | Manage\ subscriptions
        | Collapse\ this\ bar
        | Customi[sz]e
        | Privacy\ &\ Cookies:.{0,400}
        | To\ find\ out\ more,\ including\ how\ to\ control\ cookies,\ see\ here:.{0,80}
        | Cookie\ Policy
        | Close\ and\ accept
        )$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Footer();

    [GeneratedRegex(@"^(?:Advertisements?|Advertisement\ Privacy\ Settings|Report\ this\ ad|Sponsored\ content)$", RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Inline();

    [GeneratedRegex(@"[.!?:;]$|[.!?]['’""”]$")]
    private static partial Regex SentenceEnd();
}

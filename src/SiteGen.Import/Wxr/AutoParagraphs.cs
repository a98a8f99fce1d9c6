using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>WordPress's wpautop: the paragraphs and line breaks WordPress showed for classic-editor content.</summary>
/// <remarks>
/// A port of wpautop (wp-includes/formatting.php) step by step, with its regular expressions, so that a post that
/// mixes &lt;p&gt; tags with bare text separated by blank lines keeps every paragraph, and a single newline inside a
/// paragraph stays the line break WordPress rendered. WordPress runs it on every post without blocks (has_blocks:
/// no <c>&lt;!-- wp:</c> comment); block content is left alone, as WordPress does.
/// </remarks>
internal static partial class AutoParagraphs
{
    private const string AllBlocks = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";
    // PHP's \s (without /u) is ASCII whitespace only: a no-break space is text to wpautop, never a blank line.
    private const string NewlineInTag = " <!-- wpnl --> ";

    /// <summary>Whether WordPress would run wpautop on this content (it does unless the post has blocks).</summary>
    public static bool Needed(string html) => !html.Contains("<!-- wp:", StringComparison.Ordinal);

    public static string Apply(string text)
    {
        if (text.Trim().Length == 0)
        {
            return string.Empty;
        }

        text += "\n";
        var preTags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text.Contains("<pre", StringComparison.Ordinal))
        {
            text = HidePre(text, preTags);
        }

        text = DoubleBreak().Replace(text, "\n\n");
        text = BlockOpen().Replace(text, "\n\n$1");
        text = BlockClose().Replace(text, "$1\n\n");
        text = HorizontalRule().Replace(text, "$1\n\n");
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = HtmlTag().Replace(text, m => m.Value.Replace("\n", NewlineInTag, StringComparison.Ordinal));

        if (text.Contains("<option", StringComparison.Ordinal))
        {
            text = SpaceBeforeOption().Replace(text, "<option");
            text = SpaceAfterOption().Replace(text, "</option>");
        }

        if (text.Contains("</object>", StringComparison.Ordinal))
        {
            text = ObjectOpen().Replace(text, "$1");
            text = ObjectClose().Replace(text, "</object>");
            text = ParamOrEmbed().Replace(text, "$1");
        }

        if (text.Contains("<source", StringComparison.Ordinal) || text.Contains("<track", StringComparison.Ordinal))
        {
            text = MediaOpen().Replace(text, "$1");
            text = MediaClose().Replace(text, "$1");
            text = SourceOrTrack().Replace(text, "$1");
        }

        if (text.Contains("<figcaption", StringComparison.Ordinal))
        {
            text = SpaceBeforeFigcaption().Replace(text, "$1");
            text = SpaceAfterFigcaption().Replace(text, "</figcaption>");
        }

        text = ManyNewlines().Replace(text, "\n\n");

        var builder = new StringBuilder(text.Length + 64);
        foreach (var chunk in BlankLine().Split(text).Where(c => c.Length > 0))
        {
            builder.Append("<p>").Append(chunk.Trim('\n')).Append("</p>\n");
        }

        text = builder.ToString();
        text = EmptyParagraph().Replace(text, string.Empty);
        text = UnclosedInContainer().Replace(text, "<p>$1</p></$2>");
        text = WrappedBlockTag().Replace(text, "$1");
        text = WrappedListItem().Replace(text, "$1");
        text = WrappedQuoteOpen().Replace(text, "<blockquote$1><p>");
        text = text.Replace("</blockquote></p>", "</p></blockquote>", StringComparison.Ordinal);
        text = ParagraphBeforeBlockTag().Replace(text, "$1");
        text = ParagraphAfterBlockTag().Replace(text, "$1");

        text = PreservedNewlines().Replace(text, m => m.Value.Replace("\n", "<WPPreserveNewline />", StringComparison.Ordinal));
        text = text.Replace("<br>", "<br />", StringComparison.Ordinal).Replace("<br/>", "<br />", StringComparison.Ordinal);
        text = NewlineWithoutBreak().Replace(text, "<br />\n");
        text = text.Replace("<WPPreserveNewline />", "\n", StringComparison.Ordinal);

        text = BreakAfterBlockTag().Replace(text, "$1");
        text = BreakBeforeBlockTag().Replace(text, "$1");
        text = NewlineBeforeLastClose().Replace(text, "</p>");

        foreach (var (name, original) in preTags)
        {
            text = text.Replace(name, original, StringComparison.Ordinal);
        }

        return text.Replace(NewlineInTag, "\n", StringComparison.Ordinal).Replace("<!-- wpnl -->", "\n", StringComparison.Ordinal);
    }

    /// <summary>Each &lt;pre&gt;…&lt;/pre&gt; out of the way as a placeholder, as wpautop does: code keeps its newlines.</summary>
    private static string HidePre(string text, Dictionary<string, string> preTags)
    {
        var parts = text.Split("</pre>");
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var start = parts[i].IndexOf("<pre", StringComparison.Ordinal);
            if (start < 0)
            {
                builder.Append(parts[i]);
                continue;
            }

            var name = $"<pre wp-pre-tag-{preTags.Count}></pre>";
            preTags[name] = parts[i][start..] + "</pre>";
            builder.Append(parts[i], 0, start).Append(name);
        }

        return builder.Append(parts[^1]).ToString();
    }

    [GeneratedRegex(@"<br[ \t\n\x0B\f\r]*/?>[ \t\n\x0B\f\r]*<br[ \t\n\x0B\f\r]*/?>")]
    private static partial Regex DoubleBreak();

    [GeneratedRegex("(<" + AllBlocks + @"[ \t\n\x0B\f\r/>])")]
    private static partial Regex BlockOpen();

    [GeneratedRegex("(</" + AllBlocks + ">)")]
    private static partial Regex BlockClose();

    [GeneratedRegex(@"(<hr[ \t\n\x0B\f\r]*?/?>)")]
    private static partial Regex HorizontalRule();

    // wp_html_split: a comment, a CDATA section or an element, each possibly unclosed at the end of the text.
    [GeneratedRegex(@"<(?:!--(?:[^-]|-(?!->))*(?:-->)?|!\[CDATA\[(?:[^\]]|\](?!\]>))*(?:\]\]>)?|[^>]*>?)")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"[ \t\n\x0B\f\r]*<option")]
    private static partial Regex SpaceBeforeOption();

    [GeneratedRegex(@"</option>[ \t\n\x0B\f\r]*")]
    private static partial Regex SpaceAfterOption();

    [GeneratedRegex(@"(<object[^>]*>)[ \t\n\x0B\f\r]*")]
    private static partial Regex ObjectOpen();

    [GeneratedRegex(@"[ \t\n\x0B\f\r]*</object>")]
    private static partial Regex ObjectClose();

    [GeneratedRegex(@"[ \t\n\x0B\f\r]*(</?(?:param|embed)[^>]*>)[ \t\n\x0B\f\r]*")]
    private static partial Regex ParamOrEmbed();

    [GeneratedRegex(@"([<\[](?:audio|video)[^>\]]*[>\]])[ \t\n\x0B\f\r]*")]
    private static partial Regex MediaOpen();

    [GeneratedRegex(@"[ \t\n\x0B\f\r]*([<\[]/(?:audio|video)[>\]])")]
    private static partial Regex MediaClose();

    [GeneratedRegex(@"[ \t\n\x0B\f\r]*(<(?:source|track)[^>]*>)[ \t\n\x0B\f\r]*")]
    private static partial Regex SourceOrTrack();

    [GeneratedRegex(@"[ \t\n\x0B\f\r]*(<figcaption[^>]*>)")]
    private static partial Regex SpaceBeforeFigcaption();

    [GeneratedRegex(@"</figcaption>[ \t\n\x0B\f\r]*")]
    private static partial Regex SpaceAfterFigcaption();

    [GeneratedRegex(@"\n\n+")]
    private static partial Regex ManyNewlines();

    [GeneratedRegex(@"\n[ \t\n\x0B\f\r]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"<p>[ \t\n\x0B\f\r]*</p>")]
    private static partial Regex EmptyParagraph();

    [GeneratedRegex(@"<p>([^<]+)</(div|address|form)>")]
    private static partial Regex UnclosedInContainer();

    [GeneratedRegex(@"<p>[ \t\n\x0B\f\r]*(</?" + AllBlocks + @"[^>]*>)[ \t\n\x0B\f\r]*</p>")]
    private static partial Regex WrappedBlockTag();

    [GeneratedRegex("<p>(<li.+?)</p>")]
    private static partial Regex WrappedListItem();

    [GeneratedRegex("<p><blockquote([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex WrappedQuoteOpen();

    [GeneratedRegex(@"<p>[ \t\n\x0B\f\r]*(</?" + AllBlocks + "[^>]*>)")]
    private static partial Regex ParagraphBeforeBlockTag();

    [GeneratedRegex("(</?" + AllBlocks + @"[^>]*>)[ \t\n\x0B\f\r]*</p>")]
    private static partial Regex ParagraphAfterBlockTag();

    [GeneratedRegex(@"<(script|style|svg).*?</\1>", RegexOptions.Singleline)]
    private static partial Regex PreservedNewlines();

    [GeneratedRegex(@"(?<!<br />)[ \t\n\x0B\f\r]*\n")]
    private static partial Regex NewlineWithoutBreak();

    [GeneratedRegex("(</?" + AllBlocks + @"[^>]*>)[ \t\n\x0B\f\r]*<br />")]
    private static partial Regex BreakAfterBlockTag();

    [GeneratedRegex(@"<br />([ \t\n\x0B\f\r]*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)")]
    private static partial Regex BreakBeforeBlockTag();

    [GeneratedRegex("\n</p>$")]
    private static partial Regex NewlineBeforeLastClose();
}

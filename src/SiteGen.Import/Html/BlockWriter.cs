using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>Writes block HTML as Markdown blocks separated by blank lines; inline runs become paragraphs.</summary>
internal sealed partial class BlockWriter
{
    private readonly InlineWriter _inline = new();

    public string Blocks(IEnumerable<INode> nodes, bool tight) => Join(Collect(nodes), tight);

    private List<string> Collect(IEnumerable<INode> nodes)
    {
        var blocks = new List<string>();
        var pending = new List<INode>();
        foreach (var node in nodes)
        {
            if (FrameCard(node) is { } card)
            {
                AddParagraph(blocks, pending);
                Add(blocks, card);
            }
            else if (MoreDivider.IsLine(node))
            {
                AddParagraph(blocks, pending);
                Add(blocks, MoreDivider.Markdown((IElement)node));
            }
            else if (ElementKinds.IsBlock(node))
            {
                AddParagraph(blocks, pending);
                Add(blocks, Block((IElement)node));
            }
            else
            {
                pending.Add(node);
            }
        }

        AddParagraph(blocks, pending);
        return blocks;
    }

    /// <summary>The Markdown of the footnotes found in the HTML, to follow the text: <c>[^1]: text</c>, later blocks indented.</summary>
    public string Footnotes(IReadOnlyList<(string Label, IElement Note)> notes)
    {
        var definitions = new List<string>();
        foreach (var (label, note) in notes)
        {
            var content = note.LocalName is "li" or "p" or "div" or "dd" or "section" or "aside" or "span" or "sup" or "small"
                ? Blocks(note.ChildNodes, tight: false)
                : Blocks([note], tight: false);
            var lines = (content.Length == 0 ? "(The note was empty on the old blog.)" : content).Split('\n');
            definitions.Add($"[^{label}]: " + lines[0] + string.Concat(lines.Skip(1).Select(l => "\n" + (l.Length == 0 ? string.Empty : "    " + l))));
        }

        return string.Join("\n\n", definitions);
    }

    private static string Join(List<string> blocks, bool tight) => Join(blocks, tight, out _);

    /// <summary>
    /// Blocks joined by blank lines; in a tight list item a list or a code fence follows its paragraph directly, and
    /// a fence's closing line ends it without one, so that the list stays tight as the HTML list was (CommonMark
    /// makes a whole list loose, each item a paragraph, when one item's blocks are apart). Two lists in a row are
    /// kept apart by an empty HTML comment, or CommonMark would merge them into one and renumber the second.
    /// <paramref name="spaced"/> says whether a blank line parts two of the blocks, or is in one outside a code fence.
    /// </summary>
    private static string Join(List<string> blocks, bool tight, out bool spaced)
    {
        spaced = blocks.Any(b => !Fenced(b) && b.Contains("\n\n", StringComparison.Ordinal));
        if (blocks.Count < 2)
        {
            return string.Join("\n\n", blocks);
        }

        var joined = new StringBuilder(blocks[0]);
        for (var i = 1; i < blocks.Count; i++)
        {
            var list = ListStart().Match(blocks[i]);
            var separator = list.Success && LastListKind(blocks[i - 1]) == Kind(list) ? "\n\n<!-- -->\n\n"
                : tight && (list.Success || Fenced(blocks[i]) || Fenced(blocks[i - 1])) ? "\n"
                : "\n\n";
            spaced |= separator != "\n";
            joined.Append(separator).Append(blocks[i]);
        }

        return joined.ToString();
    }

    /// <summary>Whether a block is a fenced code block, as <see cref="Code"/> writes it.</summary>
    private static bool Fenced(string block) => FencedCode().IsMatch(block);

    /// <summary>'-' or '.' when a block ends with a bullet or an ordered list (its last unindented line is an item; nothing else is indented), else null.</summary>
    private static char? LastListKind(string block)
    {
        var lines = block.Split('\n');
        var last = lines.LastOrDefault(l => l.Length > 0 && l[0] != ' ');
        return last is not null && ListStart().Match(last) is { Success: true } item && (lines[^1] == last || lines[^1].StartsWith(' ')) ? Kind(item) : null;
    }

    private static char Kind(Match item) => char.IsAsciiDigit(item.Value[0]) ? '.' : '-';

    private static void Add(List<string> blocks, string block)
    {
        if (block.Trim().Length > 0)
        {
            blocks.Add(block);
        }
    }

    private void AddParagraph(List<string> blocks, List<INode> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        Add(blocks, Paragraph(_inline.Write(pending)));
        pending.Clear();
    }

    /// <summary>Lines of inline Markdown as one paragraph: hard breaks as a trailing backslash, block starts escaped.</summary>
    private static string Paragraph(string inline)
    {
        var lines = inline.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(MarkdownEscaper.EscapeLineStart);
        return string.Join("\\\n", lines);
    }

    private string Block(IElement element) => element.LocalName switch
    {
        _ when IsGallery(element) => Gallery(element),
        "figure" when IsEmbedFigure(element) => EmbedFigure(element),
        "blockquote" when IsQuotedPost(element) => QuotedPost(element),
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => Heading(element),
        "ul" or "ol" or "menu" => List(element),
        "blockquote" => Quote(element),
        "pre" or "listing" or "xmp" or "plaintext" => Code(element),
        "table" => Table(element),
        "figure" => Figure(element),
        "hr" => "* * *",
        "dt" => Paragraph(_inline.WriteStrong(element.ChildNodes)),
        "figcaption" or "caption" or "summary" => Paragraph(_inline.Write(element.ChildNodes)),
        _ => Blocks(element.ChildNodes, tight: false),
    };

    private string Heading(IElement heading)
    {
        var text = _inline.Write(heading.ChildNodes).Replace('\n', ' ').Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        // A closing '#' would be read as the heading's optional closing sequence.
        if (text.EndsWith('#'))
        {
            text = text[..^1] + "\\#";
        }

        return new string('#', heading.LocalName[1] - '0') + " " + text;
    }

    private string List(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? Math.Clamp(start, 0, 999_999_999) : 1;
        var items = new List<string>();
        var loose = false;
        foreach (var item in list.Children)
        {
            var content = Join(Collect(item.LocalName == "li" ? item.ChildNodes : [item]), tight: true, out var spaced);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            loose |= spaced;
            var marker = ordered ? $"{number++}." : "-";
            var indent = new string(' ', marker.Length + 1);
            var lines = content.Split('\n');
            items.Add(marker + " " + lines[0] + string.Concat(lines.Skip(1).Select(l => "\n" + (l.Length == 0 ? string.Empty : indent + l))));
        }

        return string.Join(loose ? "\n\n" : "\n", items);
    }

    private string Quote(IElement quote)
    {
        var content = Blocks(quote.ChildNodes, tight: false);
        return content.Length == 0 ? string.Empty : string.Join('\n', content.Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l));
    }

    private static string Code(IElement pre)
    {
        var text = CodeText(pre).TrimEnd('\n', ' ', '\t');
        while (text.StartsWith('\n'))
        {
            text = text[1..];
        }

        if (text.Trim().Length == 0)
        {
            return string.Empty;
        }

        var fence = new string('`', Math.Max(3, InlineWriter.LongestRun(text, '`') + 1));
        return fence + Language(pre) + "\n" + text + "\n" + fence;
    }

    private static string CodeText(INode node) => string.Concat(node.ChildNodes.Select(child => child switch
    {
        IText text => text.Data.Replace('\u00A0', ' '),
        IElement { LocalName: "br" } => "\n",
        IElement element => CodeText(element),
        _ => string.Empty,
    }));

    /// <summary>The language of a code block from its class ("language-ruby", "lang-ruby", SyntaxHighlighter's "brush: ruby").</summary>
    private static string Language(IElement pre)
    {
        foreach (var element in new[] { pre, pre.QuerySelector("code") })
        {
            var match = LanguageClass().Match(element?.GetAttribute("class") ?? string.Empty);
            if (match.Success)
            {
                return match.Groups[1].Value.ToLowerInvariant();
            }
        }

        return string.Empty;
    }

    private static string Table(IElement table)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table)
            .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").ToList())
            .Where(r => r.Count > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return string.Empty;
        }

        var cellWriter = new InlineWriter(inTableCell: true);
        var columns = rows.Max(r => r.Count);
        var lines = new List<string>();
        foreach (var row in rows)
        {
            var cells = row.Select(c => cellWriter.Write(c.ChildNodes).Trim()).ToList();
            cells.AddRange(Enumerable.Repeat(string.Empty, columns - cells.Count));
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (lines.Count == 1)
            {
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
            }
        }

        var caption = table.QuerySelector("caption") is { } c ? Paragraph(cellWriter.Write(c.ChildNodes)) : string.Empty;
        return caption.Length == 0 ? string.Join('\n', lines) : string.Join('\n', lines) + "\n\n" + caption;
    }

    private string Figure(IElement figure)
    {
        var caption = figure.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        var captionText = caption is null ? string.Empty : _inline.Write(caption.ChildNodes).Replace('\n', ' ').Trim();
        var content = Blocks(figure.ChildNodes.Where(n => n != caption), tight: false);
        if (captionText.Length == 0)
        {
            return content;
        }

        // A gallery's figures are figures themselves: Markdig's figures do not nest, so the caption follows them.
        if (content.Length == 0 || figure.QuerySelector("figure") is not null || content.Contains("^^^", StringComparison.Ordinal))
        {
            return content.Length == 0 ? Paragraph(captionText) : content + "\n\n" + Paragraph(captionText);
        }

        return "^^^\n" + content + "\n^^^ " + captionText;
    }

    [GeneratedRegex(@"^(?:[-*+]|\d{1,9}[.)])(?: |$)")]
    private static partial Regex ListStart();

    [GeneratedRegex(@"\A(`{3,})[^`\n]*\n[\s\S]*\n\1\z")]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"(?:^|\s)(?:language-|lang-|brush:\s*)([A-Za-z0-9_+#-]{1,30})")]
    private static partial Regex LanguageClass();
}

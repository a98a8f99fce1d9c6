using System.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;

namespace SiteGen.Markdown;

/// <summary>Renders a Markdown body through the frozen pipeline, linking actor mentions and base-path URLs on the way.</summary>
internal static class MarkdownRenderer
{
    public static RenderedMarkdown Render(string markdown, MarkdownContext context)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        var walker = new DocumentWalker(markdown, context, new StringBuilder(markdown.Length));
        walker.Walk(document);
        walker.RemoveEmptiedParagraphs();
        walker.KeepAnchorUnique(document);

        var html = document.ToHtml(MarkdownPipelineFactory.Pipeline);
        return new RenderedMarkdown(html, walker.PlainText, walker.Untagged, walker.WordCount, walker.Links);
    }

    /// <summary>One pass over the syntax tree: rewrites URLs, links first mentions, collects plain text.</summary>
    private sealed class DocumentWalker(string source, MarkdownContext context, StringBuilder text)
    {
        private readonly StringBuilder _text = text;
        private readonly List<Actor> _linked = [];
        private readonly List<Actor> _reported = [];
        private readonly List<(int Index, int Length, Actor Actor)> _mentions = [];
        private readonly List<ActorMention> _untagged = [];
        private List<AuthoredLink>? _links;
        private List<LeafBlock>? _emptied;
        private int[]? _lineStarts;
        private bool _anchored;

        public string PlainText => Trimmed(_text);

        public IReadOnlyList<ActorMention> Untagged => _untagged;

        /// <summary>The site-internal links the author wrote, for reporting a broken one where it was written.</summary>
        public IReadOnlyList<AuthoredLink> Links => _links ?? (IReadOnlyList<AuthoredLink>)[];

        public int WordCount { get; private set; }

        public void Walk(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HtmlBlock html:
                        Anchor(html);
                        RewriteRawHtml(html);
                        break;
                    case CodeBlock code:
                        _text.Append(code.Lines.ToString()).Append('\n');
                        break;
                    case ContainerBlock child:
                        Walk(child);
                        break;
                    case LeafBlock { Inline: { } inline } leaf:
                        var before = inline.FirstChild;
                        WalkInlines(inline, linkable: leaf is not HeadingBlock);
                        if (leaf is ParagraphBlock && before is not null && IsBlank(inline))
                        {
                            (_emptied ??= []).Add(leaf);
                        }

                        _text.Append('\n');
                        break;
                }
            }
        }

        /// <summary>
        /// Takes out the paragraphs that held nothing but an image left out (one repeating the lead image): removed
        /// after the walk, which enumerates their containers. A paragraph the author left empty is not one of them.
        /// </summary>
        public void RemoveEmptiedParagraphs()
        {
            foreach (var paragraph in _emptied ?? [])
            {
                paragraph.Parent?.Remove(paragraph);
            }
        }

        /// <summary>Whether an inline container holds nothing a reader would see: no inline, or only spaces and line breaks.</summary>
        private static bool IsBlank(ContainerInline container)
        {
            foreach (var child in container)
            {
                switch (child)
                {
                    case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    case LineBreakInline:
                        continue;
                    default:
                        return false;
                }
            }

            return true;
        }

        /// <summary>Gives a block divider the anchor "continue reading" links land on, if it is the first divider.</summary>
        /// <remarks>The walk meets blocks and inlines in document order, as the teaser finds the first divider.</remarks>
        private void Anchor(HtmlBlock html)
        {
            if (context.MoreAnchor is not { } anchor || _anchored || !DividerComment.StartsBlock(html.Lines.ToString()))
            {
                return;
            }

            html.Lines = new Markdig.Helpers.StringLineGroup(DividerComment.Anchored(html.Lines.ToString(), anchor));
            _anchored = true;
        }

        /// <summary>
        /// A heading whose id is the divider's anchor (a heading "More") takes the next free number, as a second heading
        /// of its name does: the anchor's id is fixed, since cards link to it without rendering the page.
        /// </summary>
        public void KeepAnchorUnique(MarkdownDocument document)
        {
            if (!_anchored)
            {
                return;
            }

            var headings = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes()).Where(a => a.Id is not null).ToList();
            foreach (var clash in headings.Where(a => a.Id == context.MoreAnchor))
            {
                var n = 1;
                while (headings.Any(a => a.Id == $"{context.MoreAnchor}-{n}"))
                {
                    n++;
                }

                clash.Id = $"{context.MoreAnchor}-{n}";
            }
        }

        private void RewriteRawHtml(HtmlBlock html)
        {
            var lines = html.Lines.Lines;
            for (var i = 0; i < html.Lines.Count; i++)
            {
                var line = lines[i].Slice.ToString();
                var rewritten = RawHtmlUrls.Rewrite(line, context.Urls, (url, index) => AddLink(url, lines[i].Position + index));
                if (context.Images is { } images)
                {
                    var (lineNumber, column) = Position(lines[i].Position);
                    rewritten = images.RewriteRawHtml(rewritten, lineNumber, column);
                }

                if (!ReferenceEquals(line, rewritten))
                {
                    lines[i].Slice = new Markdig.Helpers.StringSlice(rewritten);
                }
            }
        }

        private void AddLink(string url, int offset)
        {
            if (url.Length > 0 && !url.Contains(':', StringComparison.Ordinal))
            {
                var (line, column) = Position(offset);
                (_links ??= []).Add(new AuthoredLink(url, line, column));
            }
        }

        private void WalkInlines(ContainerInline container, bool linkable)
        {
            var inline = container.FirstChild;
            while (inline is not null)
            {
                var next = inline.NextSibling;
                switch (inline)
                {
                    case LiteralInline literal:
                        VisitLiteral(literal, linkable);
                        break;
                    case LinkInline { IsImage: true, Url: { } source } image when context.Images is not null && RenderImage(image, source):
                        break;
                    case LinkInline link:
                        if (link.Url is { } url)
                        {
                            link.Url = context.Urls.RewriteAuthored(url);
                            AddLink(link.Url, link.Span.Start);
                        }

                        if (!link.IsImage)
                        {
                            WalkInlines(link, linkable: false);
                        }

                        break;
                    case CodeInline code:
                        _text.Append(code.Content);
                        break;
                    case HtmlInline html:
                        if (context.MoreAnchor is { } anchor && !_anchored && DividerComment.IsInline(html.Tag))
                        {
                            html.Tag = DividerComment.Anchored(html.Tag, anchor);
                            _anchored = true;
                        }

                        html.Tag = RawHtmlUrls.Rewrite(html.Tag, context.Urls, (url, index) => AddLink(url, html.Span.Start + index));
                        if (context.Images is { } images)
                        {
                            var (line, column) = Position(html.Span.Start);
                            html.Tag = images.RewriteRawHtml(html.Tag, line, column);
                        }

                        break;
                    case LineBreakInline:
                        _text.Append(' ');
                        break;
                    case ContainerInline child:
                        WalkInlines(child, linkable);
                        break;
                }

                inline = next;
            }
        }

        /// <summary>Replaces a Markdown image by what the image stage makes of it; false leaves it to render as written.</summary>
        private bool RenderImage(LinkInline image, string source)
        {
            var (line, column) = Position(image.Span.Start);
            var insideLink = false;
            for (var parent = image.Parent; parent is not null; parent = parent.Parent)
            {
                insideLink |= parent is LinkInline;
            }

            var html = context.Images!.Render(source, AltText(image), image.Title, line, column, insideLink);
            if (html is null)
            {
                return false;
            }

            if (html.Length > 0)
            {
                AddLink(context.Urls.RewriteAuthored(source), image.Span.Start);
            }

            if (html.Length > 0)
            {
                image.ReplaceBy(new HtmlInline(html));
                return true;
            }

            // Left out: the image goes, and so does a link or emphasis that held nothing else (the paragraph left
            // blank goes after the walk).
            var holder = image.Parent;
            image.Remove();
            while (holder is LinkInline or EmphasisInline && holder.FirstChild is null && holder.Parent is { } outer)
            {
                holder.Remove();
                holder = outer;
            }

            return true;
        }

        private static string AltText(ContainerInline container)
        {
            var alt = new StringBuilder();
            AppendText(container, alt);
            return alt.ToString();

            static void AppendText(ContainerInline container, StringBuilder alt)
            {
                foreach (var child in container)
                {
                    switch (child)
                    {
                        case LiteralInline literal:
                            alt.Append(literal.Content.AsSpan());
                            break;
                        case CodeInline code:
                            alt.Append(code.Content);
                            break;
                        case ContainerInline inner:
                            AppendText(inner, alt);
                            break;
                    }
                }
            }
        }

        private void VisitLiteral(LiteralInline literal, bool linkable)
        {
            var span = literal.Content.AsSpan();
            _text.Append(span);
            WordCount += CountWords(span);
            if (context.Matcher is null || context.Matcher.IsEmpty)
            {
                return;
            }

            var mentions = _mentions;
            mentions.Clear();
            context.Matcher.Find(span, mentions);
            if (mentions.Count == 0)
            {
                return;
            }

            var current = literal;
            var consumed = 0;
            for (var k = 0; k < mentions.Count; k++)
            {
                var (index, length, actor) = mentions[k];
                if (!(context.TaggedActors?.Contains(actor) ?? false))
                {
                    if (!_reported.Contains(actor))
                    {
                        _reported.Add(actor);
                        var (line, column) = Position(literal.Span.Start + index);
                        _untagged.Add(new ActorMention(actor, span.Slice(index, length).ToString(), line, column, linkable));
                    }

                    continue;
                }

                if (!linkable || _linked.Contains(actor))
                {
                    continue;
                }

                _linked.Add(actor);
                current = SplitIntoLink(current, index - consumed, length, actor);
                consumed = index + length;
            }
        }

        /// <summary>
        /// Replaces <paramref name="literal"/> by [before][link to the actor][after]; returns the "after" literal. The
        /// three are slices of the literal's own text (a slice's end is inclusive).
        /// </summary>
        private LiteralInline SplitIntoLink(LiteralInline literal, int start, int length, Actor actor)
        {
            var content = literal.Content;
            var nameStart = content.Start + start;
            var nameEnd = nameStart + length - 1;
            var link = new LinkInline(context.ActorHref(actor), string.Empty);
            link.GetAttributes().AddClass("actor");
            link.AppendChild(new LiteralInline(new Markdig.Helpers.StringSlice(content.Text, nameStart, nameEnd)));
            var after = new LiteralInline(new Markdig.Helpers.StringSlice(content.Text, nameEnd + 1, content.End))
            {
                Span = new Markdig.Syntax.SourceSpan(literal.Span.Start + start + length, literal.Span.End),
            };
            literal.Content = new Markdig.Helpers.StringSlice(content.Text, content.Start, nameStart - 1);
            literal.InsertAfter(link);
            link.InsertAfter(after);
            return after;
        }

        private static string Trimmed(StringBuilder text)
        {
            var start = 0;
            var end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return text.ToString(start, end - start);
        }

        private (int Line, int Column) Position(int offset)
        {
            _lineStarts ??= ComputeLineStarts(source);
            var index = Array.BinarySearch(_lineStarts, offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + context.FirstLine, offset - _lineStarts[line] + 1);
        }

        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }

            return [.. starts];
        }

        private static int CountWords(ReadOnlySpan<char> text)
        {
            var count = 0;
            var inWord = false;
            foreach (var ch in text)
            {
                var letter = char.IsLetterOrDigit(ch);
                if (letter && !inWord)
                {
                    count++;
                }

                inWord = letter;
            }

            return count;
        }
    }
}

using System.Buffers;
using System.Text;

namespace SiteGen.Import.Html;

/// <summary>
/// Turns the emphasis that <see cref="InlineWriter"/> marks while it walks the HTML into Markdown that renders back to
/// the same emphasis: <c>*</c> and <c>**</c> where CommonMark reads them so, the HTML elements where it would not.
/// </summary>
/// <remarks>
/// <para>Writing each element's marks as it comes is wrong in three ways that saved pages show every day. Two
/// elements of a kind side by side (<c>&lt;strong&gt;a&lt;/strong&gt;&lt;strong&gt;b&lt;/strong&gt;</c>, an editor's
/// leftovers) make one run of four asterisks, which closes nothing and prints. Nested ones
/// (<c>&lt;em&gt;&lt;em&gt;</c>) make <c>**</c>, strong where the page was only italic. And a mark is only a mark
/// when it flanks its words as CommonMark asks: after a letter and before a quote, a link's bracket or a tag
/// (<c>a**"b"**</c>) it opens nothing and prints.</para>
/// <para>So the walk leaves marks (noncharacters, which no text carries: <see cref="Strip"/> takes them out of the
/// page's own) and this settles them once the line is whole. Emphasis is read as what each character is (italic,
/// bold, both), as a browser shows it: nested or neighbouring elements of a kind are one, and where the elements
/// change at one point the fewest are closed and opened. Then every run of marks is checked against its neighbours
/// with CommonMark's flanking rules; an emphasis whose run would not open or close, or whose opening meets another's
/// closing in one run, is written as its HTML element instead (raw inline HTML renders), and the check runs again
/// since a tag changes what its neighbours see.</para>
/// </remarks>
internal static class EmphasisMarks
{
    public static readonly (char Open, char Close) Emphasis = ('\uFDD0', '\uFDD1');
    public static readonly (char Open, char Close) Strong = ('\uFDD2', '\uFDD3');

    private static readonly SearchValues<char> Marks = SearchValues.Create("\uFDD0\uFDD1\uFDD2\uFDD3");

    /// <summary>The text without the characters used as marks.</summary>
    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(Marks) < 0 ? text : string.Concat(text.Where(c => !Marks.Contains(c)));

    /// <summary>The Markdown with each mark made <c>*</c>, <c>**</c> or an HTML element.</summary>
    public static string Settle(string marked)
    {
        if (marked.AsSpan().IndexOfAny(Marks) < 0)
        {
            return marked;
        }

        var pieces = Spans(marked, out var spanCount);
        var asHtml = new bool[spanCount];
        while (true)
        {
            var (text, runs) = Render(pieces, asHtml);
            var failed = runs.Where(r => !Reads(r, text)).SelectMany(FailingSpans).ToList();
            if (failed.Count == 0)
            {
                return text;
            }

            foreach (var span in failed)
            {
                asHtml[span] = true;
            }
        }
    }

    /// <summary>A mark placed: which emphasis span it opens or closes, strong or not.</summary>
    private readonly record struct Mark(int Span, bool Strong, bool Opens);

    /// <summary>A run of asterisks in the rendered text and the marks it is made of.</summary>
    private sealed record Run(int Start, int End, List<Mark> Marks);

    /// <summary>Text pieces and settled marks, nested by what each character is.</summary>
    private static List<object> Spans(string marked, out int spanCount)
    {
        var pieces = new List<object>();
        var stack = new List<(bool Strong, int Span)>();
        int emphasis = 0, strong = 0, count = 0, i = 0;
        while (i < marked.Length)
        {
            var next = marked.AsSpan(i).IndexOfAny(Marks);
            if (next != 0)
            {
                var end = next < 0 ? marked.Length : i + next;
                pieces.Add(marked[i..end]);
                i = end;
                continue;
            }

            for (; i < marked.Length && Marks.Contains(marked[i]); i++)
            {
                switch (marked[i])
                {
                    case '\uFDD0':
                        emphasis++;
                        break;
                    case '\uFDD1':
                        emphasis--;
                        break;
                    case '\uFDD2':
                        strong++;
                        break;
                    default:
                        strong--;
                        break;
                }
            }

            // Close from the top until only what stays on is left open, then open what comes on.
            bool Wanted(bool isStrong) => isStrong ? strong > 0 : emphasis > 0;
            var keep = 0;
            while (keep < stack.Count && Wanted(stack[keep].Strong))
            {
                keep++;
            }

            for (var s = stack.Count - 1; s >= keep; s--)
            {
                pieces.Add(new Mark(stack[s].Span, stack[s].Strong, Opens: false));
            }

            stack.RemoveRange(keep, stack.Count - keep);
            foreach (var isStrong in new[] { true, false })
            {
                if (Wanted(isStrong) && !stack.Any(e => e.Strong == isStrong))
                {
                    stack.Add((isStrong, count));
                    pieces.Add(new Mark(count++, isStrong, Opens: true));
                }
            }
        }

        for (var s = stack.Count - 1; s >= 0; s--)
        {
            pieces.Add(new Mark(stack[s].Span, stack[s].Strong, Opens: false));
        }

        spanCount = count;
        return pieces;
    }

    private static (string Text, List<Run> Runs) Render(List<object> pieces, bool[] asHtml)
    {
        var builder = new StringBuilder();
        var runs = new List<Run>();
        foreach (var piece in pieces)
        {
            if (piece is string text)
            {
                builder.Append(text);
                continue;
            }

            var mark = (Mark)piece;
            if (asHtml[mark.Span])
            {
                builder.Append(mark.Opens ? "<" : "</").Append(mark.Strong ? "strong" : "em").Append('>');
                continue;
            }

            if (runs.Count == 0 || runs[^1].End != builder.Length)
            {
                runs.Add(new Run(builder.Length, builder.Length, []));
            }

            builder.Append(mark.Strong ? "**" : "*");
            runs[^1] = runs[^1] with { End = builder.Length };
            runs[^1].Marks.Add(mark);
        }

        return (builder.ToString(), runs);
    }

    /// <summary>Whether CommonMark reads the run as the marks it is: opening if it opens, closing if it closes.</summary>
    private static bool Reads(Run run, string text)
    {
        var opens = run.Marks.Any(m => m.Opens);
        var closes = run.Marks.Any(m => !m.Opens);
        if (opens && closes)
        {
            return false;
        }

        return opens ? LeftFlanking(text, run.Start, run.End) : RightFlanking(text, run.Start, run.End);
    }

    /// <summary>The spans to write as HTML when a run does not read: those it opens (their runs then stand alone), or those it closes.</summary>
    private static IEnumerable<int> FailingSpans(Run run)
    {
        var opening = run.Marks.Where(m => m.Opens).Select(m => m.Span).ToList();
        return opening.Count > 0 ? opening : run.Marks.Select(m => m.Span);
    }

    // CommonMark's flanking rules. Where a neighbour helps a run count (white space or punctuation before an opening
    // run) the narrow reading of "white space" and "punctuation" is taken, where it hinders the broad one, so that a
    // parser reading symbols either way still reads the marks.
    private static bool LeftFlanking(string text, int start, int end)
    {
        var before = Before(text, start);
        var after = After(text, end);
        return !IsWhiteSpace(after, broad: true)
            && (!IsPunctuation(after, broad: true) || IsWhiteSpace(before, broad: false) || IsPunctuation(before, broad: false));
    }

    private static bool RightFlanking(string text, int start, int end)
    {
        var before = Before(text, start);
        var after = After(text, end);
        return !IsWhiteSpace(before, broad: true)
            && (!IsPunctuation(before, broad: true) || IsWhiteSpace(after, broad: false) || IsPunctuation(after, broad: false));
    }

    // The start and end of the text count as white space (a line's ends, once written).
    private static Rune Before(string text, int at) =>
        at == 0 ? new Rune('\n') : Rune.DecodeLastFromUtf16(text.AsSpan(0, at), out var rune, out _) == OperationStatus.Done ? rune : Rune.ReplacementChar;

    private static Rune After(string text, int at) =>
        at >= text.Length ? new Rune('\n') : Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out _) == OperationStatus.Done ? rune : Rune.ReplacementChar;

    private static bool IsWhiteSpace(Rune rune, bool broad) =>
        broad ? Rune.IsWhiteSpace(rune) : rune.Value is ' ' or '\t' or '\n' or '\r' or '\f' || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.SpaceSeparator;

    private static bool IsPunctuation(Rune rune, bool broad) =>
        (rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value) is false && rune.Value > ' ' && rune.Value < 0x7F)
        || Rune.IsPunctuation(rune)
        || (broad && Rune.IsSymbol(rune));
}

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Yaml;

/// <summary>
/// Parses the YAML that front matter nearly always is, block mappings and sequences of one-line scalars, into the
/// events YamlDotNet's parser gives for it, marks included. Anything else (flow collections, block scalars, anchors,
/// tags, multi-line or escaped scalars, tabs) is left to YamlDotNet: <see cref="TryParse"/> returns null.
/// </summary>
/// <remarks>
/// YamlDotNet's scanner sets up buffers and queues for every document, which made it about half the cost of loading
/// ten thousand dispatches. The subset here is checked against YamlDotNet, node for node and mark for mark, by
/// SimpleBlockParserTests. Kept by the tuning review of issue 19: without it the 10,000-dispatch build spent about
/// 0.8 s (9%) more CPU and front matter allocated twice as much (docs/benchmarks.md, "Tuning review").
/// </remarks>
internal sealed class SimpleBlockParser : IParser
{
    private readonly string _text;
    private readonly List<Line> _lines = [];
    private readonly List<ParsingEvent> _events = [];
    private int _next;
    private int _current = -1;

    private SimpleBlockParser(string text) => _text = text;

    public ParsingEvent? Current => _current >= 0 && _current < _events.Count ? _events[_current] : null;

    public bool MoveNext() => ++_current < _events.Count;

    /// <summary>The events of <paramref name="yaml"/>, or null when it is not in the subset this parser reads.</summary>
    public static SimpleBlockParser? TryParse(string yaml)
    {
        var parser = new SimpleBlockParser(yaml);
        return parser.SplitLines() && parser.ParseStream() ? parser : null;
    }

    /// <summary>A line with content: where its first character is and where its content ends (trailing blanks cut).</summary>
    private record struct Line(int Start, int Number, int Indent, int End);

    private bool SplitLines()
    {
        var start = 0;
        var number = 1;
        while (start < _text.Length)
        {
            var end = _text.IndexOf('\n', start);
            if (end < 0)
            {
                end = _text.Length;
            }

            var indent = 0;
            while (start + indent < end && _text[start + indent] == ' ')
            {
                indent++;
            }

            var contentEnd = end;
            while (contentEnd > start + indent && _text[contentEnd - 1] == ' ')
            {
                contentEnd--;
            }

            for (var i = start; i < contentEnd; i++)
            {
                if (!IsPlainPrintable(_text[i]))
                {
                    return false;
                }
            }

            if (contentEnd > start + indent && _text[start + indent] != '#')
            {
                _lines.Add(new Line(start, number, indent, contentEnd));
            }

            start = end + 1;
            number++;
        }

        return _lines.Count > 0;
    }

    private bool ParseStream()
    {
        var first = MarkAt(_lines[0].Start + _lines[0].Indent);
        var end = EndMark();
        _events.Add(new StreamStart(new Mark(0, 1, 1), new Mark(0, 1, 1)));
        _events.Add(new DocumentStart(null, null, true, first, first));
        if (_lines[0].Indent != 0 || !ParseMapping(0) || _next < _lines.Count)
        {
            return false;
        }

        _events.Add(new DocumentEnd(true, end, end));
        _events.Add(new StreamEnd(end, end));
        return true;
    }

    /// <summary>A block mapping whose keys stand at <paramref name="indent"/>, from the current line on.</summary>
    private bool ParseMapping(int indent)
    {
        var start = MarkAt(KeyStart(_lines[_next]));
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
        while (_next < _lines.Count && _lines[_next].Indent >= indent)
        {
            var line = _lines[_next];
            if (line.Indent != indent || !ParseEntry(line, indent))
            {
                return false;
            }
        }

        var after = NextTokenMark();
        _events.Add(new MappingEnd(after, after));
        return true;
    }

    /// <summary><c>key: value</c>, or <c>key:</c> with a block mapping or sequence on the lines below it.</summary>
    private bool ParseEntry(Line line, int indent)
    {
        var keyStart = KeyStart(line);
        var colon = FindKeyColon(keyStart, line.End);
        if (colon < 0 || !StartsPlain(keyStart, colon))
        {
            return false;
        }

        _events.Add(PlainScalar(keyStart, colon));
        _next++;
        var valueStart = SkipSpaces(colon + 1, line.End);
        if (valueStart < line.End && _text[valueStart] != '#')
        {
            return ParseInlineScalar(valueStart, line.End) && !ContinuesBelow(indent);
        }

        if (_next < _lines.Count && IsSequenceItem(_lines[_next]) && _lines[_next].Indent >= indent)
        {
            return ParseSequence(_lines[_next].Indent, indentless: _lines[_next].Indent == indent);
        }

        if (_next < _lines.Count && _lines[_next].Indent > indent)
        {
            return ParseMapping(_lines[_next].Indent);
        }

        var empty = MarkAt(colon + 1);
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, string.Empty, ScalarStyle.Plain, true, false, empty, empty));
        return true;
    }

    /// <summary>A block sequence whose dashes stand at <paramref name="indent"/>; indentless when at its key's indent.</summary>
    private bool ParseSequence(int indent, bool indentless)
    {
        var dash = _lines[_next].Start + indent;
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, MarkAt(dash), MarkAt(indentless ? dash + 1 : dash)));
        while (_next < _lines.Count && _lines[_next].Indent >= indent)
        {
            var line = _lines[_next];
            if (indentless && line.Indent == indent && !IsSequenceItem(line))
            {
                // The next key of the mapping the sequence is a value in.
                break;
            }

            if (line.Indent != indent || !IsSequenceItem(line) || !ParseItem(line, indent))
            {
                return false;
            }
        }

        var after = NextTokenMark();
        _events.Add(new SequenceEnd(after, after));
        return true;
    }

    /// <summary><c>- value</c>, or <c>- key: value</c> opening a mapping whose keys line up after the dash.</summary>
    private bool ParseItem(Line line, int indent)
    {
        var itemStart = SkipSpaces(line.Start + indent + 1, line.End);
        if (itemStart == line.End || _text[itemStart] == '#')
        {
            return false;
        }

        var colon = FindKeyColon(itemStart, line.End);
        if (colon >= 0)
        {
            // The rest of the line is read as a line of its own, indented to where the key starts.
            _lines[_next] = line with { Indent = itemStart - line.Start };
            return ParseMapping(itemStart - line.Start);
        }

        _next++;
        return ParseInlineScalar(itemStart, line.End) && !ContinuesBelow(indent);
    }

    /// <summary>A scalar that ends on its line: plain, single- or double-quoted, then nothing or a comment.</summary>
    private bool ParseInlineScalar(int start, int end)
    {
        int after;
        switch (_text[start])
        {
            case '\'':
                if (!TryReadSingleQuoted(start, end, out var single, out after))
                {
                    return false;
                }

                _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, single, ScalarStyle.SingleQuoted, false, true, MarkAt(start), MarkAt(after)));
                break;
            case '"':
                if (!TryReadDoubleQuoted(start, end, out var quoted, out after))
                {
                    return false;
                }

                _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, quoted, ScalarStyle.DoubleQuoted, false, true, MarkAt(start), MarkAt(after)));
                break;
            default:
                var valueEnd = PlainEnd(start, end);
                if (valueEnd < 0 || !StartsPlain(start, valueEnd))
                {
                    return false;
                }

                _events.Add(PlainScalar(start, valueEnd));
                return true;
        }

        var rest = SkipSpaces(after, end);
        return rest == end || (_text[rest] == '#' && rest > after);
    }

    /// <summary>Where a plain value ends: before a comment or the line's end; -1 if it holds a ": " (a nested mapping).</summary>
    private int PlainEnd(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var ch = _text[i];
            if (ch == ':' && (i + 1 == end || _text[i + 1] == ' '))
            {
                return -1;
            }

            if (ch == '#' && _text[i - 1] == ' ')
            {
                var valueEnd = i;
                while (_text[valueEnd - 1] == ' ')
                {
                    valueEnd--;
                }

                return valueEnd;
            }
        }

        return end;
    }

    /// <summary>The colon that ends a plain key on this line (followed by a blank or the line's end), or -1.</summary>
    private int FindKeyColon(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            switch (_text[i])
            {
                case ':' when i + 1 == end || _text[i + 1] == ' ':
                    return i > start && _text[i - 1] != ' ' ? i : -1;
                case '#' when i > start && _text[i - 1] == ' ':
                    return -1;
            }
        }

        return -1;
    }

    private bool TryReadSingleQuoted(int start, int end, out string value, out int after)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = start + 1; i < end; i++)
        {
            if (_text[i] != '\'')
            {
                builder.Append(_text[i]);
                continue;
            }

            if (i + 1 < end && _text[i + 1] == '\'')
            {
                builder.Append('\'');
                i++;
                continue;
            }

            value = builder.ToString();
            after = i + 1;
            return true;
        }

        value = string.Empty;
        after = end;
        return false;
    }

    private bool TryReadDoubleQuoted(int start, int end, out string value, out int after)
    {
        var close = _text.IndexOf('"', start + 1, end - start - 1);
        var escape = _text.IndexOf('\\', start + 1, end - start - 1);
        value = string.Empty;
        after = end;
        if (close < 0 || (escape >= 0 && escape < close))
        {
            // Escapes are left to YamlDotNet, which knows all of them.
            return false;
        }

        value = _text[(start + 1)..close];
        after = close + 1;
        return true;
    }

    /// <summary>Whether the next line is indented under a scalar just read: a multi-line scalar, or an error, for YamlDotNet.</summary>
    private bool ContinuesBelow(int indent) => _next < _lines.Count && _lines[_next].Indent > indent;

    private bool IsSequenceItem(Line line)
    {
        var dash = line.Start + line.Indent;
        return _text[dash] == '-' && (dash + 1 == line.End || _text[dash + 1] == ' ');
    }

    private static int KeyStart(Line line) => line.Start + line.Indent;

    private int SkipSpaces(int position, int end)
    {
        while (position < end && _text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    /// <summary>Whether a plain scalar may start here: not with an indicator that would make it something else.</summary>
    private bool StartsPlain(int start, int end) =>
        start < end && "-?:,[]{}#&*!|>'\"%@`".IndexOf(_text[start]) < 0;

    private Scalar PlainScalar(int start, int end) =>
        new(AnchorName.Empty, TagName.Empty, _text[start..end], ScalarStyle.Plain, true, false, MarkAt(start), MarkAt(end));

    /// <summary>Where the token after a block stands: the next line's first character, or the end of the text.</summary>
    private Mark NextTokenMark() => _next < _lines.Count ? MarkAt(_lines[_next].Start + _lines[_next].Indent) : EndMark();

    private Mark EndMark()
    {
        var lineStart = _text.LastIndexOf('\n') + 1;
        var line = _text.AsSpan().Count('\n') + 1;
        return new Mark(_text.Length, line, _text.Length - lineStart + 1);
    }

    private Mark MarkAt(int index)
    {
        var line = FindLine(index);
        return new Mark(index, _lines[line].Number, index - _lines[line].Start + 1);
    }

    private int FindLine(int index)
    {
        var low = 0;
        var high = _lines.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_lines[middle].Start <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Characters a plain or quoted scalar may hold as is; control characters, tabs and odd line breaks are not.</summary>
    private static bool IsPlainPrintable(char ch) =>
        ch is >= ' ' and <= '~' || (ch >= '\u00A0' && ch is not ('\u2028' or '\u2029' or '\uFEFF') && !char.IsSurrogate(ch));
}

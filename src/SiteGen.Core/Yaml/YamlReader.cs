using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Yaml;

/// <summary>
/// Reads a YAML block (site.yml or a file's front matter) into nodes and typed values, reporting every problem
/// as a diagnostic at its line and column in the file.
/// </summary>
/// <remarks>YamlDotNet's marks are 1-based and count from the block's first line: <c>lineOffset</c> moves them into the file.</remarks>
public sealed partial class YamlReader(string path, int lineOffset, DiagnosticBag diagnostics, string invalidValueCode)
{
    public string Path { get; } = path;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Parses <paramref name="yaml"/>; returns null (after reporting) when it is not a mapping or does not parse.</summary>
    public YamlMappingNode? ParseMapping(string yaml, string syntaxCode)
    {
        var tabLine = FindTabIndentation(yaml);
        if (tabLine > 0)
        {
            Diagnostics.Error(DiagnosticCodes.TabIndentation, new SourceLocation(Path, tabLine + lineOffset, 1),
                "YAML does not allow tabs for indentation; indent with spaces");
            return null;
        }

        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load((IParser?)SimpleBlockParser.TryParse(yaml) ?? new Parser(new StringReader(yaml)));
        }
        catch (YamlException ex)
        {
            if (UnquotedColon(yaml, (int)ex.Start.Line) is { } fix)
            {
                Diagnostics.Error(DiagnosticCodes.UnquotedColon, Locate(new Mark(0, ex.Start.Line, fix.Column)), fix.Message);
                return null;
            }

            if (IndentedKey(yaml, (int)ex.Start.Line) is { } indented)
            {
                Diagnostics.Error(syntaxCode, Locate(new Mark(0, ex.Start.Line, indented.Column)), indented.Message);
                return null;
            }

            if (ex.Message.Contains("quoted scalar", StringComparison.Ordinal) && UnclosedQuote(yaml, ex.Start) is { } unclosed)
            {
                Diagnostics.Error(syntaxCode, Locate(ex.Start), unclosed);
                return null;
            }

            if (TextAfterQuote(yaml, (int)ex.Start.Line) is { } after)
            {
                Diagnostics.Error(syntaxCode, Locate(new Mark(0, ex.Start.Line, after.Column)), after.Message);
                return null;
            }

            if (UnclosedFlow(yaml) is { } flow)
            {
                Diagnostics.Error(syntaxCode, Locate(flow.Start), flow.Message);
                return null;
            }

            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            Diagnostics.Error(syntaxCode, Locate(ex.Start), "invalid YAML: " + CleanMessage(message));
            return null;
        }
        catch (InvalidOperationException) when (UnclosedFlow(yaml) is { } flow)
        {
            // YamlDotNet's scanner throws this, with no mark, on a plain value inside a list or mapping left open
            // ("tags: [a, b" followed by the next key).
            Diagnostics.Error(syntaxCode, Locate(flow.Start), flow.Message);
            return null;
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet's loader gives up this way on a few odd entries ("- : x", a key left out) without saying
            // where; its parser has by then moved past them, so the block's first line is the honest place to name.
            Diagnostics.Error(syntaxCode, Locate(new Mark(0, 1, 1)),
                "invalid YAML somewhere in this block (YamlDotNet could not load it: " + ex.Message.Split(" (Parameter", 2)[0] + ")");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (root is YamlScalarNode { Value: null or "" or "~" })
        {
            return new YamlMappingNode();
        }

        Diagnostics.Error(syntaxCode, Locate(root), "expected a mapping of 'key: value' lines");
        return null;
    }

    /// <summary>
    /// The fix for the commonest YAML slip in front matter: a plain value with ": " in it (<c>title: Russia: day 5</c>),
    /// which YAML reads as a key inside a value. Null unless line <paramref name="lineNumber"/> (1-based) is such a line.
    /// </summary>
    private static (int Column, string Message)? UnquotedColon(string yaml, int lineNumber)
    {
        if (LineAt(yaml, lineNumber) is not { } line)
        {
            return null;
        }

        var match = System.Text.RegularExpressions.Regex.Match(line, @"^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*):[ ]+([^\s""'\[{|>&*!#%@`].*)$");
        if (!match.Success || !match.Groups[3].Value.Contains(": ", StringComparison.Ordinal))
        {
            return null;
        }

        var key = match.Groups[2].Value;
        var value = match.Groups[3].Value.TrimEnd();
        var quoted = "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return (match.Groups[3].Index + 1,
            $"the value of '{key}' has a colon and a space in it, which YAML reads as the start of another key; quote the value: {key}: {quoted}");
    }

    /// <summary>Line <paramref name="lineNumber"/> (1-based) of <paramref name="yaml"/>, without its line end; null past the end.</summary>
    private static string? LineAt(string yaml, int lineNumber)
    {
        var lines = yaml.Split('\n');
        return lineNumber >= 1 && lineNumber <= lines.Length ? lines[lineNumber - 1].TrimEnd('\r') : null;
    }

    /// <summary>
    /// A value that opens with a quoted part and goes on after its closing quote (<c>summary: "Kyiv" at dawn</c>): YAML
    /// ends the value at the quote and cannot read the rest. Null unless line <paramref name="lineNumber"/> (1-based)
    /// is such a line.
    /// </summary>
    private static (int Column, string Message)? TextAfterQuote(string yaml, int lineNumber)
    {
        if (LineAt(yaml, lineNumber) is not { } line)
        {
            return null;
        }

        var match = System.Text.RegularExpressions.Regex.Match(line, @"^\s*(?:-\s+)?([A-Za-z_][\w.-]*):[ ]+(""(?:[^""\\]|\\.)*""|'(?:[^']|'')*'(?!'))[ \t]*([^\s#].*)$");
        if (!match.Success)
        {
            return null;
        }

        var key = match.Groups[1].Value;
        var value = (match.Groups[2].Value + line[(match.Groups[2].Index + match.Groups[2].Length)..]).TrimEnd();
        var quoted = value.StartsWith('"')
            ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'"
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return (match.Groups[3].Index + 1,
            $"the value of '{key}' ends at its closing quote, and YAML cannot read the text after it; quote the whole value: {key}: {quoted}");
    }

    /// <summary>
    /// A key indented under the line above, whose value is a plain one (<c>date: 2022-05-15</c> then <c>  slug: a</c>):
    /// YAML reads the line as more of that value and stops at its colon. Null unless line <paramref name="lineNumber"/>
    /// (1-based) is such a line.
    /// </summary>
    private static (int Column, string Message)? IndentedKey(string yaml, int lineNumber)
    {
        var lines = yaml.Split('\n');
        if (lineNumber < 2 || lineNumber > lines.Length)
        {
            return null;
        }

        var key = IndentedKeyLine().Match(lines[lineNumber - 1].TrimEnd('\r'));
        var above = lines.Take(lineNumber - 1).Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        var owner = above is null ? Match.Empty : PlainValueLine().Match(above);
        if (!key.Success || !owner.Success || key.Groups["indent"].Length <= owner.Groups["indent"].Length)
        {
            return null;
        }

        var name = key.Groups["key"].Value;
        var column = owner.Groups["indent"].Length + 1;
        return (key.Groups["key"].Index + 1,
            $"'{name}' is indented under '{owner.Groups["key"].Value}', so YAML reads this line as more of that value; start '{name}:' in column {column}, as '{owner.Groups["key"].Value}:' is");
    }

    [GeneratedRegex(@"^(?<indent> +)(?<key>[A-Za-z_][\w.-]*):(?: |$)")]
    private static partial Regex IndentedKeyLine();

    [GeneratedRegex(@"^(?<indent> *)(?<key>[A-Za-z_][\w.-]*):[ ]+[^\s""'\[{|>&*!#]")]
    private static partial Regex PlainValueLine();

    /// <summary>
    /// What to say of a quoted scalar YAML could not end, which it reports at the opening quote (<c>title: "Day 5</c>):
    /// the key it is the value of, and the fix. Null when <paramref name="start"/> is not at a quote.
    /// </summary>
    private static string? UnclosedQuote(string yaml, Mark start)
    {
        var lines = yaml.Split('\n');
        if (start.Line < 1 || start.Line > lines.Length || start.Column < 1 || start.Column > lines[start.Line - 1].Length)
        {
            return null;
        }

        var line = lines[start.Line - 1];
        var quote = line[(int)start.Column - 1];
        if (quote is not ('"' or '\''))
        {
            return null;
        }

        var key = KeyBeforeValue().Match(line[..((int)start.Column - 1)]);
        var what = key.Success
            ? $"the value of '{key.Groups["key"].Value}' opens a quote ({quote}) that is not closed on its line"
            : $"a quote ({quote}) opened here is not closed on its line";
        return $"{what}; end the value there with {quote} (a quoted value that goes on over more lines indents them)";
    }

    /// <summary>
    /// The first list (<c>[</c>) or mapping (<c>{</c>) written inline as a value that is not closed before the next line
    /// as indented as its own (or the block's end), with what to write: a typo that YamlDotNet reports far from it, or
    /// not at all. Null when every one is closed. Quotes, comments and block scalars (<c>|</c>, <c>&gt;</c>) are skipped.
    /// </summary>
    private static (Mark Start, string Message)? UnclosedFlow(string yaml)
    {
        var lines = yaml.Split('\n');
        var depth = 0;
        var openerIndent = 0;
        (int Line, int Column, char Bracket, string? Key) opener = default;
        var blockIndent = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var indent = line.Length - line.TrimStart(' ').Length;
            var blank = line.Trim().Length == 0 || line.TrimStart().StartsWith('#');
            if (blockIndent >= 0)
            {
                if (blank || indent > blockIndent)
                {
                    continue;
                }

                blockIndent = -1;
            }

            if (blank)
            {
                continue;
            }

            if (depth > 0 && indent <= openerIndent)
            {
                break;
            }

            var start = 0;
            if (depth == 0)
            {
                var value = FlowValueStart().Match(line);
                if (!value.Success)
                {
                    continue;
                }

                start = value.Groups["value"].Index;
                if (line[start] is '|' or '>')
                {
                    blockIndent = indent;
                    continue;
                }

                if (line[start] is not ('[' or '{'))
                {
                    // A plain value may go on over lines indented past its key (or its "- "): a "[" that begins
                    // one of them is text, not a list.
                    blockIndent = value.Groups["key"].Success ? value.Groups["key"].Index : indent;
                    continue;
                }

                openerIndent = indent;
                opener = (i + 1, start + 1, line[start], value.Groups["key"].Success ? value.Groups["key"].Value : null);
            }

            var quote = '\0';
            for (var c = start; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote != '\0')
                {
                    quote = ch == quote ? '\0' : quote;
                }
                else if (ch is '"' or '\'' && line[start..c].TrimEnd() is var before && (before.Length == 0 || before[^1] is '[' or '{' or ',' or ':'))
                {
                    // A quote opens a value only where one begins: the apostrophe of "Putin's" does not.
                    quote = ch;
                }
                else if (ch == '#' && c > 0 && line[c - 1] == ' ')
                {
                    break;
                }
                else if (ch is '[' or '{')
                {
                    depth++;
                }
                else if (ch is ']' or '}')
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
        }

        if (depth == 0)
        {
            return null;
        }

        var (kind, close) = opener.Bracket == '[' ? ("list", ']') : ("mapping", '}');
        var what = opener.Key is { } key ? $"the value of '{key}' opens a {kind} ({opener.Bracket})" : $"a {kind} ({opener.Bracket}) opened here";
        return (new Mark(0, opener.Line, opener.Column),
            $"{what} that is never closed; end it with {close} (a {kind} that goes on over more lines indents them)");
    }

    [GeneratedRegex(@"^\s*(?:-\s+)*(?:(?<key>[A-Za-z_][\w.-]*|""[^""]*""|'[^']*'):\s+)?(?<value>\S)")]
    private static partial Regex FlowValueStart();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][\w.-]*):\s+$")]
    private static partial Regex KeyBeforeValue();

    /// <summary>
    /// Whether a list field was written as one plain value with commas (<c>tags: a, b</c>), which YAML reads as one
    /// value: reported with the list to write instead. A quoted value is taken at its word.
    /// </summary>
    public bool CommaSeparated(YamlNode node, string key)
    {
        if (node is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { } value } || !value.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        var items = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Diagnostics.Error(DiagnosticCodes.CommaSeparatedList, Locate(node),
            $"'{key}: {value}' is one value with commas in it, not a list; use a list: {key}: [{string.Join(", ", items)}] (or, for one value with a comma, quote it)");
        return true;
    }

    public SourceLocation Locate(YamlNode node) => Locate(node.Start);

    public SourceLocation Locate(Mark mark) => new(Path, (int)mark.Line + lineOffset, (int)mark.Column);

    public IEnumerable<(string Key, YamlNode Value, SourceLocation Location)> Entries(YamlMappingNode mapping)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            yield return (key, value, Locate(keyNode));
        }
    }

    public void UnknownKey(string key, SourceLocation location, IEnumerable<string> known, string code, bool error)
    {
        var suggestion = EditDistance.Closest(key, known);
        var message = $"unknown key '{key}'" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
        if (error)
        {
            Diagnostics.Error(code, location, message);
        }
        else
        {
            Diagnostics.Warning(code, location, message + " It is ignored.");
        }
    }

    public string? String(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : Text(scalar, key);
        }

        Invalid(node, $"'{key}' must be a single value, not a {Describe(node)}");
        return null;
    }

    public bool? Bool(YamlNode node, string key)
    {
        var text = String(node, key);
        switch (text?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                Invalid(node, $"'{key}' must be true or false, not '{text}'");
                return null;
        }
    }

    public int? Int(YamlNode node, string key, int min, int max)
    {
        var text = String(node, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Invalid(node, $"'{key}' must be a whole number from {min} to {max}, not '{text}'");
        return null;
    }

    /// <summary>A list of single values; a lone value counts as a list of one.</summary>
    public List<(string Value, SourceLocation Location)> StringList(YamlNode node, string key)
    {
        var list = new List<(string, SourceLocation)>();
        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode scalar && !IsNull(scalar))
                    {
                        list.Add((Text(scalar, key), Locate(item)));
                    }
                    else if (item is not YamlScalarNode)
                    {
                        Invalid(item, $"each item of '{key}' must be a single value, not a {Describe(item)}");
                    }
                }

                break;
            case YamlScalarNode scalar when !IsNull(scalar):
                list.Add((Text(scalar, key), Locate(node)));
                break;
            case YamlScalarNode:
                break;
            default:
                Invalid(node, $"'{key}' must be a list of values, not a {Describe(node)}");
                break;
        }

        return list;
    }

    public YamlMappingNode? Mapping(YamlNode node, string key)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            return null;
        }

        Invalid(node, $"'{key}' must be a mapping of 'key: value' lines, not a {Describe(node)}");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string key)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToList();
        }

        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            return [];
        }

        Invalid(node, $"'{key}' must be a list, not a {Describe(node)}");
        return [];
    }

    /// <summary>
    /// The scalar's text, trimmed. A control character (which a double-quoted "\x01" can hold) is an error: HTML and
    /// XML cannot carry it, and a feed writer would refuse the whole feed. It is left out of the text returned.
    /// </summary>
    private string Text(YamlScalarNode scalar, string key)
    {
        var text = scalar.Value!.Trim();
        var bad = text.AsSpan().IndexOfAny(ControlCharacters.Forbidden);
        if (bad < 0)
        {
            return text;
        }

        Invalid(scalar, $"'{key}' {ControlCharacters.Problem(text[bad])}");
        return string.Concat(text.Where(ch => !ControlCharacters.Forbidden.Contains(ch)));
    }

    public void Invalid(YamlNode node, string message) => Diagnostics.Error(invalidValueCode, Locate(node), message);

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private static string CleanMessage(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return (index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message).TrimEnd('.');
    }

    private static int FindTabIndentation(string yaml)
    {
        var line = 1;
        var atLineStart = true;
        foreach (var ch in yaml)
        {
            if (ch == '\n')
            {
                line++;
                atLineStart = true;
                continue;
            }

            if (atLineStart)
            {
                if (ch == '\t')
                {
                    return line;
                }

                if (ch != ' ')
                {
                    atLineStart = false;
                }
            }
        }

        return 0;
    }
}

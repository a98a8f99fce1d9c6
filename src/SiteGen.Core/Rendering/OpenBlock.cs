using Scriban.Parsing;

namespace SiteGen.Rendering;

/// <summary>
/// The statement whose block a template leaves open. Scriban reports a missing <c>end</c> where the file ends, far
/// from the <c>for</c> or <c>if</c> that wants it; a theme author needs the line of that statement.
/// </summary>
internal static class OpenBlock
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "tablerow", "while", "case", "capture", "with", "wrap", "func" };

    /// <summary>Whether Scriban's message is about a block without its <c>end</c>.</summary>
    public static bool IsMissingEnd(string message) => message.Contains("<end> statement was not found", StringComparison.Ordinal);

    /// <summary>The keyword and position (0-based, as Scriban's) of the last block statement no <c>end</c> closes, or null.</summary>
    public static (string Keyword, TextPosition At)? Find(string text)
    {
        var open = new Stack<(string, TextPosition)>();
        var startsStatement = false;
        foreach (var token in new Lexer(text))
        {
            if (token.Type is TokenType.CodeEnter or TokenType.NewLine or TokenType.SemiColon)
            {
                startsStatement = true;
                continue;
            }

            if (startsStatement && token.Type == TokenType.Identifier)
            {
                var word = text[token.Start.Offset..(token.End.Offset + 1)];
                if (word == "end")
                {
                    open.TryPop(out _);
                }
                else if (Openers.Contains(word))
                {
                    open.Push((word, token.Start));
                }
            }

            startsStatement = false;
        }

        return open.TryPeek(out var last) ? last : null;
    }
}

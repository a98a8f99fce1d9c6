using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SiteGen.Text;

/// <summary>
/// How SiteGen writes JSON (JSON-LD, JSON Feed, the search index): UTF-8 as it is, and &lt;, &gt; and &amp; escaped, so
/// no JSON can close a script element or be read as markup.
/// </summary>
/// <remarks>
/// The default encoder of System.Text.Json escapes every character outside ASCII (<c>\u041A</c> for К: six bytes
/// instead of two) and <c>+</c> (in every date's offset). The relaxed encoder escapes only what JSON requires (quotes,
/// backslashes, control characters), so the three markup characters are escaped here afterwards; JSON holds them
/// only inside strings, where a <c>\u</c> escape stands for the character, and in UTF-8 their bytes are never part of
/// another character.
/// </remarks>
internal static class JsonText
{
    /// <summary>The value as compact UTF-8 JSON, markup characters escaped.</summary>
    /// <remarks>
    /// Written through generated code (<paramref name="type"/> comes from a <c>JsonSerializerContext</c>), so it needs
    /// no reflection and survives Native AOT; the writer's encoder, not the context's options, decides the escaping.
    /// </remarks>
    public static byte[] ToUtf8Bytes<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(json, value, type);
        }

        return EscapeMarkup(buffer.WrittenSpan.ToArray());
    }

    /// <summary>Compact, for a <see cref="Utf8JsonWriter"/>; pass its output through <see cref="EscapeMarkup(byte[])"/>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>UTF-8 JSON with every &lt;, &gt; and &amp; written as <c>\u003C</c>, <c>\u003E</c> and <c>\u0026</c>.</summary>
    public static byte[] EscapeMarkup(byte[] json)
    {
        // Searched a vector at a time: the search index's documents are most of a build's JSON, and hold few of them.
        var markup = 0;
        for (var rest = json.AsSpan(); rest.IndexOfAny(Markup) is var found and >= 0; rest = rest[(found + 1)..])
        {
            markup++;
        }

        if (markup == 0)
        {
            return json;
        }

        var escaped = new byte[json.Length + (markup * 5)];
        var to = escaped.AsSpan();
        for (var rest = json.AsSpan(); ;)
        {
            var found = rest.IndexOfAny(Markup);
            if (found < 0)
            {
                rest.CopyTo(to);
                break;
            }

            rest[..found].CopyTo(to);
            var escape = rest[found] switch { (byte)'<' => "\\u003C"u8, (byte)'>' => "\\u003E"u8, _ => "\\u0026"u8 };
            escape.CopyTo(to[found..]);
            to = to[(found + escape.Length)..];
            rest = rest[(found + 1)..];
        }

        return escaped;
    }

    /// <inheritdoc cref="EscapeMarkup(byte[])"/>
    public static string EscapeMarkup(string json) =>
        json.Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace(">", "\\u003E", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);

    private static readonly SearchValues<byte> Markup = SearchValues.Create("<>&"u8);
}

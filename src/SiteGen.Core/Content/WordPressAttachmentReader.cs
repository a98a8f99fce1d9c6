using System.Globalization;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// Reads <see cref="FileName"/> in the content folder, which <c>sitegen import</c> writes: each of the old blog's
/// attachment ids and where its file is (<c>67: /wp-content/uploads/2022/05/a.jpg</c>).
/// </summary>
/// <remarks>
/// An attachment has no page here, as WordPress (since 6.4) gives a new blog none and sends its attachment page to the
/// file: so the map of old ids sends <c>/?attachment_id=67</c> and <c>/?p=67</c> to the file. A file of its own, as a
/// static file has no front matter to hold the id.
/// </remarks>
public static class WordPressAttachmentReader
{
    public const string FileName = "wordpress-attachments.yml";

    /// <summary>The attachments, each problem reported at its place; none when the site has no such file.</summary>
    public static IReadOnlyList<WordPressAttachment> Read(IFileSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        var path = config.ContentPath(FileName);
        if (!source.FileExists(path) || TextDecoder.Decode(source.ReadAllBytes(path), path, diagnostics) is not { } text)
        {
            return [];
        }

        var reader = new YamlReader(path, 0, diagnostics, DiagnosticCodes.WordPressAttachmentUnusable);
        if (reader.ParseMapping(text, DiagnosticCodes.WordPressAttachmentUnusable) is not { } root)
        {
            return [];
        }

        var attachments = new List<WordPressAttachment>();
        foreach (var (key, value) in root.Children)
        {
            var id = key is YamlScalarNode { Value: { Length: > 0 and < 19 } number } && number.All(char.IsAsciiDigit) && long.Parse(number, CultureInfo.InvariantCulture) is > 0 and var n ? n : 0;
            if (id == 0)
            {
                diagnostics.Error(DiagnosticCodes.WordPressAttachmentUnusable, reader.Locate(key.Start),
                    "an attachment's WordPress id is a whole number above 0 (67: /wp-content/uploads/2022/05/a.jpg): write the number the old blog gave it, or take the line out");
                continue;
            }

            if (value is not YamlScalarNode { Value: { } target } || Problem(target.Trim()) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.WordPressAttachmentUnusable, reader.Locate(value.Start),
                    $"attachment {id.ToString(CultureInfo.InvariantCulture)} {(value is YamlScalarNode { Value: { } t } ? Problem(t.Trim()) : "names no file")}: give the file's site path (/wp-content/uploads/2022/05/a.jpg) or its address (https://...)");
                continue;
            }

            attachments.Add(new WordPressAttachment(id, target.Trim(), reader.Locate(key.Start)));
        }

        return attachments;
    }

    private static string? Problem(string target)
    {
        if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal))
        {
            return target.Contains('?', StringComparison.Ordinal) || target.Contains('#', StringComparison.Ordinal) ? $"'{target}' has a query or fragment, which a file's path has not" : null;
        }

        return Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? null : $"'{target}' is neither a site path nor an http(s) address";
    }
}

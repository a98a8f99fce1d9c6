using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Urls;

namespace SiteGen.Images;

/// <summary>Completes an author's raw <c>&lt;img&gt;</c> tag: size, copies and loading are added where the author left them out, never changed.</summary>
internal static partial class RawHtmlImage
{
    public static string Enrich(string tag, ProcessedImage image, ImageLoading loading, string sizes, UrlBuilder urls)
    {
        var added = new StringBuilder();
        if (!Has(tag, "width") && !Has(tag, "height"))
        {
            added.Append(CultureInfo.InvariantCulture, $" width=\"{image.Facts.Width}\" height=\"{image.Facts.Height}\"");
        }

        var own = image.Candidates(image.Facts.Format);
        if (!Has(tag, "srcset") && own.Count > 1)
        {
            added.Append(" srcset=\"")
                .AppendJoin(", ", own.Select(c => string.Create(CultureInfo.InvariantCulture, $"{System.Net.WebUtility.HtmlEncode(ImageMarkup.Href(c.SitePath, urls))} {c.Width}w")))
                .Append("\" sizes=\"").Append(System.Net.WebUtility.HtmlEncode(sizes)).Append('"');
        }

        foreach (var attribute in ImageMarkup.Attributes(loading).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Has(tag, attribute[..attribute.IndexOf('=', StringComparison.Ordinal)]))
            {
                added.Append(' ').Append(attribute);
            }
        }

        var result = tag;
        if (image.Facts.HasAlpha || image.Facts.Format == "svg")
        {
            var classes = ClassAttribute().Match(tag);
            result = classes.Success
                ? tag.Insert(classes.Groups["value"].Index + classes.Groups["value"].Length, " has-alpha")
                : tag;
            if (!classes.Success)
            {
                added.Append(" class=\"has-alpha\"");
            }
        }

        var end = result.EndsWith("/>", StringComparison.Ordinal) ? result.Length - 2 : result.Length - 1;
        while (end > 0 && char.IsWhiteSpace(result[end - 1]))
        {
            end--;
        }

        return string.Concat(result.AsSpan(0, end), added.ToString(), result.AsSpan(end));
    }

    private static bool Has(string tag, string attribute) =>
        Regex.IsMatch(tag, @"\s" + attribute + @"\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex("""\sclass\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClassAttribute();
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Import.Html;

/// <summary>Parses an HTML fragment into the body of a fresh document, with one parser per thread.</summary>
/// <remarks>
/// A parser holds state only while it parses, so one per thread is safe; building one per call cost a tenth of a
/// large import (a new configuration and browsing context each time, and a cold selector cache for every query).
/// </remarks>
internal static class FragmentParser
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>A new document's body holding <paramref name="html"/>.</summary>
    public static IElement Body(string html)
    {
        var body = (_parser ??= new HtmlParser()).ParseDocument(string.Empty).Body!;
        body.InnerHtml = html;
        return body;
    }
}

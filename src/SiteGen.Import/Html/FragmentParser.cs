using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Import.Html;

/// <summary>Parses an HTML fragment into a fresh body element, with one parser and owner document per thread.</summary>
/// <remarks>
/// A parser holds state only while it parses, so one per thread is safe; building one per call cost a tenth of a
/// large import (a new configuration and browsing context each time, and a cold selector cache for every query).
/// The body is made by the thread's document and never attached to it: the fragment is parsed as a body's content,
/// as before, without parsing an empty document (html, head and body) for every post, comment and title.
/// </remarks>
internal static class FragmentParser
{
    [ThreadStatic]
    private static IDocument? _owner;

    /// <summary>A new body element, owned by this thread's document, holding <paramref name="html"/>.</summary>
    public static IElement Body(string html)
    {
        var body = (_owner ??= new HtmlParser().ParseDocument(string.Empty)).CreateElement("body");
        body.InnerHtml = html;
        return body;
    }
}

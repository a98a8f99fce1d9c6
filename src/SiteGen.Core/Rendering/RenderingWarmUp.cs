using Scriban.Runtime;
using SiteGen.Markdown;

namespace SiteGen.Rendering;

/// <summary>
/// Compiles the code the first pages need while the site is still loading. With tiered compilation off, every method
/// is compiled, fully optimised, on first use: the first dispatch pages waited, one thread at a time, for Scriban's
/// parser and built-in functions and for Markdig's pipeline, while the other core stood idle.
/// </summary>
public static class RenderingWarmUp
{
    private const string Template = """
        {{~ for item in items ~}}
        {{ if item.size > 1 && !flag }}<a href="{{ item }}">{{ item | string.upcase }}</a>{{ else }}{{ item }}{{ end }}
        {{~ end ~}}
        """;

    private const string Markdown = """
        # Heading

        A paragraph with *emphasis*, **strong**, `code`, a [link](/a/ "title") and an ![image](/b.png).

        - an item
        - another

        > A quote.
        """;

    private static readonly string[] Items = ["a", "bc"];

    private static int _started;

    /// <summary>Starts warming up on a thread-pool thread, once per process.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            Task.Run(Run);
        }
    }

    private static void Run()
    {
        var context = new HtmlTemplateContext();
        context.PushGlobal(new ScriptObject { ["items"] = Items, ["flag"] = false });
        Scriban.Template.Parse(Template).Render(context);
        MarkdownRenderer.Render(Markdown, new MarkdownContext(new Urls.UrlBuilder(new Uri("https://example.org/"))));
    }
}

using SiteGen.Rendering.Models;

namespace SiteGen.Rendering;

/// <summary>
/// <c>content</c> in <c>baseof.sbn</c>: the markup the page's layout rendered, written into the page from the buffer it
/// was rendered into. Anything else a template does with it sees it as text, as it would an <see cref="HtmlString"/>.
/// </summary>
internal sealed class RenderedLayout(PageOutput output)
{
    public ReadOnlySpan<char> Markup => output.Written;

    public string Value => output.ToString();

    public override string ToString() => Value;
}

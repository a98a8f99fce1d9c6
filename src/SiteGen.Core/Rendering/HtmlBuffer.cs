using System.Text;

namespace SiteGen.Rendering;

/// <summary>Markup still in the buffer it was rendered into (a layout's output, as <c>content</c> for <c>baseof.sbn</c>).</summary>
public sealed class HtmlBuffer(StringBuilder builder)
{
    public StringBuilder Builder => builder;

    public override string ToString() => builder.ToString();
}

namespace SiteGen.Import.Clippings;

/// <summary>One entry of a clipping's header: its key as written, what it means, its values and its 1-based line.</summary>
internal sealed record ClippingField(string Key, ClippingFieldKind Kind, IReadOnlyList<string> Values, int Line)
{
    public string Value => Values.Count > 0 ? Values[0] : string.Empty;
}

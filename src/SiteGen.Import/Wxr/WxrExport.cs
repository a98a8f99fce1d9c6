namespace SiteGen.Import.Wxr;

/// <summary>What an export held: its items and the path of the blog's root URL ("/" or "/blog/").</summary>
public sealed record WxrExport(IReadOnlyList<WxrItem> Items, string BlogPath);

namespace SiteGen.Import.Wxr;

/// <summary>A blog author from the export's channel (<c>wp:author</c>), found by the login posts name in <c>dc:creator</c>.</summary>
internal sealed record WxrAuthor(string Login, string DisplayName, string Email);

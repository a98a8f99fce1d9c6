using SiteGen.Rendering.Models;

namespace SiteGen.Output;

/// <summary>Renders a page of the given layout at a site path into the build's output (<paramref name="wrap"/>: inside baseof).</summary>
internal delegate void PageWriter(string sitePath, string layout, PageModel page, PaginatorModel? paginator, bool wrap = true);

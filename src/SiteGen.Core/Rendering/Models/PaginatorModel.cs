namespace SiteGen.Rendering.Models;

/// <summary><c>paginator</c> in templates, on paginated lists (home, actor timelines).</summary>
internal sealed class PaginatorModel
{
    public required int PageNumber { get; init; }

    public required int TotalPages { get; init; }

    public string? PreviousUrl { get; init; }

    public string? NextUrl { get; init; }

    public string? FirstUrl { get; init; }

    public string? LastUrl { get; init; }
}

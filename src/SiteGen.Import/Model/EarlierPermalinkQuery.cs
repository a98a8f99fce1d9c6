namespace SiteGen.Import.Model;

/// <summary>
/// The queries WordPress's <c>wp_old_slug_redirect</c> asks, in its order, for a URL no live post answers: an earlier
/// slug on the post's day (<c>_find_post_by_old_slug</c>), then an earlier day with the post's slug, then an earlier
/// slug on an earlier day (<c>_find_post_by_old_date</c>).
/// </summary>
internal enum EarlierPermalinkQuery
{
    /// <summary>An earlier slug (<c>_wp_old_slug</c>) with the post's own day.</summary>
    OldSlug = 1,

    /// <summary>An earlier day (<c>_wp_old_date</c>) with the post's own slug.</summary>
    OldDate = 2,

    /// <summary>An earlier slug on an earlier day.</summary>
    OldSlugAndDate = 3,
}

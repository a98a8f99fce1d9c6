namespace SiteGen.Search;

/// <summary>
/// <c>meta.json</c> of the search index: its format's version, how many documents, posting buckets and letters per
/// vocabulary file it has, and the actors' other spellings (each group one actor's names).
/// </summary>
internal sealed record SearchIndexMeta(int Version, int Documents, int Buckets, int Vocabulary, IReadOnlyList<string[]> Aliases);

namespace SiteGen.Import.Media;

/// <summary>
/// The files browsers saved with the pages of an import (<c>&lt;name&gt;_files/</c>): those that are copies of uploads,
/// by the upload's address, and the rest, by their path on disk with the day of the post that shows them.
/// </summary>
internal sealed record SavedFiles(IReadOnlyList<(string Url, string Path)> Uploads, IReadOnlyList<(string Path, DateTimeOffset? Date)> Others)
{
    public static readonly SavedFiles None = new([], []);
}


namespace SiteGen.Import.Model;

/// <summary>One post or page as an input held it, converted to Markdown but not yet placed or tagged.</summary>
internal sealed record ImportedPost
{
    public required ImportedKind Kind { get; init; }

    public required ImportedSource Source { get; init; }

    /// <summary>The input file, as shown in messages.</summary>
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    /// <summary>The line of <see cref="SourcePath"/> the title is on, for messages about the post (a scraped text's; 1 when not known).</summary>
    public int TitleLine { get; init; } = 1;

    public DateTimeOffset? Date { get; init; }

    /// <summary>False when only the day is known (a title such as "Russo-Ukrainian War 5/15/22").</summary>
    public bool DateHasTime { get; init; }

    /// <summary>False when the input gave a wall-clock time without its offset (a WordPress draft): it is read in the site's zone.</summary>
    public bool OffsetKnown { get; init; } = true;

    /// <summary>The slug of the original URL, decoded; null when the input had no URL.</summary>
    public string? Slug { get; init; }

    /// <summary>The path of the original permalink (decoded, relative to the blog's root), to keep it alive.</summary>
    public string? OldPath { get; init; }

    /// <summary>
    /// The post's permalinks (as <see cref="OldPath"/>) before its slug or date changed on the old blog, which WordPress
    /// still redirected to it.
    /// </summary>
    internal IReadOnlyList<EarlierPermalink> EarlierPermalinks { get; init; } = [];

    /// <summary>The paths of <see cref="EarlierPermalinks"/>.</summary>
    public IReadOnlyList<string> EarlierPaths => EarlierPermalinks.Select(e => e.Path).ToList();

    /// <summary>How many pages WordPress split the post into (<c>&lt;!--nextpage--&gt;</c>), each at its permalink and a number: <c>/slug/2/</c>.</summary>
    public int Pages { get; init; } = 1;

    public string? Summary { get; init; }

    public string? Series { get; init; }

    /// <summary>Tags (and, from inputs that do not tell them apart, categories) as the blog named them; those naming an actor become actors.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>The blog's categories, where the input tells them from tags (WXR); those naming an actor become actors.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>
    /// The blog's own slug of each tag and category (WordPress's nicename, percent-decoded) and of the author (their
    /// login, as WordPress makes a nicename of it), by kind and name: its old archive URLs are kept where they differ
    /// from SiteGen's.
    /// </summary>
    public IReadOnlyList<(Configuration.TaxonomyKind Kind, string Name, string Slug)> OldSlugs { get; init; } = [];

    /// <summary>Pinned to the top of the blog's front page.</summary>
    public bool Sticky { get; init; }

    /// <summary>When the post was last changed on the old blog, if later than its date.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The approved comments, in the blog's order; archived read-only under the dispatch.</summary>
    public IReadOnlyList<ImportedComment> Comments { get; init; } = [];

    /// <summary>The post's id on the old blog (0 when unknown), which <c>?p=ID</c> and <c>?page_id=ID</c> links name.</summary>
    public long OldId { get; init; }

    /// <summary>The full old permalink (for links between imported posts); null when unknown.</summary>
    public string? OldUrl { get; init; }

    /// <summary>
    /// A scraped text's line after its title that is a URL alone, taken for the post's address (<see cref="OldUrl"/>,
    /// <see cref="Slug"/>) until the import knows the blog: it is the post's only where it is on the blog's host, else
    /// the line goes back to the body (see <see cref="Text.ScrapedTextReader.WithAddressInBody"/>). Null for a labelled
    /// line (<c>URL:</c>) and every other input.
    /// </summary>
    public string? BareAddressLine { get; init; }

    /// <summary>
    /// The files a browser saved beside the page (<c>&lt;name&gt;_files/</c>) that its body shows, each by the link that
    /// names it in the body (the upload's address it is a copy of, else the relative link as written): their full paths.
    /// </summary>
    public IReadOnlyDictionary<string, string> SavedFiles { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The blog whose uploads a saved page's own theme shows (<see cref="Html.UploadsBlog"/>), which may be served from
    /// another host than the page's address (a WordPress.com blog on its own domain); null where the page shows none.
    /// </summary>
    public string? UploadsBlog { get; init; }

    /// <summary>Whether the post was read from a web archive's copy of its page, whose links the archive rewrote to its own copies.</summary>
    public bool ReadFromArchive { get; init; }

    /// <summary>
    /// Whether <see cref="OldUrl"/> is on the blog being imported, so that its host is the blog's (its home, feed,
    /// archives and media): a post of the blog's export, or a saved page of a WordPress theme. A clipping, or a page
    /// whose text had to be found by main-content extraction, may be of any site: only its own address is matched.
    /// </summary>
    public bool OldUrlIsTheBlogs { get; init; }

    public ImportedImage? Image { get; init; }

    public bool Draft { get; init; }

    /// <summary>Whether the input showed only part of the post (a listing page's teaser or excerpt).</summary>
    public bool Partial { get; init; }

    public string? Guid { get; init; }

    /// <summary>
    /// The post's WordPress id with its blog's root address (<c>blog.example/?p=12</c>, see <see cref="Links.BlogPostId"/>),
    /// where the input gives both: an export always, a saved page or clipping where it shows its shortlink or id.
    /// </summary>
    public string? BlogPostId { get; init; }

    /// <summary>The author's name as the blog showed it.</summary>
    public string? Author { get; init; }

    /// <summary>The post's other authors, after <see cref="Author"/>, where the blog named several (Co-Authors Plus).</summary>
    public IReadOnlyList<string> CoAuthors { get; init; } = [];

    /// <summary>For pages: the slugs of the parent pages, outermost first.</summary>
    public IReadOnlyList<string> Parents { get; init; } = [];

    /// <summary>
    /// For pages: whether other pages of the import sit under this one, in the folder its slug gives, where no other
    /// page is: it goes there with them.
    /// </summary>
    public bool WithChildren { get; init; }

    /// <summary>Things the author should know, written as comments at the top of the front matter.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The body in Markdown, without raw HTML.</summary>
    public required string Body { get; init; }

    /// <summary>The body's visible text, where actors are looked for.</summary>
    public required string BodyText { get; init; }

    public int BoilerplateLinesRemoved { get; init; }
}

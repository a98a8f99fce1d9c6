using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Import.Model;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// A saved page or clipping of a post imported after the blog's export leaves the export's copy, as WordPress's own
/// importer leaves a post that already exists; the export imported after such a copy improves the post and names
/// what only the copy had.
/// </summary>
public sealed class LaterCopyOfExportedPostTests
{
    // The export's time zone, so that a saved page imported first files the post on the export's day.
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: Etc/GMT+8\n";
    private const string BlogPost1 = "content/dispatches/2025/blog-post-1.md";

    // "Blog Post 1" of the export, as its page on the blog showed it: a theme's featured image the export does not have.
    private const string SavedBlogPost1 = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Blog Post 1 – Site Title</title>
        <link rel="canonical" href="https://jekyllbot.wordpress.com/2025/01/18/blog-post-1/">
        <meta property="og:type" content="article">
        <meta property="article:published_time" content="2025-01-19T02:39:44+00:00">
        <meta name="generator" content="WordPress.com">
        </head>
        <body class="post-template-default single single-post postid-14 single-format-standard">
        <main id="main">
        <article id="post-14" class="post-14 post type-post status-publish format-standard has-post-thumbnail hentry category-foo tag-code tag-ruby">
          <header class="entry-header"><h1 class="entry-title">Blog Post 1</h1>
          <span class="posted-on"><time class="entry-date published" datetime="2025-01-18T18:39:44-08:00">January 18, 2025</time></span></header>
          <div class="post-thumbnail"><img class="attachment-post-thumbnail wp-post-image" src="https://jekyllbot.files.wordpress.com/2025/01/night-sky.jpg" alt="A night sky"></div>
          <div class="entry-content"><p>This is a blog post.</p>
          <p>What kind of things would you share in your first blog post?</p></div>
          <footer class="entry-footer"><span class="cat-links">Posted in <a href="https://jekyllbot.wordpress.com/category/foo/" rel="category tag">Foo</a></span>
          <span class="tags-links">Tagged <a href="https://jekyllbot.wordpress.com/tag/code/" rel="tag">code</a>, <a href="https://jekyllbot.wordpress.com/tag/ruby/" rel="tag">ruby</a></span></footer>
        </article>
        </main>
        </body></html>
        """;

    // A post written after the export was made, which links to Blog Post 1.
    private const string SavedLaterPost = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Blog Post 9 – Site Title</title>
        <link rel="canonical" href="https://jekyllbot.wordpress.com/2025/02/01/blog-post-9/">
        <meta name="generator" content="WordPress.com">
        </head>
        <body class="post-template-default single single-post postid-90">
        <main id="main">
        <article id="post-90" class="post-90 post type-post status-publish hentry">
          <header class="entry-header"><h1 class="entry-title">Blog Post 9</h1>
          <span class="posted-on"><time class="entry-date published" datetime="2025-02-01T09:00:00-08:00">February 1, 2025</time></span></header>
          <div class="entry-content"><p>As <a href="https://jekyllbot.wordpress.com/2025/01/18/blog-post-1/">the first post</a> asked: what would it be?</p></div>
        </article>
        </main>
        </body></html>
        """;

    // The blog's front page, which shows Blog Post 1 up to its "Continue reading", and the post before it whole.
    private const string SavedFrontPage = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Site Title</title>
        <link rel="canonical" href="https://jekyllbot.wordpress.com/">
        <meta name="generator" content="WordPress.com">
        </head>
        <body class="home blog">
        <main id="main">
        <article id="post-14" class="post-14 post type-post status-publish hentry category-foo">
          <header class="entry-header"><h2 class="entry-title"><a href="https://jekyllbot.wordpress.com/2025/01/18/blog-post-1/" rel="bookmark">Blog Post 1</a></h2>
          <span class="posted-on"><time class="entry-date published" datetime="2025-01-18T18:39:44-08:00">January 18, 2025</time></span></header>
          <div class="entry-content"><p>This is a blog post.</p>
          <p><a href="https://jekyllbot.wordpress.com/2025/01/18/blog-post-1/#more-14" class="more-link">Continue reading<span class="screen-reader-text"> "Blog Post 1"</span></a></p></div>
        </article>
        <article id="post-4" class="post-4 post type-post status-publish hentry">
          <header class="entry-header"><h2 class="entry-title"><a href="https://jekyllbot.wordpress.com/2025/01/18/the-art-of-connection/" rel="bookmark">The Art of Connection</a></h2>
          <span class="posted-on"><time class="entry-date published" datetime="2025-01-18T18:26:26-08:00">January 18, 2025</time></span></header>
          <div class="entry-content"><p>Connection is an art.</p></div>
        </article>
        </main>
        </body></html>
        """;

    [Fact]
    public void ASavedPageOfAPostTheExportGaveEarlierLeavesTheExportsFile()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(ImportPaths.WxrFixture);
        var exported = site.Read(BlogPost1);

        var later = site.Import(site.Input("blog-post-1.html", SavedBlogPost1), site.Input("blog-post-9.html", SavedLaterPost), site.Input("front-page.html", SavedFrontPage));

        Assert.Equal(exported, site.Read(BlogPost1));
        Assert.Equal(3, later.Skipped.Count);
        Assert.Equal(
            [("Blog Post 1", $"shown only in part, and already imported into {BlogPost1}, which it would cut short"),
             ("The Art of Connection", "already imported from the blog's export into content/dispatches/2025/the-art-of-connection.md, whose copy keeps the post's id, terms and comments: left as it is (delete that file and import again to take this copy instead)")],
            later.Skipped.Where(s => s.SourcePath.StartsWith("inputs/front-page.html", StringComparison.Ordinal)).Select(s => (s.What, s.Reason)).OrderBy(s => s.What, StringComparer.Ordinal));
        var skipped = Assert.Single(later.Skipped, s => s.SourcePath == "inputs/blog-post-1.html");
        Assert.Equal(("inputs/blog-post-1.html", "Blog Post 1"), (skipped.SourcePath, skipped.What));
        Assert.Equal($"already imported from the blog's export into {BlogPost1}, whose copy keeps the post's id, terms and comments: left as it is (delete that file and import again to take this copy instead)", skipped.Reason);
        Assert.Contains("## Dropped\n\n- Blog Post 1 in inputs/blog-post-1.html: already imported from the blog's export", site.Read("import-report.md"), StringComparison.Ordinal);

        // The post of the same import that links to it links to the export's file, at its URL.
        var written = Assert.Single(later.Files);
        Assert.Equal(("content/dispatches/2025/blog-post-9.md", WriteOutcome.Imported), (written.TargetPath, written.Outcome));
        Assert.Contains("As [the first post](/2025/01/18/blog-post-1/) asked", site.Read(written.TargetPath), StringComparison.Ordinal);
        Assert.Equal(1, written.LinksRewritten);
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, ".sitegen", "import-manifest.json"))))
        {
            var posts = manifest.RootElement.GetProperty("Posts");
            Assert.Equal("Export", posts.GetProperty(BlogPost1).GetProperty("From").GetString());
            Assert.Equal("SavedPage", posts.GetProperty(written.TargetPath).GetProperty("From").GetString());
        }

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("href=\"/categories/foo/\"", output.ReadText("2025/01/18/blog-post-1/index.html"), StringComparison.Ordinal);

        // Deleted, the export's file makes way for the saved page, as the message says.
        File.Delete(Path.Combine(site.Root, BlogPost1));
        var forced = site.Import(site.Input("blog-post-1.html", SavedBlogPost1));

        Assert.Empty(forced.Skipped);
        Assert.Equal((BlogPost1, WriteOutcome.Imported), (Assert.Single(forced.Files).TargetPath, forced.Files[0].Outcome));
        Assert.Contains("night-sky.jpg", site.Read(BlogPost1), StringComparison.Ordinal);
    }

    [Fact]
    public void AClippingOfAPostTheExportGaveEarlierLeavesTheExportsFileEvenWithForce()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(ImportPaths.WxrFixture);
        var exported = site.Read(BlogPost1);

        // --force overwrites a file edited since its import; it does not make a poorer copy of a post the better one.
        var later = site.Import(o => o with { Force = true }, site.Input("clipping.md", """
            ---
            title: "Blog Post 1"
            source: https://jekyllbot.wordpress.com/2025/01/18/blog-post-1/
            published: 2025-01-18T18:39:44-08:00
            description: "This is a blog post."
            ---
            This is a blog post.
            """));

        Assert.Equal(exported, site.Read(BlogPost1));
        Assert.Empty(later.Files);
        Assert.StartsWith($"already imported from the blog's export into {BlogPost1}", Assert.Single(later.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExportAfterASavedPageImprovesThePostAndNamesWhatOnlyTheSavedPageHad()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var saved = site.Import(site.Input("blog-post-1.html", SavedBlogPost1));
        Assert.Equal((BlogPost1, WriteOutcome.Imported), (Assert.Single(saved.Files).TargetPath, saved.Files[0].Outcome));
        Assert.Contains("night-sky.jpg", site.Read(BlogPost1), StringComparison.Ordinal);

        var export = site.Import(ImportPaths.WxrFixture);

        Assert.Equal(WriteOutcome.Updated, Assert.Single(export.Files, f => f.TargetPath == BlogPost1).Outcome);
        var text = site.Read(BlogPost1);
        Assert.Contains("author: jekyllbot\ncategories:\n  - Foo\ntags:\n  - code\n  - ruby\n  - ship\n  - stars\naliases:\n  - \"/?p=14\"\nguid: \"https://jekyllbot.wordpress.com/?p=14\"\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("night-sky.jpg", text, StringComparison.Ordinal);
        var warning = Assert.Single(export.Diagnostics, d => d.Code == "SG0615");
        Assert.Equal(BlogPost1, warning.Location.Path);
        Assert.Matches(@"^held the post as an earlier import read it from a saved page; the export's copy of \S+wordpressdotcom-export-2025\.xml\(\d+,1\), with its id, terms and comments, replaces it, without the 'image:' that copy had: put it back by hand from the saved page if wanted$", warning.Message);

        // From now on the file is the export's: the export again changes nothing, the saved page again is skipped.
        var again = site.Import(ImportPaths.WxrFixture);
        Assert.Equal(WriteOutcome.Unchanged, Assert.Single(again.Files, f => f.TargetPath == BlogPost1).Outcome);
        Assert.DoesNotContain(again.Diagnostics, d => d.Code == "SG0615");
        Assert.Single(site.Import(site.Input("blog-post-1.html", SavedBlogPost1)).Skipped);
        Assert.Equal(text, site.Read(BlogPost1));
    }

    [Fact]
    public void AManifestThatNamesNoSourcesKeepsThePostsFileFromALaterCopyUntilItIsDeleted()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(ImportPaths.WxrFixture);
        var exported = site.Read(BlogPost1);

        // As the previous version wrote it: each post without the kind of input it came from.
        var path = Path.Combine(site.Root, ".sitegen", "import-manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace(",\n      \"From\": \"Export\"", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("\"From\"", File.ReadAllText(path), StringComparison.Ordinal);

        var later = site.Import(site.Input("blog-post-1.html", SavedBlogPost1));

        Assert.Empty(later.Files);
        Assert.Equal(exported, site.Read(BlogPost1));
        Assert.Contains("did not record from what, maybe the blog's export", Assert.Single(later.Skipped).Reason, StringComparison.Ordinal);

        // Deleted, the file takes the saved page's copy, and the manifest now says where it came from.
        File.Delete(Path.Combine(site.Root, BlogPost1));
        var again = site.Import(site.Input("blog-post-1.html", SavedBlogPost1));
        Assert.Equal(WriteOutcome.Imported, Assert.Single(again.Files).Outcome);
        Assert.Contains("night-sky.jpg", site.Read(BlogPost1), StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("SavedPage", manifest.RootElement.GetProperty("Posts").GetProperty(BlogPost1).GetProperty("From").GetString());
    }

    [Fact]
    public void ALaterPostAtAnOldUrlTheExportsPostHadIsNotThatPost()
    {
        // A blog whose permalinks name no day gave a deleted post's address to a later post of that slug.
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: UTC\n", withActors: false);
        site.Import(site.Input("blog.xml", Wxr.Export(Wxr.Item(12, "Kherson", "kherson", link: "https://blog.example/kherson/", date: "2022-05-15 20:00:00", gmt: "2022-05-15 20:00:00",
            content: "<p>The last units left the right bank in the evening.</p>"))));
        var page = site.Input("page.html", """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="UTF-8"><title>Kherson offensive resumes | War Blog</title>
            <link rel="canonical" href="https://blog.example/kherson/">
            <meta name="generator" content="WordPress 6.4.2">
            <meta property="article:published_time" content="2023-09-01T18:00:00+00:00">
            </head><body class="single single-post">
            <article class="post type-post hentry"><h1 class="entry-title">Kherson offensive resumes</h1>
            <div class="entry-content"><p>The offensive on the left bank resumed at dawn, with crossings near the bridge.</p></div></article>
            </body></html>
            """);

        var report = site.Import(page);

        Assert.Empty(report.Skipped);
        Assert.Contains("The offensive on the left bank resumed", site.Read("content/dispatches/2023/kherson.md"), StringComparison.Ordinal);
        Assert.Contains("The last units left", site.Read("content/dispatches/2022/kherson.md"), StringComparison.Ordinal);
    }
}

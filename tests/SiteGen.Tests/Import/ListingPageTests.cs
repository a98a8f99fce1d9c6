using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>A saved home or archive page shows several posts: each is imported on its own, none is lost or merged.</summary>
public sealed class ListingPageTests
{
    private const string HomePage = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <title>Briefings on the War – Daily dispatches</title>
        <link rel="canonical" href="https://briefingsonthewar.wordpress.com/">
        <meta property="og:title" content="Briefings on the War">
        <meta name="generator" content="WordPress.com">
        </head>
        <body class="home blog wp-embed-responsive">
        <header id="masthead"><p class="site-title"><a href="https://briefingsonthewar.wordpress.com/">Briefings on the War</a></p></header>
        <main id="main">
        <article id="post-412" class="post-412 post type-post status-publish hentry category-ukraine">
          <header class="entry-header"><h2 class="entry-title"><a href="https://briefingsonthewar.wordpress.com/2022/06/12/russo-ukrainian-war-6-12-22/" rel="bookmark">Russo-Ukrainian War 6/12/22</a></h2>
          <span class="posted-on"><time class="entry-date published" datetime="2022-06-12T21:00:00+00:00">June 12, 2022</time></span></header>
          <div class="entry-content"><p>Severodonetsk holds, street by street.</p><p>The pontoon bridges over the Donets come under fire again.</p></div>
          <footer class="entry-footer"><span class="cat-links">Posted in <a href="https://briefingsonthewar.wordpress.com/category/ukraine/" rel="category tag">Ukraine</a></span></footer>
        </article>
        <article id="post-409" class="post-409 post type-post status-publish hentry category-belarus">
          <header class="entry-header"><h2 class="entry-title"><a href="https://briefingsonthewar.wordpress.com/2022/06/11/minsk-watch/" rel="bookmark">Minsk watch</a></h2>
          <span class="posted-on"><time class="entry-date published" datetime="2022-06-11T20:30:00+00:00">June 11, 2022</time></span></header>
          <div class="entry-content"><p>Lukashenko reviewed the border units near Brest.</p>
          <p><a href="https://briefingsonthewar.wordpress.com/2022/06/11/minsk-watch/#more-409" class="more-link">Continue reading<span class="screen-reader-text"> "Minsk watch"</span></a></p></div>
          <footer class="entry-footer"><span class="cat-links">Posted in <a href="https://briefingsonthewar.wordpress.com/category/belarus/" rel="category tag">Belarus</a></span></footer>
        </article>
        <article id="post-401" class="post-401 post type-post status-publish hentry">
          <header class="entry-header"><h2 class="entry-title"><a href="https://briefingsonthewar.wordpress.com/2022/06/10/black-sea-notes/" rel="bookmark">Black Sea notes</a></h2>
          <span class="posted-on"><time class="entry-date published" datetime="2022-06-10T19:00:00+00:00">June 10, 2022</time></span></header>
          <div class="entry-summary"><p>Snake Island changes hands again [&hellip;]</p></div>
        </article>
        <nav class="navigation posts-navigation"><a href="https://briefingsonthewar.wordpress.com/page/2/">Older posts</a></nav>
        </main>
        <footer id="colophon"><a href="https://wordpress.com/?ref=footer_blog">Blog at WordPress.com.</a></footer>
        </body></html>
        """;

    [Fact]
    public void EveryPostOfASavedHomePageIsImportedOnItsOwn()
    {
        using var site = ImportSandbox.Create();

        var report = site.Import(site.Input("home.html", HomePage));

        var files = report.Files.ToDictionary(f => Path.GetFileNameWithoutExtension(f.TargetPath), f => site.Read(f.TargetPath));
        Assert.Equal(["black-sea-notes", "minsk-watch", "russo-ukrainian-war-6-12-22"], files.Keys.Order(StringComparer.Ordinal));

        var whole = files["russo-ukrainian-war-6-12-22"];
        Assert.Contains("title: \"Russo-Ukrainian War 6/12/22\"", whole, StringComparison.Ordinal);
        Assert.Contains("date: 2022-06-12T21:00:00+00:00", whole, StringComparison.Ordinal);
        Assert.Contains("Severodonetsk holds, street by street.\n\nThe pontoon bridges over the Donets come under fire again.", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("draft:", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("Lukashenko", whole, StringComparison.Ordinal);

        var teaser = files["minsk-watch"];
        Assert.Contains("date: 2022-06-11T20:30:00+00:00", teaser, StringComparison.Ordinal);
        Assert.Contains("Lukashenko reviewed the border units near Brest.", teaser, StringComparison.Ordinal);
        Assert.Contains("draft: true", teaser, StringComparison.Ordinal);
        Assert.Contains("belarus", teaser, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Severodonetsk", teaser, StringComparison.Ordinal);
        Assert.DoesNotContain("Continue reading", teaser.Split("---\n")[2], StringComparison.Ordinal);
        Assert.DoesNotContain("minsk-watch/", teaser.Split("---\n")[2], StringComparison.Ordinal);

        Assert.Contains("draft: true", files["black-sea-notes"], StringComparison.Ordinal);
        Assert.Contains("Snake Island changes hands again", files["black-sea-notes"], StringComparison.Ordinal);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0610");
        var warnings = report.Diagnostics.Where(d => d.Code == "SG0614").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("home.html", Path.GetFileName(w.Location.Path)));
        Assert.Equal([17, 24], warnings.Select(w => w.Location.Line).Order());
        Assert.Contains(warnings, w => w.Message.Contains("save its own page (https://briefingsonthewar.wordpress.com/2022/06/11/minsk-watch/)", StringComparison.Ordinal));
    }

    [Fact]
    public void APostsOwnPageWithOtherPostsAroundItIsThatPostAlone()
    {
        // A theme that lists recent posts under the post: WordPress marks the page single, and only its post counts.
        var single = HomePage.Replace("<body class=\"home blog", "<body class=\"post-template-default single single-post", StringComparison.Ordinal);
        using var site = ImportSandbox.Create();

        var report = site.Import(site.Input("post.html", single));

        var body = site.Read(Assert.Single(report.Files).TargetPath);
        Assert.Contains("title: \"Russo-Ukrainian War 6/12/22\"", body, StringComparison.Ordinal);
        Assert.Contains("Severodonetsk holds", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lukashenko", body, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0614");
    }

    [Fact]
    public void APostShownInPartNeverStandsBesideNorReplacesItsWholeCopy()
    {
        const string Whole = """
            <!DOCTYPE html><html><head><title>Minsk watch</title>
            <link rel="canonical" href="https://briefingsonthewar.wordpress.com/2022/06/11/minsk-watch/">
            <meta property="article:published_time" content="2022-06-11T20:30:00+00:00"></head>
            <body class="single single-post"><article id="post-409" class="post-409 post hentry"><h1 class="entry-title">Minsk watch</h1>
            <div class="entry-content"><p>Lukashenko reviewed the border units near Brest.</p><span id="more-409"></span><p>Then he flew to Sochi.</p></div></article></body></html>
            """;

        // In one import: the whole post and the home page that shows its teaser.
        using (var together = ImportSandbox.Create())
        {
            var report = together.Import(together.Input("minsk-watch.html", Whole), together.Input("home.html", HomePage));

            var file = together.Read(Assert.Single(report.Files, f => f.TargetPath.EndsWith("minsk-watch.md", StringComparison.Ordinal)).TargetPath);
            Assert.Contains("Then he flew to Sochi.", file, StringComparison.Ordinal);
            Assert.DoesNotContain("draft:", file, StringComparison.Ordinal);
            Assert.Equal(3, report.Files.Count);
        }

        // In two: the home page saved later leaves the post as it was.
        using var site = ImportSandbox.Create();
        var first = site.Import(site.Input("minsk-watch.html", Whole));
        var target = Assert.Single(first.Files).TargetPath;
        var before = site.Read(target);

        var later = site.Import(site.Input("home.html", HomePage));

        Assert.Equal(before, site.Read(target));
        Assert.Equal(2, later.Files.Count);
        Assert.Contains(later.Skipped, s => s.What == "Minsk watch");
    }

    [Fact]
    public void APostTheListShowsAndALatestPostsBlockNamesAgainIsImportedOnce()
    {
        const string LatestPosts = """
            <aside class="widget"><ul class="wp-block-post-template">
            <li class="wp-block-post post-407 post type-post status-publish hentry"><h3 class="wp-block-post-title"><a href="https://briefingsonthewar.wordpress.com/2022/06/12/russo-ukrainian-war-6-12-22/">Russo-Ukrainian War 6/12/22</a></h3></li>
            <li class="wp-block-post post-409 post type-post status-publish hentry"><h3 class="wp-block-post-title"><a href="https://briefingsonthewar.wordpress.com/2022/06/11/minsk-watch/">Minsk watch</a></h3></li>
            </ul></aside>
            """;
        var page = HomePage.Replace("<footer id=\"colophon\">", LatestPosts + "\n<footer id=\"colophon\">", StringComparison.Ordinal);
        using var site = ImportSandbox.Create();

        var report = site.Import(site.Input("home.html", page));

        Assert.Equal(3, report.Files.Count);
        Assert.DoesNotContain(report.Files, f => f.TargetPath.EndsWith("-2.md", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("by its title alone", StringComparison.Ordinal));
    }

    [Fact]
    public void APostShownByItsTitleAloneIsADraftThatSaysWhereItsTextIs()
    {
        const string ImagePost = """
            <article id="post-405" class="post-405 post type-post format-image status-publish hentry">
              <header class="entry-header"><h2 class="entry-title"><a href="https://briefingsonthewar.wordpress.com/2022/06/10/the-bridge/" rel="bookmark">The bridge</a></h2>
              <span class="posted-on"><time class="entry-date published" datetime="2022-06-10T22:00:00+00:00">June 10, 2022</time></span></header>
            </article>
            """;
        var page = HomePage.Replace("<article id=\"post-401\"", ImagePost + "\n<article id=\"post-401\"", StringComparison.Ordinal);
        using var site = ImportSandbox.Create();

        var report = site.Import(site.Input("home.html", page));

        var file = site.Read(Assert.Single(report.Files, f => f.TargetPath.EndsWith("the-bridge.md", StringComparison.Ordinal)).TargetPath);
        Assert.Contains("title: \"The bridge\"", file, StringComparison.Ordinal);
        Assert.Contains("date: 2022-06-10T22:00:00+00:00", file, StringComparison.Ordinal);
        Assert.Contains("draft: true", file, StringComparison.Ordinal);
        Assert.Equal(4, report.Files.Count);
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0614" && d.Message.Contains("'The bridge'", StringComparison.Ordinal));
        Assert.Equal((24, 1), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("by its title alone", warning.Message, StringComparison.Ordinal);
        Assert.Contains("save its own page (https://briefingsonthewar.wordpress.com/2022/06/10/the-bridge/)", warning.Message, StringComparison.Ordinal);
    }
}

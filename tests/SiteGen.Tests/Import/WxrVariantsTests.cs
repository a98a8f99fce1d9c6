using SiteGen.Configuration;
using SiteGen.Import.Model;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>What a WXR export can hold beyond published posts: drafts, schedules, passwords, pages, odd titles and slugs.</summary>
public sealed class WxrVariantsTests
{
    private const string Site = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n";

    private static (ImportSandbox Site, SiteGen.Import.ImportReport Report) Import(params string[] items)
    {
        var site = ImportSandbox.Create(Site);
        var input = site.Input("export.xml", Wxr.Export(items));
        return (site, site.Import(input));
    }

    [Fact]
    public void DraftsPendingAndPrivatePostsAreDrafts()
    {
        var (site, _) = Import(
            Wxr.Item(1, "Draft", "draft-post", status: "draft", gmt: null),
            Wxr.Item(2, "Pending", "pending-post", status: "pending"),
            Wxr.Item(3, "Private", "private-post", status: "private"));
        using (site)
        {
            Assert.Contains("draft: true\n", site.Read("content/dispatches/2022/draft-post.md"), StringComparison.Ordinal);
            Assert.Contains("date: 2022-05-15T10:00:00+03:00\n", site.Read("content/dispatches/2022/draft-post.md"), StringComparison.Ordinal);
            Assert.Contains("draft: true\n", site.Read("content/dispatches/2022/pending-post.md"), StringComparison.Ordinal);
            Assert.Contains("# The post was private on WordPress", site.Read("content/dispatches/2022/private-post.md"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void APostWithTheStatusInheritIsADraftNotLost()
    {
        // As in wp2hugo's test export (ashishb/wp2hugo, testcase.WordPress.2024-07-01.xml): a post, not a revision,
        // whose status is 'inherit'. WordPress's importer keeps it and shows it to no visitor.
        var (site, report) = Import(Wxr.Item(1, "Test entry", "test-entry", status: "inherit",
            content: "<!-- wp:paragraph -->\n<p>Some text with a footnote</p>\n<!-- /wp:paragraph -->"));
        using (site)
        {
            var text = site.Read("content/dispatches/2022/test-entry.md");
            Assert.Contains("draft: true\n", text, StringComparison.Ordinal);
            Assert.Contains("# The post had the status 'inherit' on WordPress", text, StringComparison.Ordinal);
            Assert.Contains("Some text with a footnote", text, StringComparison.Ordinal);
            Assert.Empty(report.Skipped);
        }
    }

    [Fact]
    public void ScheduledPostKeepsItsFutureDateAndIsNotADraft()
    {
        var (site, _) = Import(Wxr.Item(1, "Later", "later", status: "future", date: "2030-01-02 09:00:00", gmt: "2030-01-02 07:00:00"));
        using (site)
        {
            var text = site.Read("content/dispatches/2030/later.md");
            Assert.Contains("date: 2030-01-02T09:00:00+02:00\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("draft:", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PasswordProtectedPostIsNeverPublished()
    {
        var (site, report) = Import(Wxr.Item(1, "Secret", "secret", password: "hunter2"));
        using (site)
        {
            var text = site.Read("content/dispatches/2022/secret.md");
            Assert.StartsWith("---\n# The post was password-protected on WordPress", text, StringComparison.Ordinal);
            Assert.Contains("draft: true\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
            Assert.Contains(report.Diagnostics, d => d.Code == "SG0606" && d.ToString().Contains("inputs/export.xml(", StringComparison.Ordinal));
            var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
            Assert.Equal(0, built.Dispatches);
        }
    }

    [Fact]
    public void EmptyTitleGetsAFallbackAndMarkupOrPunctuationInTitlesStaysValidYaml()
    {
        var (site, report) = Import(
            Wxr.Item(1, "   ", "", content: "<p>Shelling resumed near Kharkiv at dawn today, officials said.</p>", link: "https://blog.example/?p=1"),
            Wxr.Item(2, "<strong>Bold</strong> \"quotes\": 'single' #hash - [brackets] {braces} & ampersand | pipe % \\ backslash", "punctuation"),
            Wxr.Item(3, "yes", "yes"),
            Wxr.Item(4, "Line\u2028separator and tab\tinside", "odd"));
        using (site)
        {
            Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
            var fallback = site.Read("content/dispatches/2022/shelling-resumed-near-kharkiv-at-dawn-today-officials.md");
            Assert.Contains("title: \"Shelling resumed near Kharkiv at dawn today, officials…\"", fallback, StringComparison.Ordinal);
            Assert.Contains("# The post had no title", fallback, StringComparison.Ordinal);

            var result = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.Equal(4, result.Dispatches);
            Assert.Contains("title: \"Bold \\\"quotes\\\": 'single' #hash - [brackets] {braces} & ampersand | pipe % \\\\ backslash\"", site.Read("content/dispatches/2022/punctuation.md"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TitlesKeepTheirAngleBracketTextAndLoseTheirMarkup()
    {
        // Without CDATA the title is escaped once, for XML: the reader hands on real angle brackets, words and markup alike.
        static string Escaped(string item, string title) =>
            System.Text.RegularExpressions.Regex.Replace(item, @"<title><!\[CDATA\[.*?\]\]></title>", $"<title>{title}</title>");
        var (site, _) = Import(
            Escaped(Wxr.Item(1, "-", "why-html"), "Why &lt;html&gt; tags matter"),
            Escaped(Wxr.Item(2, "-", "generics", date: "2022-05-14 10:00:00", gmt: "2022-05-14 07:00:00"), "An &lt;em&gt;emphatic&lt;/em&gt; &lt;code&gt;List&lt;T&gt;&lt;/code&gt; title"),
            Wxr.Item(3, "<em>Maps</em> &lt;div&gt; and a < b", "maps", date: "2022-05-13 10:00:00", gmt: "2022-05-13 07:00:00"),
            Wxr.Item(4, "Shelling <script>alert(1)</script>resumes", "script", date: "2022-05-12 10:00:00", gmt: "2022-05-12 07:00:00"));
        using (site)
        {
            Assert.Contains("title: \"Why <html> tags matter\"\n", site.Read("content/dispatches/2022/why-html.md"), StringComparison.Ordinal);
            Assert.Contains("title: \"An emphatic List<T> title\"\n", site.Read("content/dispatches/2022/generics.md"), StringComparison.Ordinal);
            Assert.Contains("title: \"Maps <div> and a < b\"\n", site.Read("content/dispatches/2022/maps.md"), StringComparison.Ordinal);
            Assert.Contains("title: \"Shelling resumes\"\n", site.Read("content/dispatches/2022/script.md"), StringComparison.Ordinal);

            var output = new MemoryOutput();
            var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
            Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
            var page = output.ReadText("2022/05/15/why-html/index.html");
            Assert.Contains("<title>Why &lt;html&gt; tags matter · T</title>", page, StringComparison.Ordinal);
            Assert.Contains("<h1>Why &lt;html&gt; tags matter</h1>", page, StringComparison.Ordinal);
            Assert.Contains("<title>Why &lt;html&gt; tags matter</title>", output.ReadText("feed.xml"), StringComparison.Ordinal);
            Assert.Contains("<title>Why &lt;html&gt; tags matter</title>", output.ReadText("rss.xml"), StringComparison.Ordinal);
            Assert.Contains("\"title\":\"Why \\u003Chtml\\u003E tags matter\"", output.ReadText("feed.json"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PercentEncodedSlugIsDecodedAndKeepsThePermalink()
    {
        var (site, _) = Import(Wxr.Item(1, "Київ", "%d0%ba%d0%b8%d1%97%d0%b2"));
        using (site)
        {
            var text = site.Read("content/dispatches/2022/київ.md");
            Assert.Contains("slug: київ\n", text, StringComparison.Ordinal);
            Assert.Empty(ImportSandbox.PathAliases(text));
        }
    }

    [Fact]
    public void PagesKeepTheirHierarchyAndNonContentRecordsAreSkipped()
    {
        var (site, report) = Import(
            Wxr.Item(10, "About", "about", type: "page", link: "https://blog.example/about/"),
            Wxr.Item(11, "Team", "team", type: "page", parent: 10, link: "https://blog.example/about/team/"),
            Wxr.Item(12, "Home", "home", type: "nav_menu_item"),
            Wxr.Item(13, "Styles", "wp-global-styles-x%2fy", type: "wp_global_styles"),
            Wxr.Item(14, "Old", "old", status: "trash"),
            Wxr.Item(15, "Rev", "rev", type: "revision", status: "inherit"));
        using (site)
        {
            Assert.Equal(["content/pages/about.md", "content/pages/about/team.md"], site.Files("content/pages"));
            Assert.Empty(ImportSandbox.PathAliases(site.Read("content/pages/about/team.md")));
            Assert.Equal(4, report.Skipped.Count);
            Assert.Contains(report.Skipped, s => s.Reason == "in the trash");
            var output = new MemoryOutput();
            var result = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.True(output.Files.ContainsKey("about/team/index.html"));
        }
    }

    [Fact]
    public void APageWithANonAsciiSlugIsInTheFolderOfItsChildrenAndEveryOldUrlRedirects()
    {
        // WordPress exports and links a Cyrillic slug percent-encoded, in lower case: новини, контакти.
        const string News = "%d0%bd%d0%be%d0%b2%d0%b8%d0%bd%d0%b8";
        const string Contacts = "%d0%ba%d0%be%d0%bd%d1%82%d0%b0%d0%ba%d1%82%d0%b8";
        var (site, _) = Import(
            Wxr.Item(10, "Новини", News, type: "page", link: $"https://blog.example/{News}/"),
            Wxr.Item(11, "Фронт", "front", type: "page", parent: 10, link: $"https://blog.example/{News}/front/"),
            Wxr.Item(12, "Контакти", Contacts, type: "page", link: $"https://blog.example/{Contacts}/"),
            Wxr.Item(13, "Links", "links", content: $"<p><a href=\"https://blog.example/{News}/\">News</a>, <a href=\"https://blog.example/{News}/front/\">front</a>.</p>"));
        using (site)
        {
            Assert.Equal(["content/pages/novini.md", "content/pages/novini/front.md", "content/pages/контакти.md"], site.Files("content/pages"));
            var parent = site.Read("content/pages/novini.md");
            Assert.Contains("# WordPress had this page at /новини/; the pages under it are in the folder 'novini' here (a folder's name is made like a slug), so it is at /novini/ with them.", parent, StringComparison.Ordinal);
            Assert.Contains("title: \"Новини\"\ndate: 2022-05-15T10:00:00+03:00\naliases:\n  - \"/новини/\"\n", parent, StringComparison.Ordinal);
            Assert.Contains("aliases:\n  - \"/новини/front/\"\n", site.Read("content/pages/novini/front.md"), StringComparison.Ordinal);
            var leaf = site.Read("content/pages/контакти.md");
            Assert.Contains("slug: контакти\n", leaf, StringComparison.Ordinal);
            Assert.Empty(ImportSandbox.PathAliases(leaf));
            Assert.Contains("[News](/novini/), [front](/novini/front/).", site.Read("content/dispatches/2022/links.md"), StringComparison.Ordinal);

            var output = new MemoryOutput();
            var result = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.Contains("<h1>Новини</h1>", output.ReadText("novini/index.html"), StringComparison.Ordinal);
            Assert.Contains("<h1>Фронт</h1>", output.ReadText("novini/front/index.html"), StringComparison.Ordinal);
            Assert.Contains("<h1>Контакти</h1>", output.ReadText("контакти/index.html"), StringComparison.Ordinal);
            Assert.Contains("url=/novini/\"", output.ReadText("новини/index.html"), StringComparison.Ordinal);
            Assert.Contains("url=/novini/front/\"", output.ReadText("новини/front/index.html"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CategoriesNamingAnActorBecomeActorsTheRestTags()
    {
        var site = ImportSandbox.Create();
        using (site)
        {
            var input = site.Input("export.xml", Wxr.Export(Wxr.Item(1, "Note", "note", content: "<p>Quiet day.</p>",
                extra: """<category domain="category" nicename="belarus"><![CDATA[Belarus]]></category><category domain="post_tag" nicename="kiev"><![CDATA[kiev]]></category><category domain="post_tag" nicename="diary"><![CDATA[diary]]></category><category domain="category" nicename="uncategorized"><![CDATA[Uncategorized]]></category>""")));
            site.Import(input);

            var text = site.Read("dispatches/2022/note.md");
            Assert.Contains("actors:\n  - belarus\n  - kyiv\ntags:\n  - diary\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HttpsNamespaceFormIsAccepted()
    {
        var site = ImportSandbox.Create(Site);
        using (site)
        {
            var input = site.Input("export.xml", Wxr.Export(Wxr.Item(1, "A", "a")).Replace("http://wordpress.org/export/", "https://wordpress.org/export/", StringComparison.Ordinal));
            var report = site.Import(input);
            Assert.Equal(WriteOutcome.Imported, Assert.Single(report.Files).Outcome);
        }
    }

    [Fact]
    public void AWordPress2xExportsBareCategoryTwinIsReadOnceAndItsTagDomainIsATag()
    {
        // WXR 1.0 wrote each category twice (bare, and with its domain and nicename) and tags as domain "tag";
        // WordPress's importer reads the second of the twins only, and files "tag" as post_tag.
        var (site, _) = Import(Wxr.Item(1, "Old", "old", extra:
            "<category><![CDATA[Uncategorized]]></category><category domain=\"category\" nicename=\"uncategorized\"><![CDATA[Uncategorized]]></category>" +
            "<category><![CDATA[Front]]></category><category domain=\"category\" nicename=\"front\"><![CDATA[Front]]></category>" +
            "<category domain=\"tag\" nicename=\"roar\"><![CDATA[roar]]></category><category><![CDATA[Only bare]]></category>"));
        using (site)
        {
            var text = site.Read("content/dispatches/2022/old.md");
            Assert.Contains("categories:\n  - Front\n  - Only bare\ntags:\n  - roar\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Uncategorized", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TermsOfATaxonomyAThemeAddedAreNamedInTheNotes()
    {
        var (site, report) = Import(Wxr.Item(1, "Filed", "filed", extra:
            "<category domain=\"region\" nicename=\"kharkiv\"><![CDATA[Kharkiv]]></category><category domain=\"post_format\" nicename=\"post-format-aside\"><![CDATA[Aside]]></category>"));
        using (site)
        {
            Assert.StartsWith("---\n# WordPress also filed this post under 'Kharkiv' (region), of a taxonomy", site.Read("content/dispatches/2022/filed.md"), StringComparison.Ordinal);
            Assert.DoesNotContain("Aside", site.Read("content/dispatches/2022/filed.md"), StringComparison.Ordinal);
            Assert.Contains("'Kharkiv' (region)", site.Read("import-report.md"), StringComparison.Ordinal);
            Assert.False(report.HasErrors);
        }
    }
}

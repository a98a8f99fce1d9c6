using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Cli;

/// <summary>Starting, writing and publishing a site as an author does, through the real <c>sitegen</c> program.</summary>
public sealed partial class AuthoringCliTests : IDisposable
{
    private readonly TemporaryFolder _root = TemporaryFolder.Create("sitegen-authoring-");

    public void Dispose() => _root.Dispose();

    private string Site => Path.Combine(_root.Path, "my-briefings");

    private static (int Exit, string Stdout, string Stderr) Sitegen(string folder, params string[] arguments)
    {
        Directory.CreateDirectory(folder);
        var (exit, stdout, stderr) = SitegenProcess.Run(folder, arguments);
        return (exit, stdout, stderr);
    }

    /// <summary>A new site, its time zone (the machine's, where it has an IANA id) set to <paramref name="zone"/> so that what it prints does not depend on the machine.</summary>
    private (int Exit, string Stdout, string Stderr) Init(string zone = "UTC")
    {
        var init = Sitegen(_root.Path, "init", "my-briefings");
        Assert.True(init.Exit == 0, init.Stderr);
        var config = File.ReadAllText(Path.Combine(Site, "site.yml"));
        Assert.Matches(@"\ntime_zone: \S+   # set by sitegen init \(this machine's zone\)[^\n]*\n", config);
        Write("site.yml", Regex.Replace(config, @"\ntime_zone: [^\n]*\n", $"\ntime_zone: {zone}\n"));
        return init;
    }

    private void Write(string sitePath, string text) => File.WriteAllText(Path.Combine(Site, sitePath), text);

    [Fact]
    public void InitThenBuildInAnEmptyFolderGivesASiteWithTheExampleDispatch()
    {
        var init = Init();
        var build = Sitegen(Site, "build");

        Assert.Contains("Started a site in my-briefings:", init.Stdout, StringComparison.Ordinal);
        Assert.Contains("README.md says how to publish it on GitHub Pages", init.Stdout, StringComparison.Ordinal);
        Assert.True(build.Exit == 0, build.Stdout + build.Stderr);
        Assert.Contains("Built 1 dispatch ", build.Stdout, StringComparison.Ordinal);
        Assert.Equal("", build.Stderr);
        var dispatch = Assert.Single(Directory.GetFiles(Path.Combine(Site, "_site"), "index.html", SearchOption.AllDirectories), f => f.Contains("welcome-to-my-briefings", StringComparison.Ordinal));
        Assert.Contains("Welcome to My briefings", File.ReadAllText(dispatch), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, "_site/actors/united-nations/index.html")));
        Assert.True(Directory.Exists(Path.Combine(Site, "static")));
        Assert.Equal("# What SiteGen writes: the built site and its caches.\n_site/\n/.sitegen/*\n# Which files sitegen import wrote: committed, so that an import on another clone updates them rather than\n# leaving each alone as if edited by hand.\n!/.sitegen/import-manifest.json\n# What a build leaves beside the output when it is interrupted, or cannot delete the output it replaced.\n_site.staging/\n_site.old*/\n# The SiteGen packages the workflow installs are committed, whatever ignores *.nupkg.\n!/tools/*.nupkg\n# What sitegen import changed, item by item: committed with the files it wrote, whatever ignores reports.\n!/import-report.md\n", File.ReadAllText(Path.Combine(Site, ".gitignore")));
        Assert.Contains("sitegen new", File.ReadAllText(Path.Combine(Site, "README.md")), StringComparison.Ordinal);
        Assert.Contains("content_dir: content\n", File.ReadAllText(Path.Combine(Site, "site.yml")), StringComparison.Ordinal);
    }

    /// <summary>
    /// The author's README names no time zone of its own: the one init found goes stale once the import sets the blog's
    /// (or the author another), and a README saying a dispatch goes live at 08:00 UTC would then be wrong.
    /// </summary>
    [Fact]
    public void InitsReadmeSendsTheAuthorToSiteYmlForTheZoneInsteadOfNamingOne()
    {
        var init = Sitegen(_root.Path, "init", "my-briefings");
        Assert.True(init.Exit == 0, init.Stderr);
        var zone = Regex.Match(File.ReadAllText(Path.Combine(Site, "site.yml")), @"\ntime_zone: (\S+)").Groups[1].Value;
        var readme = File.ReadAllText(Path.Combine(Site, "README.md"));
        Assert.DoesNotContain($"({zone})", readme, StringComparison.Ordinal);
        Assert.Contains("--time 08:00     # goes live at 08:00 in the time_zone of site.yml", readme, StringComparison.Ordinal);
    }

    /// <summary>
    /// git, reading init's .gitignore, keeps SiteGen's caches out and the import's records in: the manifest of what
    /// the import wrote, without which an import on another clone leaves every imported file alone as hand-made.
    /// </summary>
    [Fact]
    public void InitsGitignoreKeepsTheImportManifestAndTheReportInGitAndTheCachesOut()
    {
        Init();
        foreach (var path in new[] { ".sitegen/import-manifest.json", ".sitegen/last-build.bin", ".sitegen/images/ab/c.png", "import-report.md", "_site/index.html" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Site, path))!);
            File.WriteAllText(Path.Combine(Site, path), "x");
        }

        Assert.Equal(0, Testing.RunningProcess.Run("git", ["init", "-q"], TimeSpan.FromMinutes(1), Site).ExitCode);
        var status = Testing.RunningProcess.Run("git", ["status", "--porcelain", "--untracked-files=all"], TimeSpan.FromMinutes(1), Site);

        Assert.Equal(0, status.ExitCode);
        var tracked = status.Stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[3..]).ToList();
        Assert.Contains(".sitegen/import-manifest.json", tracked);
        Assert.Contains("import-report.md", tracked);
        Assert.DoesNotContain(tracked, path => path.StartsWith(".sitegen/images/", StringComparison.Ordinal) || path is ".sitegen/last-build.bin" || path.StartsWith("_site/", StringComparison.Ordinal));
    }

    [Fact]
    public void InitRefusesToOverwriteASite()
    {
        Init();
        Write("site.yml", "title: Mine\n");

        var again = Sitegen(_root.Path, "init", "my-briefings");

        Assert.Equal(1, again.Exit);
        Assert.Contains("my-briefings/site.yml: error SG0801: a site is already here; sitegen init starts a new site and overwrites nothing", again.Stderr, StringComparison.Ordinal);
        Assert.Equal("title: Mine\n", File.ReadAllText(Path.Combine(Site, "site.yml")));
    }

    [Fact]
    public void InitKeepsTheReadmeAndGitignoreOfANewRepositoryAndRefusesToOverwriteAWorkflow()
    {
        Directory.CreateDirectory(Site);
        Write("README.md", "# My repository\n");
        Write(".gitignore", "*.tmp");

        var init = Init();

        Assert.DoesNotContain("  README.md", init.Stdout, StringComparison.Ordinal);
        Assert.Contains("the comments in .github/workflows/pages.yml say how to publish it on GitHub Pages", init.Stdout, StringComparison.Ordinal);
        Assert.Equal("# My repository\n", File.ReadAllText(Path.Combine(Site, "README.md")));
        Assert.Equal("*.tmp\n_site/\n/.sitegen/*\n!/.sitegen/import-manifest.json\n_site.staging/\n_site.old*/\n!/tools/*.nupkg\n!/import-report.md\n", File.ReadAllText(Path.Combine(Site, ".gitignore")));

        var other = Path.Combine(_root.Path, "other");
        Directory.CreateDirectory(Path.Combine(other, ".github/workflows"));
        File.WriteAllText(Path.Combine(other, ".github/workflows/pages.yml"), "mine");
        var refused = Sitegen(_root.Path, "init", "other");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("error SG0801: sitegen init would overwrite .github/workflows/pages.yml; nothing was written", refused.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(other, "site.yml")));
    }

    /// <summary>
    /// GitHub runs only the workflows at a repository's root: a site started in a folder of a repository had its
    /// workflow written into that folder, where it never ran, building "." (the repository's root, which holds no site.yml).
    /// </summary>
    [Fact]
    public void InitInAFolderOfARepositoryPutsTheWorkflowAtTheRootBuildingThatFolder()
    {
        var repository = Path.Combine(_root.Path, "repo");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(Path.Combine(repository, "README.md"), "# Notes and a site\n");

        var init = Sitegen(repository, "init", "sites/briefings");

        Assert.True(init.Exit == 0, init.Stderr);
        Assert.Contains("  ../../.github/workflows/pages.yml\n", init.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repository, "sites/briefings/.github")));
        var workflow = File.ReadAllText(Path.Combine(repository, ".github/workflows/pages.yml"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(workflow));
        var env = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["env"];
        Assert.Equal("sites/briefings", ((YamlScalarNode)env["SITE_DIR"]).Value);
        Assert.Contains("Push the repository this folder is in to GitHub", File.ReadAllText(Path.Combine(repository, "sites/briefings/README.md")), StringComparison.Ordinal);
        Assert.Equal("# Notes and a site\n", File.ReadAllText(Path.Combine(repository, "README.md")));

        // The workflow's build step, from the repository's root.
        var build = Sitegen(repository, "build", "--source", "sites/briefings", "--output", Path.Combine(repository, "_site"), "--base-url", "https://user.github.io/repo/");
        Assert.True(build.Exit == 0, build.Stdout + build.Stderr);
        Assert.True(File.Exists(Path.Combine(repository, "_site/index.html")));
    }

    /// <summary>
    /// A site folder that holds its own repository (a clone kept inside another) is that repository's root: the workflow
    /// went to the outer repository's .github, which GitHub never runs for the site's repository, building "blog" there.
    /// </summary>
    [Fact]
    public void InitInARepositoryNestedInAnotherKeepsTheWorkflowInTheSitesOwnRepository()
    {
        var outer = Path.Combine(_root.Path, "outer");
        Directory.CreateDirectory(Path.Combine(outer, ".git"));
        Directory.CreateDirectory(Path.Combine(outer, "blog", ".git"));

        var init = Sitegen(_root.Path, "init", "outer/blog");

        Assert.True(init.Exit == 0, init.Stderr);
        Assert.False(Directory.Exists(Path.Combine(outer, ".github")));
        var workflow = File.ReadAllText(Path.Combine(outer, "blog/.github/workflows/pages.yml"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(workflow));
        var env = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["env"];
        Assert.Equal(".", ((YamlScalarNode)env["SITE_DIR"]).Value);
        Assert.Contains("Push this folder to a GitHub repository", File.ReadAllText(Path.Combine(outer, "blog/README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void NewOnTwoDatesWithOneTitleGivesTwoDispatchesAtTwoUrls()
    {
        Init();

        var first = Sitegen(Site, "new", "Morning update", "--date", "2024-03-01", "--time", "08:00", "--actors", "UN", "--tags", "daily");
        var second = Sitegen(Site, "new", "Morning update", "--date", "2024-03-02", "--time", "08:00", "--actors", "united nations");
        var build = Sitegen(Site, "build");

        Assert.Equal((0, "content/dispatches/2024/2024-03-01-morning-update.md\n"), (first.Exit, first.Stdout));
        Assert.Equal((0, "content/dispatches/2024/2024-03-02-morning-update.md\n"), (second.Exit, second.Stdout));
        Assert.Equal(
            "---\ntitle: \"Morning update\"\nslug: morning-update\ndate: 2024-03-01T08:00\nactors:\n  - \"united-nations\"\ntags:\n  - \"daily\"\ndraft: false\n---\n\n",
            File.ReadAllText(Path.Combine(Site, "content/dispatches/2024/2024-03-01-morning-update.md")));
        Assert.True(build.Exit == 0, build.Stdout + build.Stderr);
        Assert.Contains("Built 3 dispatches", build.Stdout, StringComparison.Ordinal);

        // Not written yet: each would go out as a title alone, which the build says (init's example has text).
        Assert.Equal(2, Regex.Count(build.Stderr, "warning SG0220: the dispatch has no text"));
        Assert.Contains("content/dispatches/2024/2024-03-01-morning-update.md(11,1): warning SG0220", build.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, "_site/2024/03/01/morning-update/index.html")));
        Assert.True(File.Exists(Path.Combine(Site, "_site/2024/03/02/morning-update/index.html")));

        // The same title again that day: its own slug. A title corrected after publication keeps the URL.
        var third = Sitegen(Site, "new", "Morning update", "--date", "2024-03-02", "--time", "09:00");
        Assert.Equal((0, "content/dispatches/2024/2024-03-02-morning-update-2.md\n"), (third.Exit, third.Stdout));
        Assert.Contains("\nslug: morning-update-2\n", File.ReadAllText(Path.Combine(Site, "content/dispatches/2024/2024-03-02-morning-update-2.md")), StringComparison.Ordinal);
        var first1 = Path.Combine(Site, "content/dispatches/2024/2024-03-01-morning-update.md");
        File.WriteAllText(first1, File.ReadAllText(first1).Replace("title: \"Morning update\"", "title: \"Morning update: the vote\"", StringComparison.Ordinal));
        var rebuilt = Sitegen(Site, "build");
        Assert.True(rebuilt.Exit == 0, rebuilt.Stdout + rebuilt.Stderr);
        Assert.Contains("Morning update: the vote", File.ReadAllText(Path.Combine(Site, "_site/2024/03/01/morning-update/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, "_site/2024/03/02/morning-update-2/index.html")));
    }

    [Fact]
    public void NewDatedAheadSaysWhenItGoesLiveInTheSitesZone()
    {
        Init("Europe/Minsk");

        var later = Sitegen(Site, "new", "Talks tomorrow", "--date", "2099-06-01", "--time", "09:30");
        var unknown = Sitegen(Site, "new", "Talks", "--actors", "united natons");

        Assert.Equal(0, later.Exit);
        Assert.Contains("note: dated 2099-06-01 09:30 Europe/Minsk, in the future: builds leave it out until then", later.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("error SG0301: unknown actor 'united natons': no actor has that id, name or alias; did you mean 'united-nations'?", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActorRenamedOrGivenANewIdKeepsEveryDispatchBuildingAndTheOldUrlRedirecting()
    {
        Init();
        Assert.Equal(0, Sitegen(Site, "new", "Vote in New York", "--date", "2024-03-01", "--actors", "ООН").Exit);
        var actor = Path.Combine(Site, "content/actors/united-nations.md");

        File.WriteAllText(actor, File.ReadAllText(actor).Replace("name: United Nations", "name: The United Nations Organization", StringComparison.Ordinal));
        var renamed = Sitegen(Site, "build");

        File.Move(actor, Path.Combine(Site, "content/actors/un.md"));
        var moved = File.ReadAllText(Path.Combine(Site, "content/actors/un.md")).Replace("wikidata:", "former_ids: [united-nations]\nwikidata:", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Site, "content/actors/un.md"), moved);
        var newId = Sitegen(Site, "build");

        Assert.True(renamed.Exit == 0, renamed.Stdout + renamed.Stderr);
        Assert.True(newId.Exit == 0, newId.Stdout + newId.Stderr);
        Assert.Contains("Built 2 dispatches", newId.Stdout, StringComparison.Ordinal);
        Assert.Contains("href=\"/briefings/actors/un/\"", File.ReadAllText(Path.Combine(Site, "_site/2024/03/01/vote-in-new-york/index.html")), StringComparison.Ordinal);
        Assert.Contains("url=/briefings/actors/un/", File.ReadAllText(Path.Combine(Site, "_site/actors/united-nations/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, "_site/actors/united-nations/feed.xml")));
    }

    [Fact]
    public void TheGeneratedWorkflowIsValidYamlThatDeploysOnASchedulePinningThisVersion()
    {
        Init();
        var text = File.ReadAllText(Path.Combine(Site, ".github/workflows/pages.yml"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var on = (YamlMappingNode)root["on"];
        Assert.Equal(["push", "workflow_dispatch", "schedule"], on.Children.Keys.Select(k => k.ToString()));
        var cron = ((YamlMappingNode)((YamlSequenceNode)on["schedule"])[0])["cron"].ToString();
        Assert.Matches(@"^\d{1,2} \* \* \* \*$", cron);
        var version = root["env"]["SITEGEN_VERSION"].ToString();
        Assert.Matches(@"^\d+\.\d+\.\d+(-[\w.]+)?$", version);
        Assert.Equal(SiteGen.Authoring.SiteInitializer.Version, version);
        var steps = Steps(root, "build").Concat(Steps(root, "deploy")).ToList();
        var uses = steps.Select(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) ? u.ToString() : "").ToList();
        Assert.Contains("actions/deploy-pages@v4", uses);
        Assert.Contains("actions/upload-pages-artifact@v3", uses);
        Assert.Contains("actions/configure-pages@v5", uses);
        Assert.Contains("actions/cache@v4", uses);
        // Cards and resized images survive between runs, or the hourly build makes them all again.
        Assert.Contains(steps, s => s.Children.TryGetValue(new YamlScalarNode("with"), out var with)
            && ((YamlMappingNode)with).Children.TryGetValue(new YamlScalarNode("path"), out var path)
            && path.ToString() == "${{ env.SITE_DIR }}/.sitegen/images");
        Assert.Contains(steps, s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) && run.ToString().Contains("--version \"$SITEGEN_VERSION\"", StringComparison.Ordinal));
        // The installed tool is cached by the packages' digest: new packages with the same version number are installed.
        Assert.Contains(steps, s => s.Children.TryGetValue(new YamlScalarNode("with"), out var with)
            && ((YamlMappingNode)with).Children.TryGetValue(new YamlScalarNode("key"), out var key)
            && key.ToString() == "sitegen-${{ runner.os }}-${{ env.SITEGEN_VERSION }}-${{ hashFiles(format('{0}/{1}/*.nupkg', env.SITE_DIR, env.SITEGEN_FEED)) }}");
        Assert.Contains(steps, s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) && run.ToString().Contains("--base-url \"$BASE_URL/\"", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"(?<!\$)\{\{", text); // every starter placeholder filled; ${{ }} is GitHub's
    }

    [Fact]
    public void ThisRepositorysWorkflowsTestFirstThenDeployTheSample()
    {
        var pages = Load(Path.Combine(RepositoryPaths.Root, ".github/workflows/pages.yml"));
        var tests = Load(Path.Combine(RepositoryPaths.Root, ".github/workflows/tests.yml"));

        Assert.Equal("test", pages["jobs"]["build"]["needs"].ToString());
        Assert.Contains(Steps(pages, "test"), s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) && run.ToString().Contains("./build.ps1 test", StringComparison.Ordinal));
        Assert.Equal("content", pages["env"]["SITE_DIR"].ToString());
        Assert.Contains(Steps(pages, "deploy"), s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && u.ToString() == "actions/deploy-pages@v4");
        Assert.True(((YamlMappingNode)tests["on"]).Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.Contains(Steps(tests, "test"), s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) && run.ToString().Contains("./build.ps1 test", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void EveryWorkflowPassesActionlintWhereItIsInstalled()
    {
        var actionlint = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator).Select(p => Path.Combine(p, "actionlint")).FirstOrDefault(File.Exists);
        Skip.If(actionlint is null, "actionlint is not installed (it is not in Debian; see https://github.com/rhysd/actionlint): the workflows were only parsed as YAML");
        Init();

        foreach (var workflow in new[] { Path.Combine(Site, ".github/workflows/pages.yml"), Path.Combine(RepositoryPaths.Root, ".github/workflows/pages.yml"), Path.Combine(RepositoryPaths.Root, ".github/workflows/tests.yml") })
        {
            var lint = RunningProcess.Run(actionlint!, ["-no-color", workflow], TimeSpan.FromMinutes(2));
            Assert.True(lint.Succeeded, $"{workflow}:\n{lint.Output}");
        }
    }

    [Fact]
    public void RunFromASubFolderTheSiteAboveIsFoundAndPathsAreRelativeToTheFolder()
    {
        Init();
        var folder = Path.Combine(Site, "content/dispatches");
        File.WriteAllText(Path.Combine(folder, "broken.md"), "---\ntitle: Russia: day 5\ndate: 2024-03-01\n---\n");

        var build = Sitegen(folder, "build");
        var lint = Sitegen(folder, "lint");
        var added = Sitegen(folder, "new", "From below", "--date", "2024-03-05");

        Assert.Equal(1, build.Exit);
        Assert.Contains("broken.md(2,8): error SG0225: the value of 'title' has a colon and a space in it, which YAML reads as the start of another key; quote the value: title: \"Russia: day 5\"", build.Stderr, StringComparison.Ordinal);
        Assert.Contains("\nbroken.md(2,8): error SG0225", "\n" + lint.Stdout, StringComparison.Ordinal);
        Assert.Equal((0, "2024/2024-03-05-from-below.md\n"), (added.Exit, added.Stdout));

        // What the build leaves out is listed relative to this folder too.
        File.WriteAllText(Path.Combine(folder, "broken.md"), "---\ntitle: Held\ndate: 2024-03-01\ndraft: true\n---\nText.\n");
        var built = Sitegen(folder, "build");
        Assert.True(built.Exit == 0, built.Stderr);
        Assert.Contains("\n  broken.md: \"Held\", draft\n", built.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisnamedSiteYmlIsNamedAndTheSiteAboveIsNotBuiltInstead()
    {
        Init();
        var inner = Path.Combine(Site, "second");
        Directory.CreateDirectory(Path.Combine(inner, "content"));
        File.WriteAllText(Path.Combine(inner, "site.yaml"), "title: Second\n");
        var playbook = Path.Combine(Site, "deploy");
        Directory.CreateDirectory(playbook);
        File.WriteAllText(Path.Combine(playbook, "site.yaml"), "- hosts: all\n");

        var build = Sitegen(inner, "build");

        Assert.Equal(1, build.Exit);
        Assert.Equal("site.yaml: error SG0101: SiteGen reads its settings from site.yml, not site.yaml: rename the file to site.yml\n", build.Stderr);
        Assert.False(Directory.Exists(Path.Combine(Site, "_site")));
        Assert.False(Directory.Exists(Path.Combine(inner, "_site")));

        // Another tool's site.yaml (an Ansible playbook) with no content beside it is not a site.
        var fromPlaybook = Sitegen(playbook, "build");
        Assert.True(fromPlaybook.Exit == 0, fromPlaybook.Stderr);
        Assert.True(Directory.Exists(Path.Combine(Site, "_site")));
    }

    [Fact]
    public void ListShowsWhatIsWaitingWithDueTimesAndWhatExistsWithCounts()
    {
        Init();
        Sitegen(Site, "new", "Held back", "--date", "2024-03-01", "--draft", "--tags", "daily");
        Sitegen(Site, "new", "Later", "--date", "2099-06-01", "--time", "09:30", "--actors", "un");
        Sitegen(Site, "new", "Out", "--date", "2024-03-02", "--actors", "un", "--tags", "daily,vote");

        var all = Sitegen(Site, "list");
        var scheduled = Sitegen(Site, "list", "scheduled");
        var wrong = Sitegen(Site, "list", "posts");

        Assert.Equal(0, all.Exit);
        Assert.Matches(DraftLine(), all.Stdout);
        Assert.Contains("Scheduled: 1 (each goes live with the first build after its time, UTC)\n  2099-06-01 09:30  in ", all.Stdout, StringComparison.Ordinal);
        Assert.Contains("content/dispatches/2099/2099-06-01-later.md  Later\n", all.Stdout, StringComparison.Ordinal);
        Assert.Contains("Actors: 1 (id, published dispatches naming it, kind, name)\n  united-nations      2  organisation  United Nations\n", all.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tags: 3 (published dispatches with each)\n      1  daily\n      1  site-news\n      1  vote\n", all.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("Scheduled: 1", scheduled.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Actors:", scheduled.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, wrong.Exit);

        // An unknown actor as a build reports it: a warning in a scheduled dispatch, nothing in a draft, an error in a
        // published one.
        static string Dispatch(string title, string date, string extra = "") => $"---\ntitle: {title}\ndate: {date}\n{extra}actors: [Nobody Battalion]\n---\nText.\n";
        File.WriteAllText(Path.Combine(Site, "content/dispatches/2099/2099-07-01-unknown.md"), Dispatch("Unknown later", "2099-07-01"));
        File.WriteAllText(Path.Combine(Site, "content/dispatches/2024/2024-04-01-unknown.md"), Dispatch("Unknown draft", "2024-04-01", "draft: true\n"));
        var warned = Sitegen(Site, "list", "drafts");
        Assert.True(warned.Exit == 0, warned.Stderr);
        Assert.Equal(
            "content/dispatches/2099/2099-07-01-unknown.md(4,10): warning SG0301: unknown actor 'Nobody Battalion' in a dispatch scheduled for 2099-07-01 00:00 +00:00: the build of that day will fail on it",
            warned.Stderr.Split('\n').First(l => l.Contains("SG0301", StringComparison.Ordinal)).Split(';')[0]);
        Assert.Single(Regex.Matches(warned.Stderr, "SG0301"));
        File.WriteAllText(Path.Combine(Site, "content/dispatches/2024/2024-05-01-unknown.md"), Dispatch("Unknown now", "2024-05-01"));
        var refused = Sitegen(Site, "list", "drafts");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("content/dispatches/2024/2024-05-01-unknown.md(4,10): error SG0301: unknown actor 'Nobody Battalion'", refused.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Drafts: 1 \(built only with --drafts; set draft: false to publish\)\n  2024-03-01 00:00  content/dispatches/2024/2024-03-01-held-back\.md  Held back\n")]
    private static partial Regex DraftLine();

    private static YamlMappingNode Load(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        ((YamlSequenceNode)workflow["jobs"][job]["steps"]).Children.Cast<YamlMappingNode>();
}

using FsCheck;
using FsCheck.Fluent;

namespace SiteGen.Tests.Output.Support;

/// <summary>
/// One thing a user does to a site between two builds. <see cref="Apply"/> makes the change and says whether the
/// next build must run (true) or may say that nothing changed (false).
/// </summary>
public sealed record SiteChange(string Name, Func<ChangingSite, bool> Apply)
{
    public override string ToString() => Name;

    public static Gen<SiteChange[]> Sequence() => Gen.Elements(All).ArrayOf(6);

    private static int _counter;

    private static string Next() => Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly SiteChange[] All =
    [
        new("edit a dispatch", site =>
        {
            File.AppendAllText(DispatchA(site), $"\nAnother paragraph {Next()}.\n");
            return true;
        }),
        new("add a dispatch", site =>
        {
            var n = Next();
            site.Write(site.Layout.Content($"dispatches/2023/new-{n}.md"), ChangingSite.Dispatch($"New {n}", "2023-01-02", "Ukraine", "Added later."));
            return true;
        }),
        new("delete or restore a dispatch", site => Toggle(site, site.Layout.Content("dispatches/2022/b.md"),
            ChangingSite.Dispatch("Bravo", "2022-05-16", "Ukraine", "The second dispatch names Ukraine."))),
        new("rename a dispatch's file", site =>
        {
            File.Move(DispatchA(site), site.FullPath(site.Layout.Content($"dispatches/2022/a-{Next()}.md")));
            return true;
        }),
        new("save a dispatch by renaming a temporary file over it", site =>
        {
            var path = site.FullPath(site.Layout.Content("dispatches/2022/b.md"));
            var text = File.Exists(path) ? File.ReadAllText(path) : ChangingSite.Dispatch("Bravo", "2022-05-16", "Ukraine", "Restored.");
            File.WriteAllText(path + ".tmp", text + $"Saved through a temporary file {Next()}.\n");
            File.Move(path + ".tmp", path, overwrite: true);
            return true;
        }),
        new("save a dispatch twice within one tick of the file system's clock", site =>
        {
            site.SaveWithinOneTick(int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }),
        new("edit an actor", site => Append(site, site.Layout.Content("actors/belarus.md"), $"More about Belarus {Next()}.\n")),
        new("add an actor", site =>
        {
            var n = Next();
            site.Write(site.Layout.Content($"actors/actor-{n}.md"), $"---\nname: Actor {n}\nkind: organisation\n---\nNew.\n");
            return true;
        }),
        new("delete or restore a page", site => Toggle(site, site.Layout.Content("pages/about.md"), "---\ntitle: About\n---\nAbout this site.\n\n![A photo](/images/photo.png)\n")),
        new("replace an image a page shows", site =>
        {
            // Always other bytes: the counter is shared by every test, so a width from it alone may be the one
            // already there, and then nothing changed and "nothing changed" is the right answer.
            var path = site.FullPath("static/images/photo.png");
            var old = File.Exists(path) ? File.ReadAllBytes(path) : [];
            var png = Images.TestImages.TransparentPng(800 + (int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) % 200), 500);
            for (var width = 1000; png.AsSpan().SequenceEqual(old); width++)
            {
                png = Images.TestImages.TransparentPng(width, 500);
            }

            File.WriteAllBytes(path, png);
            return true;
        }),
        new("edit a static file", site => Append(site, "static/images/map.svg", $"<!-- {Next()} -->\n")),
        new("add a static file", site =>
        {
            site.Write($"static/files/note-{Next()}.txt", "a note\n");
            return true;
        }),
        new("edit a template or the theme", site => site.Layout.TemplateFolder is { } templates
            ? Append(site, $"{templates}/partials/footer.sbn", $"<!-- footer {Next()} -->\n")
            : Rewrite(site, "site.yml", site.SiteYml($"copyright: \"Edited {Next()}\"\n"))),
        new("edit site.yml", site => Rewrite(site, "site.yml", site.SiteYml($"description: \"Described {Next()}\"\n"))),
        new("save a dispatch without changing it", site =>
        {
            var path = site.FullPath(site.Layout.Content("dispatches/2022/c.md"));
            File.WriteAllBytes(path, File.ReadAllBytes(path));
            return false;
        }),
        new("write a log and an editor's backup beside the site", site =>
        {
            site.Write("serve.log", $"rebuilt {Next()}\n");
            site.Write("nohup.out", $"line {Next()}\n");
            site.Write(site.Layout.Content(".a.md.swp"), "swap");
            return false;
        }),
        new("delete a file of the output", site =>
        {
            File.Delete(Path.Combine(site.Output, "index.html"));
            return true;
        }),
        new("alter a file of the output", site =>
        {
            File.WriteAllText(Path.Combine(site.Output, "index.html"), "defaced");
            return true;
        }),
        new("add a file to the output", site =>
        {
            File.WriteAllText(Path.Combine(site.Output, $"stray-{Next()}.html"), "stray");
            return true;
        }),
        new("let time pass", site =>
        {
            var due = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
            var before = site.Now;
            site.Now = site.Now.AddDays(20);
            return before < due && site.Now >= due;
        }),
    ];

    /// <summary>The first dispatch's file, wherever renames have taken it.</summary>
    private static string DispatchA(ChangingSite site) =>
        Directory.GetFiles(site.FullPath(site.Layout.Content("dispatches/2022")), "a*.md").Single();

    private static bool Append(ChangingSite site, string path, string text)
    {
        File.AppendAllText(site.FullPath(path), text);
        return true;
    }

    private static bool Rewrite(ChangingSite site, string path, string text)
    {
        site.Write(path, text);
        return true;
    }

    private static bool Toggle(ChangingSite site, string path, string text)
    {
        var full = site.FullPath(path);
        if (File.Exists(full))
        {
            File.Delete(full);
        }
        else
        {
            site.Write(path, text);
        }

        return true;
    }
}

namespace SiteGen.Tests.Support;

/// <summary>The Python check run by feedparser tests: no bozo, and every entry with title, link, id and dates.</summary>
public static class FeedparserScript
{
    public static string Path { get; } = Write();

    private static string Write()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-check-feeds.py");
        File.WriteAllText(path, """
            import json, os, sys, feedparser
            folder = sys.argv[1]
            bad = []
            count = 0
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                count += 1
                if name.endswith(".json"):
                    # feedparser reads XML feeds; JSON Feed is checked for the same fields by hand.
                    feed = json.load(open(path, encoding="utf-8"))
                    if feed.get("version") != "https://jsonfeed.org/version/1.1":
                        bad.append(f"{name}: version")
                    for item in feed["items"]:
                        for key in ("id", "url", "title", "date_published"):
                            if not item.get(key):
                                bad.append(f"{name}: item without {key}")
                    continue
                parsed = feedparser.parse(path)
                if parsed.bozo:
                    bad.append(f"{name}: bozo {parsed.bozo_exception!r}")
                for entry in parsed.entries:
                    for key in ("title", "link", "id"):
                        if not entry.get(key):
                            bad.append(f"{name}: entry without {key}")
                    if not (entry.get("published_parsed") or entry.get("updated_parsed")):
                        bad.append(f"{name}: entry without dates")
            if bad:
                print("\n".join(bad))
                sys.exit(1)
            print(f"{count} feeds ok")
            """);
        return path;
    }
}

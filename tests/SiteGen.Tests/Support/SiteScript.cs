using System.Text.Json;

namespace SiteGen.Tests.Support;

/// <summary>
/// Runs the default theme's <c>site.js</c> under node, as a page would load it, then a test's script against it: how
/// the tests check that the browser's search cuts words and answers queries as the index builder meant.
/// </summary>
/// <remarks>
/// The test's script sees <c>search</c> (<c>window.sitegenSearch</c>), <c>input</c> (what the test passed, as JSON),
/// <c>readIndex(file)</c> (a promise of a file of the built search index, rejected as a 404 for a file it lacks) and
/// node's <c>fs</c> and <c>path</c>; it prints its answer as JSON, which <see cref="Run{T}"/> returns.
/// </remarks>
public static class SiteScript
{
    private const string Preamble = """
        "use strict";
        const fs = require("fs"), path = require("path"), vm = require("vm");
        const [script, index, json] = process.argv.slice(2);
        const input = JSON.parse(json);
        const stub = { setAttribute() {}, getAttribute() { return null; } };
        const context = { window: {}, localStorage: { getItem() { return null; } }, URL, console };
        context.document = { readyState: "complete", documentElement: stub, querySelector() { return null; }, getElementById() { return null; }, querySelectorAll() { return []; } };
        vm.createContext(context);
        vm.runInContext(fs.readFileSync(script, "utf8"), context);
        const search = context.window.sitegenSearch;
        const readIndex = (file) => {
          const full = path.join(index, file);
          return fs.existsSync(full) ? Promise.resolve(JSON.parse(fs.readFileSync(full, "utf8"))) : Promise.reject(new Error(file + ": 404"));
        };

        """;

    /// <summary>
    /// Runs <paramref name="script"/> with <paramref name="input"/>, the search index of <paramref name="output"/>'s
    /// files (if given) on disk for it, and reads what it prints; skips the test where node is not installed.
    /// </summary>
    public static T Run<T>(string script, object input, IReadOnlyDictionary<string, byte[]>? output = null, JsonSerializerOptions? options = null)
    {
        var node = File.Exists("/usr/bin/node") ? "/usr/bin/node" : null;
        Testing.MachineRequirement.Need(node is null ? "node is not installed (apt-get install nodejs)" : null);
        using var folder = Testing.TemporaryFolder.Create("sitegen-site-script-");
        foreach (var (path, bytes) in (output ?? new Dictionary<string, byte[]>()).Where(f => f.Key.StartsWith("search/index/", StringComparison.Ordinal)))
        {
            var file = folder.FullPath("index/" + path["search/index/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }

        folder.Write("run.js", Preamble + script);
        var run = Testing.RunningProcess.Run(node!, [folder.FullPath("run.js"), Testing.RepositoryPaths.Combine("themes/default/assets/site.js"), folder.FullPath("index"), JsonSerializer.Serialize(input)], TimeSpan.FromMinutes(1));
        Assert.True(run.Succeeded, run.Output);
        return JsonSerializer.Deserialize<T>(run.Stdout, options)!;
    }
}

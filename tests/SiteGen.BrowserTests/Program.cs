using SiteGen.BrowserTests.Screenshots;

// `dotnet run --project tests/SiteGen.BrowserTests -- screenshots [folder]` (build.ps1 screenshots).
// The tests themselves run under `dotnet test`, which never calls this.
if (args is ["screenshots", ..])
{
    var folder = args.Length > 1 ? Path.GetFullPath(args[1]) : RepositoryPaths.Combine("docs/screenshots");
    return await ScreenshotTaker.RunAsync(folder);
}

Console.Error.WriteLine("usage: dotnet run --project tests/SiteGen.BrowserTests -- screenshots [output folder]");
return 2;

#!/usr/bin/env -S dotnet run
#:package NetVips@3.2.0
#:package NetVips.Native@8.18.7
#:property ManagePackageVersionsCentrally=false
#:property TreatWarningsAsErrors=false

// Adds distinct raster images to a corpus from gen_corpus.py --format sitegen and makes its dispatches show them:
// half JPEG photographs (noise over a gradient, like a photo's detail), half PNG maps with transparency.
// Dispatch k (in path order) takes image k mod N as its lead image and wherever its body repeated the old one.
//
//   dotnet run tests/SiteGen.Benchmarks/images/gen_images.cs -- /tmp/images/sg-10000 1000
using System.Text.RegularExpressions;
using NetVips;

var site = args[0];
var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var folder = Path.Combine(site, "static", "images", "photos");
Directory.CreateDirectory(folder);
Cache.Max = 0;
var random = new Random(20);
var names = new string[count];
var sizes = Enumerable.Range(0, count).Select(_ => (W: random.Next(1000, 2200), H: random.Next(600, 1400))).ToArray();
Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
{
    var (w, h) = sizes[i];
    var photo = i % 2 == 0;
    names[i] = $"img-{i:D4}.{(photo ? "jpg" : "png")}";
    var path = Path.Combine(folder, names[i]);
    if (File.Exists(path))
    {
        return;
    }

    using var xyz = Image.Xyz(w, h);
    using var gradient = (xyz[0] * (200.0 / w) + (i % 50)).Bandjoin(xyz[1] * (200.0 / h), (xyz[0] + xyz[1]) * (100.0 / (w + h)) + 40);
    if (photo)
    {
        using var noise = Image.Gaussnoise(w, h, sigma: 18, mean: 0);
        using var image = (gradient + noise).Cast(Enums.BandFormat.Uchar);
        image.Jpegsave(path, q: 88);
    }
    else
    {
        // A map: flat land, a grid of roads, transparent outside a circle.
        using var roads = ((xyz[0] % 97) < 3) | ((xyz[1] % 89) < 3);
        using var land = roads.Ifthenelse(new double[] { 60, 60, 60 }, gradient).Cast(Enums.BandFormat.Uchar);
        using var centre = ((xyz[0] - (w / 2)).Pow(2) + (xyz[1] - (h / 2)).Pow(2)) < Math.Pow(Math.Min(w, h) / 2.0, 2);
        using var alpha = centre.Cast(Enums.BandFormat.Uchar);
        using var image = land.Bandjoin(alpha);
        image.Pngsave(path, compression: 6);
    }
});

var dispatches = Directory.EnumerateFiles(Path.Combine(site, "content", "dispatches"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var svg = new Regex(@"/images/bench/map-\d+\.svg");
for (var k = 0; k < dispatches.Count; k++)
{
    var text = File.ReadAllText(dispatches[k]);
    File.WriteAllText(dispatches[k], svg.Replace(text, "/images/photos/" + names[k % count]));
}

var bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
Console.WriteLine($"{count} images ({bytes / 1048576.0:F0} MB) in {folder}; {dispatches.Count} dispatches point at them");

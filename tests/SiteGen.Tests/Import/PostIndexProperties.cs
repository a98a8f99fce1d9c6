using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Import.Model;
using SiteGen.Import.Writing;

namespace SiteGen.Tests.Import;

/// <summary>
/// The index that finds the posts an earlier import wrote finds exactly those <see cref="PostRecord.IsSame"/> says, in
/// their order, as comparing the post with every one of them would.
/// </summary>
public sealed class PostIndexProperties
{
    private static readonly Gen<PostRecord> Records =
        from id in Gen.Elements<string?>(null, "blog.example/?p=1", "blog.example/?p=2", "other.example/?p=1")
        from url in Gen.Elements<string?>(null, "blog.example/a/", "blog.example/b/")
        from guid in Gen.Elements<string?>(null, "blog.example/?p=1", "BLOG.example/?p=1", "blog.example/?p=2")
        from title in Gen.Elements("Talks", "Aid")
        from day in Gen.Elements<string?>(null, "2022-05-15", "2022-05-16")
        from source in Gen.Elements<ImportedSource?>(null, ImportedSource.Export, ImportedSource.SavedPage)
        select new PostRecord { BlogPostId = id, OldUrl = url, Guid = guid, Title = title, Day = day, From = source };

    [Property(MaxTest = 500)]
    public Property TheIndexFindsWhatComparingWithEveryPostFinds() =>
        Prop.ForAll(Gen.ListOf(Records).Select(l => l.ToList()).ToArbitrary(), Records.ToArbitrary(), (earlier, post) =>
        {
            var written = earlier.Select((p, i) => ($"content/dispatches/2022/{i}.md", p)).ToList();
            return new PostIndex(written).Same(post).SequenceEqual(written.Where(w => w.p.IsSame(post)));
        });
}

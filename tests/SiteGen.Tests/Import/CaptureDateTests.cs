using SiteGen.Diagnostics;
using SiteGen.Import.Text;

namespace SiteGen.Tests.Import;

/// <summary>The day and series a scraped capture gives, in the ways blogs write a date in a title or under it.</summary>
public sealed class CaptureDateTests
{
    private const string Body = "\n\nThe front holds.\n\nPublished by\n\nCreate a website or blog at\n";

    [Theory]
    [InlineData("Russo-Ukrainian War 5/15/22", "2022-05-15", "Russo-Ukrainian War")]
    [InlineData("Russo-Ukrainian War 12/1/2022", "2022-12-01", "Russo-Ukrainian War")]
    [InlineData("Russo-Ukrainian War 5/17/22 – Evening update", "2022-05-17", "Russo-Ukrainian War")]
    [InlineData("Russo-Ukrainian War 5/17/22 (Part 2)", "2022-05-17", "Russo-Ukrainian War")]
    [InlineData("Russo-Ukrainian War, May 16, 2022", "2022-05-16", "Russo-Ukrainian War")]
    [InlineData("Black Sea report: 16 Sept 2022", "2022-09-16", "Black Sea report")]
    [InlineData("Russo-Ukrainian War 2022-05-16", "2022-05-16", "Russo-Ukrainian War")]
    [InlineData("Lagebericht 17.05.22", "2022-05-17", "Lagebericht")]
    [InlineData("Lagebericht, 17. Mai 2022", "2022-05-17", "Lagebericht")]
    [InlineData("5/15/22", "2022-05-15", null)]
    public void ATitleEndingInADateGivesTheDayAndTheSeries(string title, string day, string? series)
    {
        var post = Assert.Single(ScrapedTextReader.Read(title + Body, "capture.txt", new DiagnosticBag()).Posts);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(post.Date!.Value.DateTime));
        Assert.Equal(series, post.Series);
        Assert.Equal(title, post.Title);
        Assert.Equal("The front holds.", post.Body);
    }

    [Theory]
    [InlineData("May 20, 2022")]
    [InlineData("Posted on May 20, 2022")]
    [InlineData("Posted on May 20, 2022 by Jana")]
    [InlineData("Friday, May 20, 2022 at 10:15 am")]
    [InlineData("20 May 2022")]
    [InlineData("20.05.2022")]
    [InlineData("Veröffentlicht am 20. Mai 2022 von Jana")]
    [InlineData("2022-05-20")]
    public void ADateLineUnderTheTitleGivesTheDay(string line)
    {
        var post = Assert.Single(ScrapedTextReader.Read("Notes from Minsk\n" + line + Body, "capture.txt", new DiagnosticBag()).Posts);

        Assert.Equal(new DateOnly(2022, 5, 20), DateOnly.FromDateTime(post.Date!.Value.DateTime));
        Assert.Null(post.Series);
        Assert.Equal("The front holds.", post.Body);
    }

    [Theory]
    [InlineData("The war in 2022-2023")]
    [InlineData("Day 100: 13/45/22")]
    [InlineData("Kyiv, 31/2/2022")]
    [InlineData("Weekly summary 5/9/22 – 5/15/22")]
    [InlineData("Ukraine since 24 February 2022")]
    [InlineData("Top 10 March 2023")]
    [InlineData("Kyiv 24.2")]
    public void ATitleWithoutARealDateIsSkippedAndSaysHowToDateIt(string title)
    {
        var diagnostics = new DiagnosticBag();

        var result = ScrapedTextReader.Read(title + Body, "capture.txt", diagnostics);

        Assert.Empty(result.Posts);
        var warning = Assert.Single(diagnostics.ToSortedList(), d => d.Code == "SG0604");
        Assert.Contains("add the post's date on the line after the title", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDateLineUnderTheTitleIsThePostsDayWhateverDayTheTitleNames()
    {
        var post = Assert.Single(ScrapedTextReader.Read("2/24/22 – one year on\nFebruary 24, 2023" + Body, "capture.txt", new DiagnosticBag()).Posts);

        Assert.Equal(new DateOnly(2023, 2, 24), DateOnly.FromDateTime(post.Date!.Value.DateTime));
        Assert.Equal("The front holds.", post.Body);
    }

    [Theory]
    [InlineData("Photo: AP", null, "AP")]
    [InlineData("Photo credit: Reuters/Gleb Garanich", null, "Reuters/Gleb Garanich")]
    [InlineData("A tank near Izium. (Photo: AP)", "A tank near Izium.", "AP")]
    [InlineData("A tank near Izium. (Image via Jana Shnipelson)", "A tank near Izium.", "Jana Shnipelson")]
    public void ACreditLineUnderTheTitleIsTheImagesCredit(string line, string? caption, string credit)
    {
        var post = Assert.Single(ScrapedTextReader.Read("Russo-Ukrainian War 5/15/22\n\n" + line + Body, "capture.txt", new DiagnosticBag()).Posts);

        Assert.Equal(caption, post.Image?.Caption);
        Assert.Equal(credit, post.Image?.Credit);
        Assert.Equal("The front holds.", post.Body);
    }

    [Fact]
    public void AFirstSentenceThatStartsLikeACreditStaysTheAuthors()
    {
        var post = Assert.Single(ScrapedTextReader.Read("Russo-Ukrainian War 5/15/22\n\nPhoto: the bridge at Zatoka after the third strike this week, taken by a resident." + Body, "capture.txt", new DiagnosticBag()).Posts);

        Assert.Null(post.Image);
        Assert.StartsWith("Photo: the bridge at Zatoka", post.Body, StringComparison.Ordinal);
    }
}

using System.Globalization;
using SiteGen.Content;

namespace SiteGen.Tests.Content;

public sealed class DateParserTests
{
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

    [Theory]
    [InlineData("2026-10-31T08:00+03:00")]
    [InlineData("2026-10-31T08:00:00+03:00")]
    [InlineData("2026-10-31 08:00:00+03:00")]
    [InlineData("2026-10-31T08:00:00.5-04:30")]
    [InlineData("2026-10-31T08:00:00.1234567+00:00")]
    [InlineData("2026-10-31T08:00:00.12345678+00:00")]
    [InlineData("2026-10-31T08:00:00Z")]
    [InlineData("2026-10-31T08:00:00z")]
    [InlineData("2026-10-31T08:00Z")]
    [InlineData("2026-10-31 08:00z")]
    [InlineData("2026-10-31T08:00:00+0300")]
    [InlineData("2026-10-31T08:00:00-1400")]
    [InlineData("2026-10-31T08:00:00+14:00")]
    [InlineData("2026-10-31T08:00:00+15:00")]
    [InlineData("2026-10-31Z")]
    [InlineData("2026-10-31+02:00")]
    [InlineData("2026-02-29T08:00:00+02:00")]
    [InlineData("2028-02-29T23:59:59+02:00")]
    [InlineData("2026-10-31T24:00:00+02:00")]
    [InlineData("2026-10-31T8:00:00+02:00")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("2026-03-29T03:30:00+03:00")]
    [InlineData("2026-10-25T03:30:00+02:00")]
    [InlineData("2026-10-31 08:00:00 +0300")]
    [InlineData("2026-10-31 08:00:00 -04:30")]
    [InlineData("2026-10-31 08:00 Z")]
    public void DatesWithAnOffsetReadAsTheGeneralParserReadsThem(string text)
    {
        var parsed = DateParser.TryParse(text, Kyiv, out var date);

        // Jekyll's "2026-10-31 08:00:00 +0300": the space before the offset goes, the one before the time is a T.
        var normalised = System.Text.RegularExpressions.Regex.Replace(text.Trim(), @"\s+(?=[zZ+-][\d:]*$)", string.Empty).Replace(' ', 'T');
        normalised = normalised.EndsWith('z') ? normalised[..^1] + "Z" : normalised;
        var expected = DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.None, out var general);
        Assert.Equal(expected, parsed);
        if (expected)
        {
            var inZone = TimeZoneInfo.ConvertTime(general, Kyiv);
            Assert.Equal(inZone, date);
            Assert.Equal(inZone.Offset, date.Offset);
        }
    }

    [Theory]
    [InlineData("2026-10-31")]
    [InlineData("2026-10-31T08:00")]
    [InlineData("2026-10-31T08:00:00")]
    [InlineData("2026-10-31 08:00")]
    [InlineData("2026-10-31 08:00:00")]
    [InlineData("2026-10-31T08:00:00.125")]
    [InlineData("2026-10-31 08:00:00.1234567")]
    [InlineData("2026-10-31T08:00:00.12345678")]
    [InlineData("2026-02-30")]
    [InlineData("2026-10-31T8:00")]
    [InlineData("2026/10/31")]
    [InlineData("31-10-2026")]
    [InlineData("2026-10-31GMT")]
    [InlineData("2026-10-31t08:00")]
    public void LocalDatesReadAsTheUnquotedFormatsReadThem(string text)
    {
        string[] unquoted = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];
        var parsed = DateParser.TryParse(text, Kyiv, out var date);

        var expected = DateTime.TryParseExact(text, unquoted, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
        Assert.Equal(expected, parsed);
        if (expected)
        {
            Assert.Equal(DateParser.FromLocal(local, Kyiv), date);
            Assert.Equal(DateParser.FromLocal(local, Kyiv).Offset, date.Offset);
        }
    }
}

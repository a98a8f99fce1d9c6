using SiteGen.Text;

namespace SiteGen.Tests.Text;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Russo-Ukrainian War 5/15/22", "russo-ukrainian-war-5-15-22")]
    [InlineData("Kastuś Kalinoŭski Battalion", "kastus-kalinouski-battalion")]
    [InlineData("Łukašenka", "lukasenka")]
    [InlineData("Лукашэнка", "lukashenka")]
    [InlineData("Олександр Сирський", "oleksandr-sirskii")]
    [InlineData("Юрій Ткачук", "iurii-tkachuk")]
    [InlineData("Вадзім Кабанчук", "vadzim-kabanchuk")]
    [InlineData("Рустем Умєров", "rustem-umierov")]
    [InlineData("Куп'янськ", "kup-iansk")]
    [InlineData("Куп’янськ і Зап’оріжжя", "kup-iansk-i-zap-orizhzhia")]
    [InlineData("Купʼянськ", "kup-iansk")]
    [InlineData("Торецьк", "toretsk")]
    [InlineData("Putin's plan", "putin-s-plan")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Straße", "strasse")]
    [InlineData("Oʻzbekiston", "o-zbekiston")]
    [InlineData("Љубљана", "ljubljana")]
    [InlineData("Ђорђе Вучић", "djordje-vuchic")]
    [InlineData("Қазақстан Өскемен", "qazaqstan-oskemen")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("!!!", "untitled")]
    [InlineData("", "untitled")]
    public void SlugsAreLowerCaseAsciiWithOneTransliterationScheme(string text, string slug)
    {
        Assert.Equal(slug, Slugifier.Slugify(text));
    }

    [Theory]
    [InlineData("kalinouski")]
    [InlineData("russo-ukrainian-war-5-15-22")]
    public void SlugsAreIdempotent(string slug)
    {
        Assert.Equal(slug, Slugifier.Slugify(slug));
        Assert.True(Slugifier.IsValid(slug));
    }

    [Theory]
    [InlineData("点滴生活", "点滴生活")]
    [InlineData("Python 入门", "python-入门")]
    [InlineData("Café 入门!", "cafe-入门")]
    [InlineData("ΑΘΗΝΑ και Σπάρτη", "αθηνα-και-σπάρτη")]
    [InlineData("हिन्दी समाचार", "हिन्दी-समाचार")]
    [InlineData("أخبار اليوم", "أخبار-اليوم")]
    [InlineData("Київ 2022", null)]
    [InlineData("Купʼянськ", null)]
    [InlineData("Купʼянськ 乌克兰", "kup-iansk-乌克兰")]
    [InlineData("Straße", null)]
    [InlineData("Oʻzbekiston", null)]
    [InlineData("Љубљана", null)]
    [InlineData("Ђорђе Вучић", null)]
    [InlineData("Қазақстан Өскемен", null)]
    [InlineData("\u0391\u03B8\u03AE\u03BD\u03B1", "αθήνα")]
    [InlineData("\u0391\u03B8\u03B7\u0301\u03BD\u03B1", "αθήνα")]
    [InlineData("東京々 ラーメン", "東京々-ラーメン")]
    public void NamesInScriptsWithoutALatinFormKeepTheirLetters(string text, string? slug)
    {
        Assert.Equal(slug, Slugifier.KeepingScripts(text));
    }

    [Theory]
    [InlineData("乌克兰战况简报", "乌克兰战况简报")]
    [InlineData("موجز الحرب في أوكرانيا", "موجز-الحرب-في-أوكرانيا")]
    [InlineData("מבזק מלחמה", "מבזק-מלחמה")]
    [InlineData("საქართველოს ომი", "საქართველოს-ომი")]
    [InlineData("Зведення ЗСУ 07.12", "zvedennia-zsu-07-12")]
    [InlineData("Putin's plan", "putin-s-plan")]
    [InlineData("!!!", "untitled")]
    public void TitlesKeepTheLettersOfScriptsWithoutALatinForm(string text, string slug)
    {
        Assert.Equal(slug, Slugifier.Of(text));
    }
}

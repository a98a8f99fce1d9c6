namespace SiteGen.Diagnostics;

/// <summary>The stable codes of every diagnostic SiteGen reports; the README lists them with their meaning.</summary>
public static class DiagnosticCodes
{
    public const string Internal = "SG0001";
    public const string InvalidOption = "SG0002";

    public const string ConfigMissing = "SG0101";
    public const string ConfigSyntax = "SG0102";
    public const string ConfigUnknownKey = "SG0103";
    public const string ConfigInvalidValue = "SG0104";
    public const string ConfigBaseUrl = "SG0105";
    public const string ConfigTimeZone = "SG0106";
    public const string ConfigPermalink = "SG0107";

    public const string NotUtf8 = "SG0201";
    public const string BinaryFile = "SG0202";
    public const string EmptyFile = "SG0203";
    public const string FrontMatterNotClosed = "SG0204";
    public const string FrontMatterSyntax = "SG0205";
    public const string MissingField = "SG0206";
    public const string InvalidDate = "SG0207";
    public const string UnknownField = "SG0208";
    public const string InvalidField = "SG0209";
    public const string DuplicateUrl = "SG0210";
    public const string InvalidSlug = "SG0211";
    public const string TabIndentation = "SG0212";
    public const string MissingFrontMatter = "SG0213";
    public const string FileTooLarge = "SG0214";
    public const string FutureDated = "SG0215";
    public const string SlugCollision = "SG0216";
    public const string ControlCharacter = "SG0217";
    public const string NoDispatchFolder = "SG0218";
    public const string CommaSeparatedList = "SG0219";
    public const string NoText = "SG0220";
    public const string UnquotedColon = "SG0225";
    public const string IconMissing = "SG0230";
    public const string ThemeColorInvalid = "SG0231";

    // SG0235-SG0239: readers' leftovers (WordPress term slugs and post ids).
    public const string WordPressSlugUnusable = "SG0235";
    public const string WordPressSlugUnknownTerm = "SG0236";
    public const string WordPressIdUnusable = "SG0237";
    public const string WordPressIdClaimedTwice = "SG0238";
    public const string WordPressAttachmentUnusable = "SG0239";

    // SG0250-SG0259: taxonomy pages and date archives.
    public const string TaxonomyFolder = "SG0250";
    public const string TermWithoutSlug = "SG0251";

    public const string ImageUnreadable = "SG0240";
    public const string ImageFormatUnsupported = "SG0241";
    public const string SocialCardFailed = "SG0242";

    public const string UnknownActor = "SG0301";
    public const string AliasCollision = "SG0302";
    public const string UnknownParent = "SG0303";
    public const string UntaggedMention = "SG0304";
    public const string ParentCycle = "SG0305";

    public const string TemplateSyntax = "SG0401";
    public const string TemplateRender = "SG0402";
    public const string MissingLayout = "SG0403";

    public const string OutputFailed = "SG0501";
    public const string BuildLocked = "SG0502";
    public const string BrokenLink = "SG0503";
    public const string MissingImage = "SG0504";
    public const string OutputSize = "SG0505";
    public const string UpToDate = "SG0506";
    public const string DraftsInOutput = "SG0507";
    public const string UrlLost = "SG0508";

    public const string ImportUnreadable = "SG0601";
    public const string ImportUnknownFormat = "SG0602";
    public const string ImportEditedTarget = "SG0603";
    public const string ImportSkipped = "SG0604";
    public const string ImportUnsafeXml = "SG0605";
    public const string ImportProtected = "SG0606";
    public const string ImportTargetClash = "SG0607";
    public const string ImportActorSuggested = "SG0608";

    // SG0609-SG0619: clippings, saved pages of any theme, characters cleaned from inputs.
    public const string ImportAlreadyDispatch = "SG0609";
    public const string ImportMainContentGuessed = "SG0610";
    public const string ImportControlCharacter = "SG0611";
    public const string ImportClipDate = "SG0612";
    public const string ImportClippingField = "SG0613";
    public const string ImportPartOfPost = "SG0614";
    public const string ImportCopyReplaced = "SG0615";
    public const string ImportPostMoved = "SG0616";
    public const string ImportTextUnmatched = "SG0617";

    // SG0620-SG0629: converting imported content.
    public const string ImportEmbedKeptAsText = "SG0620";
    public const string ImportContentNotInExport = "SG0621";

    // SG0630-SG0649: migrating a whole export (dates, repairs, the build gate, time zone, media).
    public const string ImportNoDate = "SG0630";
    public const string ImportRepairedXml = "SG0631";
    public const string ImportCharacterTakenOut = "SG0632";
    public const string ImportItemRefused = "SG0633";
    public const string ImportTimeZone = "SG0634";
    public const string ImportMediaMissing = "SG0635";
    public const string ImportMediaFetchFailed = "SG0636";
    public const string ImportTermsMerged = "SG0637";
    public const string ImportMediaRefused = "SG0638";
    public const string ImportDamagedText = "SG0639";
    public const string ImportMediaNameRefused = "SG0640";
    public const string ImportManifestIgnored = "SG0641";
    public const string ImportSavedFileMissing = "SG0642";

    public const string InitRefused = "SG0801";
    public const string InitWithoutToolPackages = "SG0802";
    public const string ThemeCopyRefused = "SG0803";
}

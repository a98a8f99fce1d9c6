using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SiteGen.Import.Html;

namespace SiteGen.Import.Wxr;

/// <summary>
/// A synced pattern's text changed for one post (WordPress 6.5's pattern overrides): the post's
/// <c>&lt;!-- wp:block {"ref":12,"content":{"Heading":{"content":"Kherson, day 3"}}} /--&gt;</c> names, by each block's
/// <c>metadata.name</c>, the attributes it shows instead of the pattern's own. WordPress applies them to the blocks
/// of the pattern bound to <c>core/pattern-overrides</c>, and only to the attributes it supports, so this does too.
/// </summary>
internal static partial class PatternOverrides
{
    private static readonly Dictionary<string, string[]> SupportedAttributes = new(StringComparer.Ordinal)
    {
        ["paragraph"] = ["content"],
        ["heading"] = ["content"],
        ["image"] = ["url", "alt", "title", "caption"],
        ["button"] = ["url", "text", "linkTarget", "rel"],
    };

    /// <summary>
    /// The post's overrides from the reference's attributes, by block name then attribute: WordPress 6.6 names them
    /// <c>content</c>, 6.5 named them <c>overrides</c>. Empty when the post changed nothing.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Of(JsonElement attributes)
    {
        var found = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (attributes.ValueKind != JsonValueKind.Object)
        {
            return found;
        }

        var overrides = attributes.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object ? content
            : attributes.TryGetProperty("overrides", out var legacy) && legacy.ValueKind == JsonValueKind.Object ? legacy
            : default;
        if (overrides.ValueKind != JsonValueKind.Object)
        {
            return found;
        }

        foreach (var block in overrides.EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Object))
        {
            // A format the block editor wrote for a while held each block's values under "values"; WordPress unwraps it.
            var named = block.Value.TryGetProperty("values", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object ? wrapped : block.Value;
            var values = named.EnumerateObject()
                .Where(a => a.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(a => a.Name, a => a.Value.GetString()!, StringComparer.Ordinal);
            if (values.Count > 0)
            {
                found[block.Name] = values;
            }
        }

        return found;
    }

    /// <summary>The pattern's blocks with the post's values in the blocks bound to pattern overrides.</summary>
    public static string Apply(string pattern, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> overrides)
    {
        if (overrides.Count == 0)
        {
            return pattern;
        }

        return OverridableBlock().Replace(pattern, match =>
        {
            var type = match.Groups["type"].Value;
            if (match.Groups["close"].Value != type || Bound(match.Groups["attributes"].Value, type) is not { } bound
                || !overrides.TryGetValue(bound.Name, out var values))
            {
                return match.Value;
            }

            var body = FragmentParser.Body(match.Groups["html"].Value);
            var changed = false;
            foreach (var (attribute, value) in values)
            {
                if (bound.Attributes.Contains(attribute))
                {
                    changed |= Set(body, type, attribute, value);
                }
            }

            return changed ? match.Groups["open"].Value + body.InnerHtml + match.Groups["end"].Value : match.Value;
        });
    }

    /// <summary>The block's name and the attributes it lets a post override, or null when it is not bound.</summary>
    private static (string Name, IReadOnlyCollection<string> Attributes)? Bound(string attributes, string type)
    {
        try
        {
            using var json = JsonDocument.Parse(attributes);
            if (!json.RootElement.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object
                || !metadata.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || !metadata.TryGetProperty("bindings", out var bindings) || bindings.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var supported = SupportedAttributes[type];
            var bound = new HashSet<string>(StringComparer.Ordinal);
            var elsewhere = new HashSet<string>(StringComparer.Ordinal);
            var byDefault = false;
            foreach (var binding in bindings.EnumerateObject())
            {
                var overridable = binding.Value.ValueKind == JsonValueKind.Object && binding.Value.TryGetProperty("source", out var source)
                    && source.ValueKind == JsonValueKind.String && source.GetString() == "core/pattern-overrides";
                if (binding.Name == "__default")
                {
                    byDefault |= overridable;
                }
                else
                {
                    (overridable ? bound : elsewhere).Add(binding.Name);
                }
            }

            // WordPress 6.6 binds every supported attribute at once under "__default", but an attribute bound to
            // another source (a custom field) keeps that binding.
            if (byDefault)
            {
                bound.UnionWith(supported.Where(a => !elsewhere.Contains(a)));
            }

            bound.IntersectWith(supported);

            return bound.Count > 0 ? (name.GetString()!, bound) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool Set(IElement body, string type, string attribute, string value)
    {
        switch (type, attribute)
        {
            case ("paragraph", "content"):
                return SetInner(body.QuerySelector("p"), value);
            case ("heading", "content"):
                return SetInner(body.QuerySelector("h1, h2, h3, h4, h5, h6"), value);
            case ("button", "text"):
                return SetInner(body.QuerySelector("a, button"), value);
            case ("button", "url"):
                return SetAttribute(body.QuerySelector("a"), "href", value);
            case ("button", "linkTarget"):
                return SetAttribute(body.QuerySelector("a"), "target", value);
            case ("button", "rel"):
                return SetAttribute(body.QuerySelector("a"), "rel", value);
            case ("image", "url"):
                return SetAttribute(body.QuerySelector("img"), "src", value);
            case ("image", "alt"):
                return SetAttribute(body.QuerySelector("img"), "alt", value);
            case ("image", "title"):
                return SetAttribute(body.QuerySelector("img"), "title", value);
            case ("image", "caption"):
                // As WordPress: a caption goes where the pattern's image has one, and an image without one shows none.
                return SetInner(body.QuerySelector("figcaption"), value);
            default:
                return false;
        }
    }

    private static bool SetInner(IElement? element, string html)
    {
        if (element is null)
        {
            return false;
        }

        element.InnerHtml = html;
        return true;
    }

    private static bool SetAttribute(IElement? element, string name, string value)
    {
        if (element is null)
        {
            return false;
        }

        element.SetAttribute(name, value);
        return true;
    }

    // The four block types WordPress lets a pattern override; none of them holds another of its own type.
    [GeneratedRegex(@"(?<open><!--\s*wp:(?:core/)?(?<type>paragraph|heading|image|button)\s+(?<attributes>\{(?:(?!-->).)*?\})\s*-->)(?<html>.*?)(?<end><!--\s*/wp:(?:core/)?(?<close>paragraph|heading|image|button)\s*-->)", RegexOptions.Singleline)]
    private static partial Regex OverridableBlock();
}

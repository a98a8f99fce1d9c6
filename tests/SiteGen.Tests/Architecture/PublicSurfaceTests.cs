using System.Reflection;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// Internal by default: a type of a project in src/ is public only when another project of src/ uses it, or when a
/// public signature of such a type names it (the compiler then requires it). The tests see internals through
/// InternalsVisibleTo, so they never make a type public. A constant leaves no trace in the IL that uses it, so a type
/// with public constants also counts as used where another project's source names it.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly[] Projects =
    [
        typeof(Site).Assembly,
        typeof(global::SiteGen.Import.Importer).Assembly,
        typeof(global::SiteGen.Server.PreviewSession).Assembly,
        typeof(global::SiteGen.Cli.Commands.BuildCommand).Assembly,
    ];

    [Fact]
    public void EveryPublicTypeIsUsedByAnotherProject()
    {
        var needless = NeedlesslyPublic(Projects, "SiteGen");

        Assert.True(needless.Count == 0, "public types no other project of src/ needs; make them internal:\n" + string.Join("\n", needless));
    }

    [Fact]
    public void TheCheckFindsAPublicTypeNoOtherAssemblyUses()
    {
        var needless = NeedlesslyPublic([typeof(PublicSurfaceTests).Assembly], "SiteGen.Tests.Architecture.SurfaceFixtures");

        Assert.Equal(["SiteGen.Tests.Architecture.SurfaceFixtures.UsedNowhere"], needless);
    }

    /// <summary>The top-level public types in <paramref name="prefix"/> that no other of <paramref name="assemblies"/> needs.</summary>
    private static List<string> NeedlesslyPublic(Assembly[] assemblies, string prefix)
    {
        var ours = assemblies.ToHashSet();
        var needed = new HashSet<Type>();
        var pending = new Queue<Type>();
        void Need(Type type)
        {
            var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            for (var t = definition; t is not null; t = t.DeclaringType)
            {
                if (ours.Contains(t.Assembly) && needed.Add(t))
                {
                    pending.Enqueue(t);
                }
            }
        }

        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.GetTypes())
            {
                foreach (var used in NamespaceGraph.References(type).Where(u => u.Assembly != assembly))
                {
                    Need(used);
                }
            }
        }

        while (pending.TryDequeue(out var type))
        {
            if (type.IsPublic || type.IsNestedPublic)
            {
                foreach (var named in SignatureTypes(type))
                {
                    Need(named);
                }
            }
        }

        return assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsPublic && t.Namespace is { } ns && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)) && !needed.Contains(t))
            .Where(t => !ConstantsNamedElsewhere(t))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether <paramref name="type"/> has public constants and another project of src/ names the type in its source.</summary>
    private static bool ConstantsNamedElsewhere(Type type)
    {
        if (!type.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsLiteral))
        {
            return false;
        }

        var own = type.Assembly.GetName().Name!;
        var mention = new System.Text.RegularExpressions.Regex($@"\b{type.Name}\.");
        return Directory.EnumerateDirectories(RepositoryPaths.Combine("src"))
            .Where(project => Path.GetFileName(project) != own && Path.GetFileName(project) != (own == "sitegen" ? "SiteGen.Cli" : null))
            .SelectMany(project => Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(file => mention.IsMatch(File.ReadAllText(file)));
    }

    /// <summary>The types the public and protected signatures of <paramref name="type"/> name, generic arguments included.</summary>
    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        static bool Exposed(MethodBase? m) => m is not null && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(Visible).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(Visible).Where(p => Exposed(p.GetMethod) || Exposed(p.SetMethod)).Select(p => p.PropertyType));
        foreach (var member in type.GetMethods(Visible).Cast<MethodBase>().Concat(type.GetConstructors(Visible)).Where(Exposed))
        {
            if (member is MethodInfo method)
            {
                named.Add(method.ReturnType);
            }

            named.AddRange(member.GetParameters().Select(p => p.ParameterType));
        }

        return named.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        while (type.HasElementType)
        {
            type = type.GetElementType()!;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return argument;
            }
        }
    }
}

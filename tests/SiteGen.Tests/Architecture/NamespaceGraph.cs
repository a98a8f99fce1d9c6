using System.Reflection;
using System.Reflection.Emit;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly refer to which others, read from the compiled types: their signatures, and the
/// types, methods and fields their IL refers to (what the compiler kept, so nothing a using or a comment says).
/// </summary>
public sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    /// <summary>Every reference between two namespaces starting with <paramref name="prefix"/>, one example type pair each.</summary>
    public NamespaceGraph(Assembly assembly, string prefix)
    {
        foreach (var type in assembly.GetTypes().Where(t => InScope(t.Namespace, prefix)))
        {
            foreach (var used in References(type).Where(u => u.Assembly == assembly && InScope(u.Namespace, prefix)))
            {
                if (used.Namespace != type.Namespace)
                {
                    var targets = Targets(type.Namespace!);
                    targets.TryAdd(used.Namespace!, $"{type.FullName} -> {used.FullName}");
                }
            }

            Targets(type.Namespace!);
        }
    }

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    /// <summary>The namespaces <paramref name="from"/> refers to, each with one reference that shows it.</summary>
    public IReadOnlyDictionary<string, string> From(string from) => _edges.TryGetValue(from, out var to) ? to : new Dictionary<string, string>();

    /// <summary>Each loop between namespaces, as the namespaces in it (strongly connected parts of more than one).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = 0;
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            order[node] = low[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in From(node).Keys)
            {
                if (!order.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == order[node])
            {
                var part = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    part.Add(member);
                }
                while (member != node);
                if (part.Count > 1)
                {
                    part.Sort(StringComparer.Ordinal);
                    cycles.Add(part);
                }
            }
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!order.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;
    }

    private Dictionary<string, string> Targets(string from)
    {
        if (!_edges.TryGetValue(from, out var targets))
        {
            targets = new Dictionary<string, string>(StringComparer.Ordinal);
            _edges[from] = targets;
        }

        return targets;
    }

    private static bool InScope(string? ns, string prefix) =>
        ns is not null && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    /// <summary>Every type <paramref name="type"/> names: in its signatures, attributes and the IL of its own members.</summary>
    internal static IEnumerable<Type> References(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            while (t is not null && (t.HasElementType || t.IsByRef || t.IsPointer))
            {
                t = t.GetElementType();
            }

            if (t is null || t.IsGenericParameter || !found.Add(t))
            {
                return;
            }

            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        Add(type.BaseType);
        foreach (var face in type.GetInterfaces())
        {
            Add(face);
        }

        foreach (var attribute in type.CustomAttributes)
        {
            Add(attribute.AttributeType);
        }

        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType);
        }

        foreach (var member in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (member is MethodInfo method)
            {
                Add(method.ReturnType);
            }

            foreach (var parameter in member.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            var body = member.GetMethodBody();
            if (body is null)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                Add(local.LocalType);
            }

            foreach (var used in InstructionTargets(member, body.GetILAsByteArray() ?? []))
            {
                Add(used);
            }
        }

        return found;
    }

    /// <summary>The types named by the operands of <paramref name="il"/>: types, and the declaring types of methods and fields.</summary>
    private static IEnumerable<Type> InstructionTargets(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    var member = Resolve(method.Module, token, typeArguments, methodArguments);
                    if (member is Type type)
                    {
                        yield return type;
                    }
                    else if (member is MethodBase called)
                    {
                        yield return called.DeclaringType!;
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                        {
                            yield return argument;
                        }
                    }
                    else if (member?.DeclaringType is { } owner)
                    {
                        yield return owner;
                    }

                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(code.OperandType);
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A member of another assembly's generic type that cannot be resolved without its context: not ours.
            return null;
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}

using System.Collections.Frozen;

namespace Chb.Linking.Text;

/// <summary>Looks up whether two folded name tokens are known variants of each other.</summary>
internal static class NameVariants
{
    private static readonly (FrozenDictionary<string, int[]> Groups, FrozenDictionary<string, string> Canonical) Given = Build(NameVariantData.Given);
    private static readonly (FrozenDictionary<string, int[]> Groups, FrozenDictionary<string, string> Canonical) Family = Build(NameVariantData.Family);

    private static readonly FrozenSet<string> KnownGiven = NameVariantData.Given.Concat(NameVariantData.Distinct)
        .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);

    public static bool AreGivenVariants(string a, string b) => Share(Given.Groups, a, b);

    /// <summary>Gets whether <paramref name="name"/> is a given name the tables know (in a variant group or the common names).</summary>
    public static bool IsKnownGiven(string name) => KnownGiven.Contains(name);

    public static bool AreFamilyVariants(string a, string b) => Share(Family.Groups, a, b);

    /// <summary>Gets a stable canonical form (the first group's first name) for blocking, or the name itself.</summary>
    public static string CanonicalGiven(string name) => Given.Canonical.GetValueOrDefault(name, name);

    /// <summary>Gets a stable canonical surname for blocking, or the name itself.</summary>
    public static string CanonicalFamily(string name) => Family.Canonical.GetValueOrDefault(name, name);

    private static bool Share(FrozenDictionary<string, int[]> groups, string a, string b)
    {
        if (!groups.TryGetValue(a, out var left) || !groups.TryGetValue(b, out var right))
        {
            return false;
        }

        foreach (var g in left)
        {
            if (Array.IndexOf(right, g) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static (FrozenDictionary<string, int[]>, FrozenDictionary<string, string>) Build(string[] lines)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var names = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                if (!map.TryGetValue(name, out var list))
                {
                    map[name] = list = [];
                    canonical[name] = names[0];
                }

                list.Add(i);
            }
        }

        return (map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            canonical.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

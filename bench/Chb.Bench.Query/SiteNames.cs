using System.Reflection;
using System.Text.RegularExpressions;
using Chb.Bench.Ingest;

namespace Chb.Bench.Query;

/// <summary>Whose names the demo sites carry.</summary>
internal enum SiteNameShape
{
    /// <summary>Each site draws its family names and street names from a town's pool (the default).</summary>
    Town,

    /// <summary>Every site keeps the demo generator's own 40 family names and 12 streets (the first runs' shape).</summary>
    Demo,
}

/// <summary>
/// Gives each demo site family and street names of its own. The CLI's generator draws every site from the same 40
/// family names and 12 BD3 streets, so N/630 sites repeat them all: at 1,000,000 records each "Walsh" or "Kenmore Road"
/// would be shared by 1,594 sites, where a force area has thousands of surnames and streets. Each site instead renames
/// its families with surnames drawn from the ingest bench's town population (a Zipf spread over about 2,500 names, so
/// common names stay common) and its streets with invented street names. Family names that the generator also writes
/// in another spelling (O'Connor/OConnor, Hussain/Hussein, Wiśniewski/Wisniewski) are kept, so each site still shows
/// the classic cross-agency variants; they are about a sixth of its people, as common as Bradford's commonest names.
/// </summary>
internal sealed partial class SiteNames
{
    private static readonly Assembly Cli = Assembly.Load(new AssemblyName("chb"));
    private static readonly List<string> Families = DemoFamilies();
    private static readonly List<string> StreetWords = DemoStreetWords();
    private static readonly Regex Words = new(
        $@"\b({string.Join('|', Families.Concat(StreetWords).SelectMany(w => new[] { w, w.ToUpperInvariant() }).Select(Regex.Escape))})\b",
        RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);

    private SiteNames(int site)
    {
        for (var i = 0; i < Families.Count; i++)
        {
            Add(Families[i], Population.Person((site * 100) + i).Surname);
        }

        for (var i = 0; i < StreetWords.Count; i++)
        {
            Add(StreetWords[i], Population.PlaceWord(((ulong)site << 8) | (uint)i));
        }
    }

    // Agencies write a name as it is or in capitals ("HUSSAIN, Mohamed"); both forms are renamed alike.
    private void Add(string name, string renamed)
    {
        _renamed[name] = renamed;
        _renamed[name.ToUpperInvariant()] = renamed.ToUpperInvariant();
    }

    /// <summary>Renames one site's text; the demo shape leaves it as the generator wrote it.</summary>
    public static string Apply(string text, int site, SiteNameShape shape)
        => shape == SiteNameShape.Demo ? text : new SiteNames(site).Rename(text);

    private string Rename(string text) => Words.Replace(text, m => _renamed[m.Value]);

    /// <summary>The generator's family names that have no second spelling (reflection: the pools are internal to Chb.Cli).</summary>
    private static List<string> DemoFamilies()
    {
        var groups = (System.Collections.IEnumerable)Static("Chb.Cli.Demo.NamePools", "Groups");
        var variants = (System.Collections.IDictionary)Static("Chb.Cli.Demo.NameVariants", "Family");
        var spelt = variants.Keys.Cast<string>().Concat(variants.Values.Cast<string>()).ToHashSet(StringComparer.Ordinal);
        return [.. groups.Cast<System.Runtime.CompilerServices.ITuple>()
            .SelectMany(g => (IEnumerable<string>)Property(g[0]!, "Families"))
            .Where(f => !spelt.Contains(f))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Each demo street's name without its street type ("Bowling Back" of "Bowling Back Lane").</summary>
    private static List<string> DemoStreetWords()
        => [.. ((System.Collections.IEnumerable)Static("Chb.Cli.Demo.DemoStreets", "All")).Cast<object>()
            .Select(s => (string)Property(s, "Name"))
            .Select(n => n[..n.LastIndexOf(' ')])];

    private static object Static(string type, string member)
    {
        var found = Cli.GetType(type) ?? throw new InvalidOperationException($"The demo generator in Chb.Cli has changed: {type} not found.");
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        return found.GetField(member, flags)?.GetValue(null) ?? found.GetProperty(member, flags)?.GetValue(null)
            ?? throw new InvalidOperationException($"The demo generator in Chb.Cli has changed: {type}.{member} not found.");
    }

    private static object Property(object target, string name)
        => target.GetType().GetProperty(name)?.GetValue(target)
            ?? throw new InvalidOperationException($"The demo generator in Chb.Cli has changed: {target.GetType().Name}.{name} not found.");
}

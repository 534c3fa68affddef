using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Chb.Bench.Query;

/// <summary>One partner file to push: the agency and adapter, where it is, and how many rows the hub should accept.</summary>
internal sealed record PartnerFile(string Agency, string Adapter, string Path, int Rows, int BadRows, long Bytes);

/// <summary>The data set: the three partner files and what is in them.</summary>
internal sealed record DemoData(IReadOnlyList<PartnerFile> Files, int Sites, int People, IReadOnlyList<IReadOnlyList<string>> OcgsBySite)
{
    public int GoodRows => Files.Sum(f => f.Rows - f.BadRows);
}

/// <summary>
/// Builds N records from the CLI's demo generator (<c>chb demo generate</c>): many independent demo sites of a few
/// hundred people each (three OCGs, their members, offenders, victims, tenants, witnesses across WYP, BDC-HOUSING and
/// BDC-ENV), each from its own seed, with every partner reference renumbered per site so sites do not collide
/// (OCG references, UPRNs, case, tenancy, intelligence and warrant references) and moved to its own postcode sector
/// and grid square. One site of N people would also work, but its three OCGs would grow to thousands of members each,
/// and N people would live on the generator's dozen streets; sites keep both realistic as N grows.
/// </summary>
/// <remarks>
/// Chb.Cli keeps its generator internal (InternalsVisibleTo Chb.Cli.Tests only), so it is called by reflection rather
/// than copied. If its shape changes this fails at start with the member it could not find.
/// </remarks>
internal static partial class DemoSites
{
    private static readonly Assembly Cli = Assembly.Load(new AssemblyName("chb"));
    private static readonly Type SpecType = Required(Cli.GetType("Chb.Cli.Demo.DemoSpec"), "Chb.Cli.Demo.DemoSpec");
    private static readonly MethodInfo Generate = Required(
        Cli.GetType("Chb.Cli.Demo.DemoGenerator")?.GetMethod("Generate", BindingFlags.Public | BindingFlags.Static), "DemoGenerator.Generate");

    private static readonly (string Agency, string Adapter, string Name)[] Layout =
    [
        ("WYP", "police-nominals-xml/1", "police-nominals.xml"),
        ("BDC-HOUSING", "housing-cases-csv/1", "housing-cases.csv"),
        ("BDC-ENV", "env-enforcement-jsonl/1", "env-enforcement.jsonl"),
    ];

    /// <summary>
    /// Writes sites of <paramref name="sitePeople"/> people until the files hold at least <paramref name="records"/> good
    /// rows, each site's names as <paramref name="names"/> says.
    /// </summary>
    public static DemoData Write(string directory, int records, int sitePeople, int firstSeed, SiteNameShape names)
    {
        Directory.CreateDirectory(directory);
        var writers = Layout.Select(l => new StreamWriter(Path.Combine(directory, l.Name), append: false, new UTF8Encoding(false))).ToArray();
        var rows = new int[Layout.Length];
        var bad = new int[Layout.Length];
        var ocgs = new List<IReadOnlyList<string>>();
        var good = 0;
        try
        {
            writers[0].Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Export force=\"WYP\" generated=\"2024-03-05T02:00:00Z\">\n");
            for (var site = 0; good < records; site++)
            {
                foreach (var (file, content) in GenerateSite(sitePeople, firstSeed + site))
                {
                    var i = Array.FindIndex(Layout, l => l.Name == file.Name);
                    var text = SiteNames.Apply(Renumber(Encoding.UTF8.GetString(content).TrimStart('\uFEFF'), site), site, names);
                    writers[i].Write(i switch
                    {
                        0 => Inner(text),
                        1 => site == 0 ? text : text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..],
                        _ => text.EndsWith('\n') ? text : text + "\n",
                    });
                    rows[i] += file.Rows;
                    bad[i] += file.BadRows;
                    good += file.Rows - file.BadRows;
                    if (i == 0)
                    {
                        ocgs.Add([.. OcgRef().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)]);
                    }
                }
            }

            writers[0].Write("</Export>\n");
        }
        finally
        {
            foreach (var w in writers)
            {
                w.Dispose();
            }
        }

        var files = Layout.Select((l, i) =>
        {
            var path = Path.Combine(directory, l.Name);
            return new PartnerFile(l.Agency, l.Adapter, path, rows[i], bad[i], new FileInfo(path).Length);
        }).ToList();
        return new DemoData(files, ocgs.Count, ocgs.Count * sitePeople, ocgs);
    }

    /// <summary>Makes each site's references its own: the generator numbers from the same starting points for every seed.</summary>
    internal static string Renumber(string text, int site)
    {
        var s = site.ToString("D4", CultureInfo.InvariantCulture);
        text = OcgReference().Replace(text, m => $"OCG-WYP-{s}{m.Groups[1].Value}");
        text = OcgName().Replace(text, m => $"{m.Groups[1].Value} {s}\"");
        text = Uprn().Replace(text, m => $"{2_000_000 + site}{m.Groups[1].Value}");
        text = CaseRef().Replace(text, m => $"{m.Groups[1].Value}/{m.Groups[2].Value}/{s}{m.Groups[3].Value}");
        text = DashedRef().Replace(text, m => $"{m.Groups[1].Value}-{m.Groups[2].Value}-{s}{m.Groups[3].Value}");
        text = TenancyRef().Replace(text, m => $"T-{s}-{m.Groups[1].Value}");
        text = Postcode().Replace(text, m => MovePostcode(m, site));
        return GridReference().Replace(text, m => $"\"{m.Groups[1].Value}\":{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + GridShift(m.Groups[1].Value, site)}");
    }

    /// <summary>
    /// Moves a site to its own postcode district and sector: every demo site is drawn on the same dozen BD3 streets,
    /// and a city of N records is not N/630 households at each address. Sectors without a unit ("BD3 8") move too.
    /// </summary>
    private static string MovePostcode(Match m, int site)
    {
        var district = Districts[site % Districts.Length];
        var digit = (m.Groups[2].Value[0] - '0' + (site / Districts.Length)) % 10;
        var unit = m.Groups[3].Value;
        if (unit.Length == 2 && site >= Districts.Length * 10)
        {
            var shift = site / (Districts.Length * 10);
            var at = (UnitLetters.IndexOf(char.ToUpperInvariant(unit[0]), StringComparison.Ordinal) + shift) % UnitLetters.Length;
            unit = $"{UnitLetters[at]}{unit[1]}";
        }

        var moved = $"{district}{m.Groups[1].Value}{digit}{unit}";
        return m.Value.Any(char.IsAsciiLetterUpper) ? moved.ToUpperInvariant() : moved.ToLowerInvariant();
    }

    private static int GridShift(string axis, int site)
        => axis == "easting" ? (site % 30) * 2_000 : (site / 30 % 30) * 2_000;

    private const string UnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    /// <summary>West Yorkshire's postcode districts, one per site before sectors repeat.</summary>
    private static readonly string[] Districts =
    [
        .. Enumerable.Range(1, 24).Select(n => $"BD{n}"), .. Enumerable.Range(1, 29).Select(n => $"LS{n}"),
        .. Enumerable.Range(1, 7).Select(n => $"HX{n}"), .. Enumerable.Range(1, 17).Select(n => $"WF{n}"), .. Enumerable.Range(1, 9).Select(n => $"HD{n}"),
    ];

    private static IEnumerable<(Demo File, byte[] Content)> GenerateSite(int people, int seed)
    {
        var spec = Activator.CreateInstance(SpecType, people, seed);
        var result = (System.Runtime.CompilerServices.ITuple)Generate.Invoke(null, [spec, Path.GetTempPath()])!;
        foreach (var export in (System.Collections.IEnumerable)result[1]!)
        {
            var file = Get(export, "File")!;
            yield return (new Demo((string)Get(file, "Name")!, (int)Get(file, "Rows")!, (int)Get(file, "BadRows")!), (byte[])Get(export, "Content")!);
        }
    }

    private static object? Get(object target, string property)
        => Required(target.GetType().GetProperty(property), $"{target.GetType().Name}.{property}").GetValue(target);

    private static string Inner(string xml)
    {
        var start = xml.IndexOf('>', xml.IndexOf("<Export", StringComparison.Ordinal)) + 1;
        var end = xml.LastIndexOf("</Export>", StringComparison.Ordinal);
        return xml[start..end].Trim('\n') + "\n";
    }

    private static T Required<T>(T? value, string what) where T : class
        => value ?? throw new InvalidOperationException($"The demo generator in Chb.Cli has changed: {what} not found.");

    private sealed record Demo(string Name, int Rows, int BadRows);

    [GeneratedRegex(@"OCG-WYP-00(\d\d)")]
    private static partial Regex OcgReference();

    [GeneratedRegex(@"(<Ocg ref=""[^""]*"" name=""[^""]*)""")]
    private static partial Regex OcgName();

    [GeneratedRegex(@"<Ocg ref=""([^""]+)""")]
    private static partial Regex OcgRef();

    [GeneratedRegex(@"\b1000510(\d{5})\b")]
    private static partial Regex Uprn();

    [GeneratedRegex(@"\b([A-Z]{2,4})/(\d{4})/(\d{5})\b")]
    private static partial Regex CaseRef();

    [GeneratedRegex(@"\b([A-Z]{1,4})-(\d{4})-(\d{4})\b")]
    private static partial Regex DashedRef();

    [GeneratedRegex(@"\bT-(\d{5})\b")]
    private static partial Regex TenancyRef();

    [GeneratedRegex(@"\bBD3(\s*)([0-9])([A-Z]{2})?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"""(easting|northing)"":(\d+)")]
    private static partial Regex GridReference();
}

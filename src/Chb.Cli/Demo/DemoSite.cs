namespace Chb.Cli.Demo;

/// <summary>The whole fictional site: places, people and groups, before any agency writes its view of them.</summary>
internal sealed class DemoSite
{
    public static readonly IReadOnlyList<DemoOcg> Groups =
    [
        new("OCG-WYP-0042", "Kenmore Crew", 148, "WYP-LRO-7"),
        new("OCG-WYP-0051", "Leeds Road Group", 96, "WYP-LRO-9"),
        new("OCG-WYP-0063", "Thornbury Firm", 121, "WYP-LRO-7"),
    ];

    public List<DemoPlace> Homes { get; } = [];

    public List<DemoPlace> Hotspots { get; } = [];

    public List<DemoPerson> People { get; } = [];

    /// <summary>Gets each home's tenant (the first resident housed there), in home order.</summary>
    public Dictionary<DemoPlace, DemoPerson> Tenants { get; } = [];

    public IEnumerable<DemoPerson> OfKind(PersonKind kind) => People.Where(p => p.Kind == kind);

    public IReadOnlyList<DemoPerson> Nominals => [.. People.Where(p => p.IsNominal)];
}
